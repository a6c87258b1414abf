import { startChat } from '../widget/entry/start-chat.js';
import { checkOptions } from './client/client-options.js';
import { isSiteKey } from './client/site-key.js';
import type { ClientOptions } from './client/types.js';
import { pickLocale } from '../widget/i18n/index.js';
import { createHost } from '../widget/launcher/create-host.js';
import { createLauncher } from '../widget/launcher/launcher.js';
import type { Cathy, CathyOptions } from '../widget/cathy-types.js';

function fail(why: string, fix: string): never {
  throw new Error(`[Cathy] Failed to create the chat: ${why}. ${fix}`);
}

// URL.canParse is missing from browsers older than 2024 that the widget still supports.
function isAbsoluteUrl(value: unknown): boolean {
  try {
    return typeof value === 'string' && Boolean(new URL(value).host);
  } catch {
    return false;
  }
}

/**
 * Mounts the Cathy chat (launcher and panel, in a shadow root appended to `document.body`) and connects it.
 * Nothing happens at import time, so importing this package during server-side rendering is safe;
 * call `createCathy` in the browser only.
 *
 * @example
 * import { createCathy } from 'cathy-chat';
 *
 * const cathy = createCathy({
 *   siteKey: 'pk_live_sunrise',
 *   serverUrl: 'https://chat.example.com',
 *   theme: { accent: '#0b5fff', position: 'left' },
 *   onLead: (lead) => analytics.track('lead', { id: lead.leadId }),
 * });
 * cathy.identify({ name: 'Ana' });
 * cathy.open();
 */
export function createCathy(options: CathyOptions): Cathy {
  if (typeof document === 'undefined' || !document.body) {
    fail('there is no document body here', 'Call createCathy in the browser after the page has loaded (e.g. in useEffect or onMounted), not during server-side rendering');
  }
  if (!isSiteKey(options?.siteKey)) {
    fail('siteKey must be the public key (pk_…)', 'Copy it from `npm run site -- list`');
  }
  if (!isAbsoluteUrl(options.serverUrl)) {
    fail('serverUrl must be an absolute URL', 'Pass the conversation server origin, e.g. "https://chat.example.com"');
  }
  const locale = pickLocale(options.locale, ...navigator.languages);
  const theme = options.theme ?? {};
  const client: ClientOptions = {
    siteKey: options.siteKey,
    serverUrl: options.serverUrl,
    locale,
    ...(options.open ? { open: true } : {}),
    ...(options.persistence ? { persistence: options.persistence } : {}),
    ...(options.transports ? { transports: options.transports } : {}),
  };
  // Checked before anything is drawn, so a mistake leaves the page untouched.
  checkOptions(client);
  const { host, root } = createHost(document);
  const launcher = createLauncher(root, { locale, theme, nonce: options.nonce });
  return startChat({
    host,
    root,
    launcher,
    client,
    widget: {
      // Only the page's own locale pins the panel's language; otherwise it follows the language Cathy answers in.
      ...(options.locale ? { locale } : {}),
      theme,
      ...(options.persona ? { persona: options.persona } : {}),
      ...(options.nonce ? { nonce: options.nonce } : {}),
    },
    setup(cathy) {
      if (options.onLead) cathy.on('lead', options.onLead);
      if (options.onPhoneCaptured) cathy.on('phone', options.onPhoneCaptured);
      if (options.onMessage) cathy.on('message', options.onMessage);
    },
  });
}
