/**
 * The typed reading of one visitor message (issue 12, item 1). The understanding layer owns this file and
 * may extend it; the evaluation suite (`eval/understanding`) scores any `Understand` function against its
 * labelled corpus by turning each reading into flat labels (`eval/understanding/labels.ts`), so a change
 * here that keeps those labels keeps the scores comparable. Values are normalised (E.164 phones, whole-dollar amounts, canonical makes and models) so two
 * readers can be compared without caring about wording.
 */
import type { Locale } from '../../sdk/protocol/index.js';
import type { CapturedFacts } from '../capture/facts.js';

/** What a visitor may ask about; `other` is a question the reader saw but could not place. */
export type QuestionTopic =
  | 'stock'
  | 'price'
  | 'payment'
  | 'approval'
  | 'creditPull'
  | 'process'
  | 'documents'
  | 'tradeInValue'
  | 'payoff'
  | 'leasing'
  | 'cosigner'
  | 'itin'
  | 'selfEmployed'
  | 'downPayment'
  | 'hours'
  | 'location'
  | 'testDrive'
  | 'walkIns'
  | 'texting'
  | 'languages'
  | 'warranty'
  | 'person'
  | 'bot'
  | 'whenCall'
  | 'gaveNumber'
  | 'stillThere'
  | 'dealerPhone'
  | 'transit'
  | 'whatNext'
  | 'other';

/** Something the visitor asks Cathy or the dealer to do. */
export type RequestKind = 'callMe' | 'textMe' | 'emailMe' | 'person' | 'manager';

/** What Cathy can ask about; the same names as the conversation's `lastQuestion`. */
export type Slot =
  | 'vehicle'
  | 'condition'
  | 'budget'
  | 'tradeIn'
  | 'credit'
  | 'timeframe'
  | 'name'
  | 'phone'
  | 'callTime'
  | 'email'
  | 'consent'
  | 'handoff';

/** One thing a message does; a message can hold several ("hi, r u open sat? also can u text me"). */
export type Act =
  | { kind: 'question'; topic: QuestionTopic }
  | { kind: 'request'; request: RequestKind }
  /** The message answers Cathy's last question (`ReadingContext.lastQuestion`) with a value of that slot's type. */
  | { kind: 'answer'; slot: Slot }
  /** A fact about the visitor not asked for ("I have a 2017 Accord"). */
  | { kind: 'statement' }
  | { kind: 'greeting' }
  | { kind: 'thanks' }
  | { kind: 'goodbye' }
  | { kind: 'browsing' }
  | { kind: 'complaint' }
  | { kind: 'hostility' }
  | { kind: 'scamWorry' }
  | { kind: 'optOut' }
  | { kind: 'yes' }
  | { kind: 'no' };

export type ActKind = Act['kind'];

export interface VehicleMention {
  /** The visitor's words, e.g. "2019 Honda CR-V" or "a small suv". */
  text: string;
  year?: number;
  /** Canonical make, e.g. "Chevrolet" for "chevy". */
  make?: string;
  /** Canonical model, e.g. "CR-V" for "crv". */
  model?: string;
  /** e.g. "SUV", "truck", "sedan". */
  bodyType?: string;
}

export interface OwnedVehicle extends VehicleMention {
  /** The loan still owed on it, in whole dollars ("I still owe 6k" → 6000). */
  owed?: number;
}

export type MoneyRole = 'monthly' | 'down' | 'price' | 'payoff' | 'income' | 'unknown';

export interface Money {
  /** Whole dollars. */
  amount: number;
  role: MoneyRole;
  text: string;
}

/** Kinds of credit story a salesperson should see; never said back to the visitor as a label. */
export type CreditKind =
  | 'good'
  | 'fair'
  | 'rebuilding'
  | 'noCredit'
  | 'repossession'
  | 'bankruptcy'
  | 'collections'
  | 'divorce'
  | 'latePayments'
  | 'other';

export interface CreditStatement {
  /** The visitor's own words, never a question. */
  text: string;
  kinds: CreditKind[];
  /** A score the visitor gave (300–850), e.g. 640. */
  score?: number;
}

export type CallTime = 'morning' | 'afternoon' | 'evening' | 'nopreference';

export interface TimeExpression {
  text: string;
  /** When they want to buy, when to call them, or when they will visit. */
  role: 'timeframe' | 'callTime' | 'visit';
  /** For `callTime`: the ADF bucket it falls in. */
  callTime?: CallTime;
}

export interface PersonName {
  first: string;
  last?: string;
}

export interface Entities {
  vehicleWanted: VehicleMention[];
  vehicleOwned?: OwnedVehicle;
  money: Money[];
  credit?: CreditStatement;
  times: TimeExpression[];
  name?: PersonName;
  /** E.164. */
  phones: string[];
  emails: string[];
  /** "actually a Silverado": the wanted vehicle replaces an earlier one. */
  correction?: boolean;
}

export interface Reading {
  language: Locale;
  acts: Act[];
  entities: Entities;
  /** -1 (angry) … 1 (happy). */
  sentiment: number;
  /** What this message adds to the lead, in the capture's shape (what the conversation remembers). */
  facts?: Partial<CapturedFacts>;
  /** Per fact in `facts`: `high` from an explicit cue, `low` from a guess (a bare answer, a corrected typo). */
  confidence?: Partial<Record<keyof CapturedFacts, 'high' | 'low'>>;
  /** Who read it: the rules, or the rules standing in for a library that failed on this message. */
  source?: 'rules' | 'rules-fallback' | 'nlp';
}

/** What the reader knows besides the text. */
export interface ReadingContext {
  /** The slot Cathy's previous reply asked about, so "Darnell" or "after 6" can be read as its answer. */
  lastQuestion?: Slot;
  /** The conversation's language so far. */
  locale: Locale;
  /** ISO 3166-1 alpha-2, for phone numbers without "+". */
  defaultCountry: string;
  now: Date;
}

/** Reads one visitor message; may be async (a library that trains or loads at start-up). */
export type Understand = (text: string, context: ReadingContext) => Reading | Promise<Reading>;
