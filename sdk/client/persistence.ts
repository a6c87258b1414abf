import { LIMITS, type EarlyPageView } from '../protocol/index.js';
import type { PersistenceMode } from './types.js';
import { cookieStorage, memoryStorage, webStorage, type KeyValueStore } from './storage-backends.js';

/** What survives navigation and reloads, per site. */
export interface PersistedVisitor {
  visitorId?: string;
  visitorToken?: string;
  open?: boolean;
  /** The visitor has written in the conversation: later page views reconnect so replies still arrive. */
  chatting?: boolean;
}

/** An unconfirmed visitor message kept across a reload of the tab. */
export interface PersistedText {
  clientId: string;
  text: string;
  createdAt: string;
}

export interface Persistence {
  /** Where the visitor lives: `local`, `cookie` or `memory`. */
  readonly kind: KeyValueStore['kind'];
  loadVisitor(): PersistedVisitor;
  saveVisitor(visitor: PersistedVisitor): void;
  loadQueue(): PersistedText[];
  saveQueue(queue: PersistedText[]): void;
  /** Page views before the first session, oldest first, for `session:start` to carry. */
  loadPages(): EarlyPageView[];
  savePages(pages: EarlyPageView[]): void;
}

/**
 * Visitor id, token, open state and the page views before the first session go to localStorage, else a
 * first-party cookie, else memory.
 * Unsent text goes to sessionStorage only: it belongs to this tab, and a cookie would ship it to
 * the dealer's server with every request.
 */
export function createPersistence(siteKey: string, mode: PersistenceMode, win: Window | undefined): Persistence {
  const browser = mode === 'auto' ? win : undefined;
  const visitors = (browser && (webStorage(browser, 'local') ?? cookieStorage(browser))) || memoryStorage();
  const queues = (browser && webStorage(browser, 'session')) || memoryStorage();
  const visitorKey = `cathy:${siteKey}`;
  const queueKey = `cathy:${siteKey}:queue`;
  const pagesKey = `cathy:${siteKey}:pages`;
  return {
    kind: visitors.kind,
    loadVisitor: () => {
      const value = parse(visitors.get(visitorKey));
      if (!isRecord(value)) return {};
      const visitor: PersistedVisitor = {};
      if (typeof value.visitorId === 'string' && typeof value.visitorToken === 'string') {
        visitor.visitorId = value.visitorId;
        visitor.visitorToken = value.visitorToken;
      }
      if (typeof value.open === 'boolean') visitor.open = value.open;
      if (value.chatting === true) visitor.chatting = true;
      return visitor;
    },
    saveVisitor: (visitor) => visitors.set(visitorKey, JSON.stringify(visitor)),
    loadQueue: () => {
      const value = parse(queues.get(queueKey));
      return Array.isArray(value) ? value.filter(isPersistedText) : [];
    },
    saveQueue: (queue) => (queue.length > 0 ? queues.set(queueKey, JSON.stringify(queue)) : queues.remove(queueKey)),
    loadPages: () => {
      const value = parse(visitors.get(pagesKey));
      return Array.isArray(value) ? value.filter(isEarlyPageView) : [];
    },
    savePages: (pages) => (pages[0] ? visitors.set(pagesKey, JSON.stringify(pages.slice(-LIMITS.earlyPageViews))) : visitors.remove(pagesKey)),
  };
}

function parse(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPersistedText(value: unknown): value is PersistedText {
  return isRecord(value) && typeof value.clientId === 'string' && typeof value.text === 'string' && typeof value.createdAt === 'string';
}

function isEarlyPageView(value: unknown): value is EarlyPageView {
  return isRecord(value) && typeof value.url === 'string' && typeof value.at === 'string' && typeof (value.title ?? '') === 'string';
}
