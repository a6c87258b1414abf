import { signal, type ReadonlySignal } from '@preact/signals';

/** Tracks a boolean media query, so `mode: 'auto'` follows the OS switching to dark at dusk. */
export function mediaSignal(query: string): { value: ReadonlySignal<boolean>; dispose: () => void } {
  const mql = typeof matchMedia === 'function' ? matchMedia(query) : null;
  const matches = signal(mql?.matches ?? false);
  const onChange = (e: MediaQueryListEvent) => {
    matches.value = e.matches;
  };
  mql?.addEventListener?.('change', onChange);
  return { value: matches, dispose: () => mql?.removeEventListener?.('change', onChange) };
}
