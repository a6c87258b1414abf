type HistoryMethod = 'pushState' | 'replaceState';

/**
 * Calls `onNavigate` with the new URL after SPA navigations: `history.pushState`/`replaceState`
 * (patched) and `popstate`. The URL is read at once, the call deferred one task so the router has
 * set the new title by then. The returned
 * function restores the original methods unless someone patched them after us, in which case our
 * wrapper stays in their chain as a pass-through.
 */
export function watchNavigation(win: Window, onNavigate: (url: string) => void): () => void {
  const history = win.history;
  let active = true;
  const notify = () => {
    const url = win.location.href;
    if (active) setTimeout(() => active && onNavigate(url), 0);
  };
  const restores = (['pushState', 'replaceState'] as const).map((method) => patch(history, method, notify));
  win.addEventListener('popstate', notify);
  return () => {
    active = false;
    for (const restore of restores) restore();
    win.removeEventListener('popstate', notify);
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
