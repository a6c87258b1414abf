import type {
  ClientEventName,
  ClientListener,
  PendingMessage,
  PersistenceMode,
  PhoneEvent,
} from '../sdk/client/types.js';
import type {
  ChatMessage,
  IdentifyPayload,
  IdentifyResult,
  LeadCapturedEvent,
  Locale,
  PersonaDisplay,
  Theme,
} from '../sdk/protocol/index.js';

/** Options of {@link createCathy}. Only `siteKey` and `serverUrl` are required. */
export interface CathyOptions {
  /** The site's public key, `pk_…`. */
  siteKey: string;
  /** The conversation server's origin, e.g. `https://chat.example.com`. */
  serverUrl: string;
  /** Display-only overrides (name, avatar, greeting); prompts and guardrails stay on the server. */
  persona?: Partial<PersonaDisplay>;
  theme?: Theme;
  /** Default: the browser language when it is Spanish, else English. */
  locale?: Locale;
  /** Opens the panel for a visitor who has not opened or closed it before; their own choice is remembered and wins. */
  open?: boolean;
  /** CSP nonce for the widget's style element where constructable stylesheets are unavailable. */
  nonce?: string;
  persistence?: PersistenceMode;
  transports?: Array<'socket' | 'http'>;
  /** Called whenever the visitor's lead is created or updated. */
  onLead?: (lead: LeadCapturedEvent) => void;
  /** Called when the visitor's lead gets a phone number. */
  onPhoneCaptured?: (event: PhoneEvent) => void;
  /** Called once for every confirmed message, the visitor's and Cathy's. */
  onMessage?: (message: ChatMessage) => void;
}

/** A mounted chat, as returned by {@link createCathy} (and behind `window.Cathy` on script-tag pages). */
export interface Cathy {
  open(): void;
  close(): void;
  toggle(): void;
  /** Sends a message as the visitor; returns it as pending until the server confirms it. */
  send(text: string): PendingMessage;
  /** Tells the server who the visitor is; pass `userHash` from your backend to link devices. */
  identify(payload: IdentifyPayload): Promise<IdentifyResult>;
  setPersona(persona: Partial<PersonaDisplay>): void;
  /** Merges into the current theme. */
  setTheme(theme: Theme): void;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends ClientEventName>(event: K, listener: ClientListener<K>): () => void;
  /** Removes the widget from the page and disconnects; the visitor's id stays for next time. */
  destroy(): void;
}
