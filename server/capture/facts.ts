import type { Locale } from '../../sdk/protocol/index.js';

/** What a conversation has told us about the visitor, merged across messages. */
export interface CapturedFacts {
  firstName?: string;
  lastName?: string;
  /** E.164. */
  phone?: string;
  email?: string;
  vehicle?: VehicleInterest;
  condition?: 'new' | 'used';
  budget?: Budget;
  tradeIn?: TradeIn;
  /** The credit situation in the visitor's own words. */
  credit?: string;
  timeframe?: string;
  /** Best time to call, e.g. "evening". */
  callTime?: 'morning' | 'afternoon' | 'evening' | 'nopreference';
  /** "text me" or "calls only". */
  contactPreference?: 'text' | 'call';
  language?: Locale;
  /** Questions Cathy could not answer, in the visitor's words, for the specialist to take up. */
  questions?: string[];
}

export interface VehicleInterest {
  /** The visitor's words, e.g. "2019 Honda CR-V". */
  text: string;
  year?: number;
  make?: string;
  model?: string;
  /** e.g. "SUV", "truck". */
  bodyType?: string;
}

export interface Budget {
  text: string;
  monthly?: number;
  total?: number;
  down?: number;
}

export interface TradeIn {
  has: boolean;
  text?: string;
}

export interface PhoneFound {
  e164: string;
  national: string;
}

export type PhoneProblem = 'invalid' | 'fictional' | 'incomplete';

/** What one visitor message contained. */
export interface Extraction {
  phones: PhoneFound[];
  /** A number-like string that is not a usable phone number, and why. */
  badPhone?: { raw: string; reason: PhoneProblem };
  emails: string[];
  facts: Partial<CapturedFacts>;
  /** Words like "stop", "don't call me", "no me llamen". */
  optOut: boolean;
  /** A yes ("yes", "sure", "sí", "ok"), used to confirm consent or answer a yes/no question. */
  affirmative: boolean;
  /** A no ("no", "no thanks", "prefiero no"). */
  negative: boolean;
  language?: Locale;
}
