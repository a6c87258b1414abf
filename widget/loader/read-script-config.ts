import type { Locale, Theme } from '../../sdk/protocol/index.js';
import { isSiteKey } from '../../sdk/client/site-key.js';
import { toLocale } from '../i18n/index.js';
import { isAccent } from '../launcher/launcher-theme.js';

/** What the script tag asks for, after validation. */
export interface ScriptConfig {
  siteKey: string;
  /** Origin of the conversation server: where widget.js itself came from. */
  serverUrl: string;
  /** Base URL the chat chunk is resolved against (the loader's own URL). */
  baseUrl: string;
  /** Undefined when the tag does not say; the browser language decides later. */
  locale: Locale | undefined;
  theme: Theme;
  open: boolean;
  /** The script tag's CSP nonce, reused for the widget's style element where constructable sheets are missing. */
  nonce: string | undefined;
}

export interface ScriptConfigResult {
  /** Null when the tag cannot start a chat at all (no usable site key). */
  config: ScriptConfig | null;
  /** One entry per bad attribute, phrased for the dealer; reported as one warning. */
  problems: string[];
}

function describe(name: string, value: string, expected: string): string {
  return `data-${name}="${value}" is not ${expected}`;
}

/**
 * Reads the `data-*` attributes of the loader's own script tag. Bad values never throw: each becomes
 * a problem and the default is used, so a typo on a dealer page costs a warning, not the chat.
 */
export function readScriptConfig(script: HTMLScriptElement, pageUrl: string): ScriptConfigResult {
  const problems: string[] = [];
  const attr = (name: string) => script.getAttribute(`data-${name}`)?.trim() ?? null;
  const baseUrl = script.src || pageUrl;
  const theme: Theme = {};

  const site = attr('site');
  const siteOk = isSiteKey(site);
  if (!siteOk) problems.push(site === null ? 'data-site is missing (your public key, pk_…)' : describe('site', site, 'a public key (pk_…)'));

  const locale = attr('locale');
  const parsedLocale = locale === null ? undefined : toLocale(locale);
  if (locale !== null && !parsedLocale) problems.push(describe('locale', locale, '"en" or "es"'));

  const position = attr('position');
  if (position === 'left' || position === 'right') theme.position = position;
  else if (position !== null) problems.push(describe('position', position, '"left" or "right"'));

  const accent = attr('accent');
  if (isAccent(accent)) theme.accent = accent;
  else if (accent !== null) problems.push(describe('accent', accent, 'a hex, rgb() or hsl() colour'));

  const zIndex = attr('z-index');
  if (zIndex !== null && /^-?\d{1,10}$/.test(zIndex)) theme.zIndex = Number(zIndex);
  else if (zIndex !== null) problems.push(describe('z-index', zIndex, 'a whole number'));

  const open = attr('open');
  if (open !== null && open !== 'true' && open !== 'false') problems.push(describe('open', open, '"true" or "false"'));

  return {
    config: siteOk
      ? {
          siteKey: site,
          serverUrl: new URL(baseUrl).origin,
          baseUrl,
          locale: parsedLocale,
          theme,
          open: open === 'true',
          nonce: script.nonce || undefined,
        }
      : null,
    problems,
  };
}
