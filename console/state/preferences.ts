/**
 * Remembers small choices (site, language, online or away, alert sound muted) on this device; a browser that refuses
 * storage just forgets them.
 */
export type PreferenceKey = 'site' | 'locale' | 'presence' | 'muted';

export interface Preferences {
  get(key: PreferenceKey): string | undefined;
  set(key: PreferenceKey, value: string): void;
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
