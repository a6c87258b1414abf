type HistoryMethod = 'pushState' | 'replaceState';

/** One patch of a window's history, shared by every client on the page. */
interface Hook {
  listeners: Set<() => void>;
  unpatch(): void;
}

const hooks = new WeakMap<Window, Hook>();

/**
 * Calls `onNavigate` with the new URL after SPA navigations: `history.pushState`/`replaceState`
 * (patched) and `popstate`. The URL is read at once, the call deferred one task so the router has
 * set the new title by then. History is patched once per window however many clients watch it:
 * stacked wrappers, stopped out of order, would leave one of ours in front of the page's methods.
 * The last watcher to stop restores the originals unless someone patched them after us, in which
 * case our wrapper stays in their chain as a pass-through.
 */
export function watchNavigation(win: Window, onNavigate: (url: string) => void): () => void {
  let hook = hooks.get(win);
  if (!hook) {
    const listeners = new Set<() => void>();
    const notify = () => listeners.forEach((listener) => listener());
    const restores = (['pushState', 'replaceState'] as const).map((method) => patch(win.history, method, notify));
    win.addEventListener('popstate', notify);
    hook = {
      listeners,
      unpatch: () => {
        for (const restore of restores) restore();
        win.removeEventListener('popstate', notify);
      },
    };
    hooks.set(win, hook);
  }
  let active = true;
  const listener = () => {
    const url = win.location.href;
    setTimeout(() => active && onNavigate(url), 0);
  };
  hook.listeners.add(listener);
  return () => {
    active = false;
    hook.listeners.delete(listener);
    if (hook.listeners.size > 0) return;
    hook.unpatch();
    hooks.delete(win);
  };
}

function patch(history: History, method: HistoryMethod, after: () => void): () => void {
  const original = history[method];
  const patched = function (this: History, ...args: Parameters<History[HistoryMethod]>) {
    const result = original.apply(this, args);
    after();
    return result;
  };
  history[method] = patched;
  return () => {
    if (history[method] === patched) history[method] = original;
  };
}
