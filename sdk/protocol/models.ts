export type Locale = 'en' | 'es';

/** `agent`: a person from the dealership who took the chat over (see `agent:joined`). */
export type MessageRole = 'visitor' | 'assistant' | 'agent';

/** Who wrote an agent message, as the shopper sees them: a first name, never an email or staff id. */
export interface MessageAuthor {
  name: string;
  avatarUrl?: string;
}

export interface ChatMessage {
  id: string;
  conversationId: string;
  role: MessageRole;
  text: string;
  /** ISO 8601. */
  createdAt: string;
  /** The visitor's idempotency key, on visitor messages. */
  clientId?: string;
  /** On Cathy's replies: the visitor message it answers. */
  replyTo?: string;
  /** Consent disclosure to show beside the input when Cathy asks for a phone number. */
  disclosure?: string;
  /** On Cathy's messages: the language she wrote it in, which follows the visitor's (the widget follows it too). */
  locale?: Locale;
  /** On agent messages: the person who wrote it. */
  author?: MessageAuthor;
}

export interface PageContext {
  url: string;
  title?: string;
  referrer?: string;
}

export interface Utm {
  source?: string;
  medium?: string;
  campaign?: string;
  term?: string;
  content?: string;
}

/** What the widget shows of the persona. Prompts and guardrails never leave the server. */
export interface PersonaDisplay {
  name: string;
  avatarUrl?: string;
  greeting: string;
  status?: string;
}

/**
 * Whether the dealership's people are in, from the site's business hours in its timezone.
 *
 * @example { open: false, opens: 'tomorrow at 9:00 AM' }
 */
export interface TeamHours {
  open: boolean;
  /** While closed: the next opening in the conversation's language, as Cathy says it. */
  opens?: string;
  /**
   * A person of the dealership is signed in to the workspace and not away, so a shopper who asks for one can be
   * joined live. Absent or false: only Cathy (an automated assistant) is at the chat.
   */
  available?: boolean;
}

/** What the widget shows about the dealership: the recorded-chat notice and the team's hours. */
export interface SiteDisplay {
  /** The dealership's name. */
  name: string;
  /** The dealer's privacy policy, linked from the recorded-chat notice. */
  privacyUrl?: string;
  /** At the start of the session. */
  team: TeamHours;
}

export type WidgetPosition = 'right' | 'left';

export interface Theme {
  accent?: string;
  position?: WidgetPosition;
  mode?: 'light' | 'dark' | 'auto';
  zIndex?: number;
}

/** Lead fields the visitor's own conversation has produced so far. */
export interface CapturedFields {
  name?: string;
  phone?: string;
  email?: string;
  vehicle?: string;
  tradeIn?: string;
  budget?: string;
  credit?: string;
  timeframe?: string;
}
