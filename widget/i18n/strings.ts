/** Every piece of text the widget shows or announces; one object per locale. */
export interface Strings {
  defaultName: string;
  defaultGreeting: string;
  /** Shown up front: visitors must know they talk to an automated assistant (California B&P §17941). */
  aiNotice: string;
  close: string;
  status: { online: string; connecting: string; reconnecting: string; offline: string };
  bannerReconnecting: string;
  bannerOffline: string;
  conversation: string;
  you: string;
  inputLabel: string;
  placeholder: string;
  send: string;
  pending: { queued: string; sending: string; failed: string };
  retry: string;
  typing: (name: string) => string;
  charsLeft: (n: number) => string;
  disclosureLabel: string;
}
