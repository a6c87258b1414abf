import { signal } from '@preact/signals';
import { toApiError, type ApiError } from '../api/api-error.js';

/** A list the screen fetches for the current site, with its loading flag and refusal. */
export function loadedList<T>(fetch: (siteId: string) => Promise<T[]>, siteId: () => string | undefined) {
  const items = signal<T[]>([]);
  const loading = signal(false);
  const error = signal<ApiError | undefined>(undefined);
  return {
    items,
    loading,
    error,
    async load() {
      const site = siteId();
      if (!site) return;
      loading.value = true;
      error.value = undefined;
      try {
        items.value = await fetch(site);
      } catch (failure) {
        error.value = toApiError(failure);
      } finally {
        loading.value = false;
      }
    },
  };
}
