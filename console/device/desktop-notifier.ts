export type AlertPermission = NotificationPermission | 'unsupported';

/** Browser notifications, behind a shape tests can replace. */
export interface DesktopNotifier {
  permission(): AlertPermission;
  /** Asks the person; browsers allow it only from a click. */
  request(): Promise<AlertPermission>;
  /** Shows one notification per `tag` (a newer one replaces it); a click brings the page forward and calls `onClick`. */
  show(notice: { title: string; body: string; tag: string }, onClick: () => void): void;
}

type NotifyingWindow = Window & { Notification?: typeof Notification };

/**
 * The page's `Notification` API, read at each call (it may be missing, e.g. on iPhone Safari outside a home-screen
 * app: then `permission` is `unsupported` and nothing is shown).
 *
 * @example
 * const notifier = browserNotifier();
 * button.onclick = () => notifier.request();
 */
export function browserNotifier(win: NotifyingWindow = window): DesktopNotifier {
  return {
    permission: () => win.Notification?.permission ?? 'unsupported',
    async request() {
      if (!win.Notification) return 'unsupported';
      return win.Notification.requestPermission();
    },
    show({ title, body, tag }, onClick) {
      const Api = win.Notification;
      if (Api?.permission !== 'granted') return;
      const shown = new Api(title, { body, tag });
      shown.onclick = () => {
        win.focus();
        onClick();
        shown.close();
      };
    },
  };
}
