/** A string key-value store: Web Storage, a cookie jar or memory. */
export interface KeyValueStore {
  readonly kind: 'local' | 'session' | 'cookie' | 'memory';
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

const PROBE = 'cathy:probe';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * `localStorage` or `sessionStorage` if the page may use it. Reading the property itself throws in
 * sandboxed frames and with cookies blocked; Safari's private mode used to throw on write.
 */
export function webStorage(win: Window, which: 'local' | 'session'): KeyValueStore | null {
  try {
    const storage = which === 'local' ? win.localStorage : win.sessionStorage;
    storage.setItem(PROBE, '1');
    storage.removeItem(PROBE);
    return {
      kind: which,
      get: (key) => storage.getItem(key),
      set: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // Quota full: keeping the conversation going matters more than remembering it.
        }
      },
      remove: (key) => storage.removeItem(key),
    };
  } catch {
    return null;
  }
}

/** First-party cookies on the dealer's domain: `SameSite=Lax; path=/`, one year, `Secure` on https. */
export function cookieStorage(win: Window): KeyValueStore | null {
  const doc = win.document;
  const secure = win.location.protocol === 'https:' ? '; Secure' : '';
  const write = (key: string, value: string, maxAge: number) => {
    // Expires as well: a few browsers (and happy-dom) ignore Max-Age=0 when deleting.
    const expires = maxAge > 0 ? '' : '; Expires=Thu, 01 Jan 1970 00:00:00 GMT';
    doc.cookie = `${key}=${encodeURIComponent(value)}; Max-Age=${maxAge}${expires}; Path=/; SameSite=Lax${secure}`;
  };
  const read = (key: string): string | null => {
    for (const part of doc.cookie.split(';')) {
      const [name, ...rest] = part.trim().split('=');
      if (name === key) {
        try {
          return decodeURIComponent(rest.join('='));
        } catch {
          return null;
        }
      }
    }
    return null;
  };
  try {
    write(cookieName(PROBE), '1', 60);
    if (read(cookieName(PROBE)) !== '1') return null;
    write(cookieName(PROBE), '', 0);
  } catch {
    return null;
  }
  return {
    kind: 'cookie',
    get: (key) => read(cookieName(key)),
    set: (key, value) => write(cookieName(key), value, YEAR_SECONDS),
    remove: (key) => write(cookieName(key), '', 0),
  };
}

/** Cookie names allow fewer characters than storage keys. */
function cookieName(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '_');
}

export function memoryStorage(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    kind: 'memory',
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}
