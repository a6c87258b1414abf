/** Every piece of text the widget shows or announces; one object per locale. */
export interface Strings {
  defaultName: string;
  /** Also stands in for the server's stored greeting once the chat has moved to another language. */
  defaultGreeting: (name: string) => string;
  /** Shown up front: visitors must know they talk to an automated assistant (California B&P §17941). */
  aiNotice: string;
  /** Shown before the first message: the chat is recorded and the dealer gets it (California's CIPA suits). */
  recorded: (dealer: string | undefined) => string;
  privacyPolicy: string;
  /** The header's status while only the assistant is there: "Online" would promise a person. */
  teamAway: (opens: string | undefined) => string;
  /** The header's status while a person of the dealership holds the chat (their name is the title). */
  agentFrom: (dealer: string) => string;
  /** The line in the conversation where a person took it over. */
  agentJoined: (name: string, dealer: string) => string;
  /** The line where they handed it back to the assistant. */
  agentLeft: (name: string, assistant: string) => string;
  close: string;
  status: { connecting: string; reconnecting: string; offline: string };
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
