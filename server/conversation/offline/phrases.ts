import type { Locale } from '../../../sdk/protocol/index.js';
import type { ContactOutcome } from '../responder.js';

type NoParams = Record<never, never>;
type Line<P> = (params: P) => string;

/** Two to four ways of saying one thing; one is picked per turn so Cathy does not sound canned. */
export type Variants<P = NoParams> = readonly [Line<P>, ...Line<P>[]];

type Named = { name?: string };
type BadPhoneReason = Extract<ContactOutcome, { kind: 'bad_phone' }>['reason'];

/**
 * Every user-visible sentence of the offline responder. Each locale implements all of it, so a missing
 * key or a wrong parameter is a compile error.
 */
export interface Phrases {
  defaultGreeting: Variants<{ persona: string; dealer: string }>;
  hello: Variants<Named>;
  welcomeBack: Variants<Named>;
  youreWelcome: Variants;
  goodbye: Variants<Named>;
  okay: Variants;

  botDisclosure: Variants<{ persona: string; dealer: string }>;
  humanHandoff: Variants;
  humanHandoffNoCall: Variants<{ dealer: string }>;
  dealerPhone: Variants<{ phone: string }>;
  dealerPhoneUnknown: Variants;
  address: Variants<{ address: string; dealer: string }>;
  addressUnknown: Variants;
  openNow: Variants<{ close: string }>;
  closedNow: Variants<{ when: string }>;
  hoursUnknown: Variants;
  financeTerms: Variants;
  approval: Variants;
  creditWelcome: Variants;
  inventory: Variants<{ vehicle?: string }>;

  ackVehicle: Variants<{ vehicle: string }>;
  ackVehicleGeneric: Variants;
  ackCondition: Variants<{ condition: 'new' | 'used' }>;
  ackBudget: Variants;
  ackTradeIn: Variants;
  ackNoTradeIn: Variants;
  ackCredit: Variants;
  ackCreditStrong: Variants;
  ackTimeframe: Variants;
  ackName: Variants<{ name: string }>;

  askVehicle: Variants;
  askCondition: Variants;
  askBudget: Variants;
  askTradeIn: Variants;
  askCredit: Variants;
  askTimeframe: Variants;
  askName: Variants;
  askPhone: Variants;
  askPhoneShort: Variants<Named>;
  askCallTime: Variants;
  askEmail: Variants;
  askHandoff: Variants;
  askAnythingElse: Variants;
  whatNext: Variants;
  whatNextDone: Variants;

  leadThanks: Variants<Named>;
  leadUpdated: Variants<Named>;
  callbackSoon: Variants;
  callbackAt: Variants<{ when: string }>;
  callbackLater: Variants;
  askConsent: Variants<{ dealer: string; channel: 'phone' | 'email' }>;
  consentDeclined: Variants;
  textsDeclined: Variants;
  declineAck: Variants;
  badPhone: Variants<{ reason: BadPhoneReason }>;
  optedOut: Variants<{ dealer: string }>;

  deferOnce: Variants;
  deferNoted: Variants;
  stillHere: Variants;
  gaveNumberYes: Variants<{ last4: string }>;
  gaveNumberNo: Variants;
  textingNoted: Variants;
  callMeAsk: Variants<Named>;
  textMeAsk: Variants<Named>;
  browsing: Variants;
  calm: Variants;
  scamCalm: Variants<{ dealer: string }>;
  managerOffer: Variants<{ dealer: string }>;
  managerPhone: Variants<{ phone: string }>;
  worryCalm: Variants;
  approvalStrong: Variants;
  dayOpen: Variants<{ day: string; open: string; close: string }>;
  dayClosed: Variants<{ day: string }>;
  languagesSpoken: Variants<{ languages: string }>;
  whenCallNoPhone: Variants;
  inventoryLink: Variants<{ url: string }>;
  downPaymentGeneral: Variants;
  asMentioned: Variants<{ text: string }>;
  approvalPlain: Variants;
  approvalStrongPlain: Variants;
  financeTermsPlain: Variants;
  downPaymentGeneralPlain: Variants;
  callbackNoted: Variants;
  /** A person was called and someone of the team is online: they will join the chat (no phone ask that turn). */
  escalationWaiting: Variants;
  /** A person was called in business hours but nobody of the team is at the chat. */
  escalationNobodyOnline: Variants;
  /** A person was called after hours: when the store opens. */
  escalationClosed: Variants<{ when: string }>;
  /** Nobody took the chat before the site's deadline. */
  escalationTimedOut: Variants;
}

export type PhraseKey = keyof Phrases;
export type PhraseParams<K extends PhraseKey> = Phrases[K] extends Variants<infer P> ? P : never;
export type PhraseBook = Record<Locale, Phrases>;
