/** Remembers small choices (site, language) on this device; a browser that refuses storage just forgets them. */
export interface Preferences {
  get(key: 'site' | 'locale'): string | undefined;
  set(key: 'site' | 'locale', value: string): void;
}

export function browserPreferences(storage: () => Storage = () => window.localStorage): Preferences {
  const prefix = 'cathy.console.';
  return {
    get(key) {
      try {
        return storage().getItem(prefix + key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        storage().setItem(prefix + key, value);
      } catch {
        // Private modes may refuse storage; the choice then lasts for this page only.
      }
    },
  };
}
