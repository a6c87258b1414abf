import { LIMITS, type Locale } from '../protocol/index.js';
import { toLocale } from '../common/locale.js';
import { misuse } from './misuse.js';
import { isSiteKey } from './site-key.js';
import type { TransportKind } from './transport.js';
import type { ClientOptions, PersistenceMode } from './types.js';

export interface ResolvedOptions {
  siteKey: string;
  /** Origin only: Socket.IO would read a path as a namespace. */
  serverUrl: string;
  order: TransportKind[];
  persistence: PersistenceMode;
  locale?: Locale;
  open?: boolean;
}

const ACTION = 'create the chat client';

/**
 * Checks the options a developer passed; mistakes throw at once with the fix. Apart from `normalizeOptions`
 * so the script tag's chat chunk, whose options come from the loader, does not carry these messages.
 */
export function checkOptions(options: ClientOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw misuse(ACTION, 'no options were given', 'Call createClient({ siteKey: "pk_…", serverUrl: "https://…" }).');
  }
  const { siteKey, serverUrl, transports = ['socket', 'http'], persistence = 'auto', locale, open } = options;
  if (typeof siteKey !== 'string' || siteKey.trim() === '') {
    throw misuse(ACTION, 'siteKey is missing', "Pass the site's public key, e.g. siteKey: \"pk_demo\".");
  }
  if (!isSiteKey(siteKey)) throw misuse(ACTION, 'siteKey must be the public key (pk_…)', 'Copy it from `npm run site -- list`; never put the secret key in a page.');
  if (typeof serverUrl !== 'string' || !/^https?:\/\//i.test(serverUrl) || !URL.canParse(serverUrl)) {
    throw misuse(ACTION, `serverUrl ${JSON.stringify(serverUrl)} is not an http(s) URL`, 'Pass the chat server\'s origin, e.g. "https://chat.example.com".');
  }
  if (!Array.isArray(transports) || transports.length === 0 || transports.some((kind) => kind !== 'socket' && kind !== 'http')) {
    throw misuse(ACTION, 'transports must list "socket" and/or "http"', 'Leave it out for the default ["socket", "http"].');
  }
  if (persistence !== 'auto' && persistence !== 'memory') {
    throw misuse(ACTION, `persistence ${JSON.stringify(persistence)} is unknown`, 'Use "auto" or "memory".');
  }
  if (locale !== undefined && !toLocale(locale)) {
    throw misuse(ACTION, `locale ${JSON.stringify(locale)} is not supported`, 'Use "en" or "es".');
  }
  if (open !== undefined && typeof open !== 'boolean') throw misuse(ACTION, 'open must be true or false', 'Pass open: true to open the chat for new visitors.');
}

/** Options as the client uses them, from options already checked. */
export function normalizeOptions(options: ClientOptions): ResolvedOptions {
  const { siteKey, serverUrl, transports = ['socket', 'http'], persistence = 'auto', locale, open } = options;
  const resolved: ResolvedOptions = { siteKey, serverUrl: new URL(serverUrl).origin, order: [...new Set(transports)], persistence };
  const language = locale && toLocale(locale);
  if (language) resolved.locale = language;
  if (open) resolved.open = open;
  return resolved;
}

/** The visitor's text as it will be sent (trimmed); empty or over-long text is a caller's mistake. */
export function checkText(text: string): string {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') throw misuse('send the message', 'the text is empty', 'Pass the visitor\'s text, e.g. client.send("Hi").');
  if (trimmed.length > LIMITS.messageText) {
    throw misuse('send the message', `it is ${trimmed.length} characters, over ${LIMITS.messageText}`, 'Shorten it or split it into several messages.');
  }
  return trimmed;
}
