import { signal, type ReadonlySignal } from '@preact/signals';
import { BASE, parseRoute, type Route } from './routes.js';

export interface Router {
  route: ReadonlySignal<Route>;
  /** The current path and query, e.g. for `?next=`. */
  here(): string;
  navigate(path: string, options?: { replace?: boolean }): void;
  dispose(): void;
}

/**
 * Keeps the route signal in step with the address bar: pushState for links inside the console, popstate for
 * Back/Forward. Clicks on same-origin `/console/` links are handled here so every screen can use plain `<a href>`.
 */
export function createRouter(win: Window = window): Router {
  const read = () => parseRoute(win.location.pathname, win.location.search);
  const route = signal<Route>(read());
  const onPop = () => {
    route.value = read();
  };
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, win.location.href);
    if (url.origin !== win.location.origin || !url.pathname.startsWith(BASE)) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  };
  function navigate(path: string, options: { replace?: boolean } = {}) {
    if (options.replace) win.history.replaceState(null, '', path);
    else win.history.pushState(null, '', path);
    route.value = read();
  }
  win.addEventListener('popstate', onPop);
  win.document.addEventListener('click', onClick);
  return {
    route,
    here: () => win.location.pathname + win.location.search,
    navigate,
    dispose() {
      win.removeEventListener('popstate', onPop);
      win.document.removeEventListener('click', onClick);
    },
  };
}
