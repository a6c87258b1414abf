export interface BrowserSignalHandlers {
  /** The tab became visible again: a mobile browser may have dropped the socket silently. */
  visible(): void;
  online(): void;
  offline(): void;
}

/** Listens to `visibilitychange`, `online` and `offline`; returns the function that stops listening. */
export function watchBrowserSignals(win: Window, handlers: BrowserSignalHandlers): () => void {
  const doc = win.document;
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') handlers.visible();
  };
  const onOnline = () => handlers.online();
  const onOffline = () => handlers.offline();
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('online', onOnline);
  win.addEventListener('offline', onOffline);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('online', onOnline);
    win.removeEventListener('offline', onOffline);
  };
}
