import type { CapturedFacts } from '../../capture/facts.js';
import type { ConversationState } from '../../store/records.js';

/** What Cathy can ask about; the names are also `ConversationState.lastQuestion` values. */
export type Slot = 'vehicle' | 'condition' | 'budget' | 'tradeIn' | 'credit' | 'timeframe' | 'name' | 'phone' | 'callTime' | 'email';

/** The conversation policy's order, as it flows. */
export const SLOT_ORDER: readonly Slot[] = ['vehicle', 'condition', 'budget', 'tradeIn', 'credit', 'timeframe', 'name', 'phone', 'callTime'];

export const MAX_PHONE_ASKS = 2;

export interface NextStepInput {
  facts: CapturedFacts;
  /** State before this reply, with this message's contact outcome applied. */
  state: ConversationState;
  now: Date;
  /** This reply answers a question of the visitor's: value has been given. */
  answeredQuestion: boolean;
  /** This reply points to a specialist (rates, approval, stock), so the phone may come before the other slots. */
  specialistMentioned: boolean;
  /** The visitor turned down giving a phone number in this message. */
  declinedNow: boolean;
  /** Slots already asked in the recent history; the phone has its own count instead. */
  askedBefore?: ReadonlySet<Slot>;
}

function known(slot: Slot, facts: CapturedFacts, now: Date): boolean {
  switch (slot) {
    case 'vehicle':
      return facts.vehicle !== undefined;
    case 'condition':
      // A model year two or more years back can only be bought used.
      return facts.condition !== undefined || (facts.vehicle?.year ?? Infinity) <= now.getUTCFullYear() - 2;
    case 'budget':
      return facts.budget !== undefined;
    case 'tradeIn':
      return facts.tradeIn !== undefined;
    case 'credit':
      return facts.credit !== undefined;
    case 'timeframe':
      return facts.timeframe !== undefined;
    case 'name':
      return facts.firstName !== undefined;
    case 'phone':
      return facts.phone !== undefined;
    case 'callTime':
      // Only worth asking once there is a number to call.
      return facts.phone === undefined || facts.callTime !== undefined;
    case 'email':
      return facts.email !== undefined;
  }
}

/**
 * Whether Cathy may ask for a phone number now, leaving aside the flow order. `turn` counts Cathy's replies,
 * so the message being answered is the visitor's turn `turn + 1`.
 *
 * @example canAskPhone({ ...input, state: { ...state, phoneAsks: 2 } }) // false
 */
export function canAskPhone(input: Pick<NextStepInput, 'facts' | 'state' | 'answeredQuestion'>): boolean {
  const { facts, state } = input;
  if (facts.phone || state.pendingContact || state.declinedPhone || state.optedOut) return false;
  if (state.phoneAsks >= MAX_PHONE_ASKS || state.lastQuestion === 'phone') return false;
  // The visitor's first message is answered, never met with a request for their number.
  if (state.turn === 0) return false;
  return input.answeredQuestion || state.turn + 1 >= 2;
}

/**
 * The slot to ask about next, or `undefined` when Cathy should just offer more help. Known slots are
 * skipped, and so are slots already asked, so a question the visitor let pass is not repeated.
 *
 * @example nextStep({ facts: { vehicle: { text: 'truck' } }, state, now, answeredQuestion: false, specialistMentioned: false, declinedNow: false }) // 'condition'
 */
export function nextStep(input: NextStepInput): Slot | undefined {
  const { facts, state, now } = input;
  if (input.declinedNow) return facts.email || state.optedOut ? undefined : 'email';
  const phoneAllowed = canAskPhone(input);
  if (input.specialistMentioned && phoneAllowed) return 'phone';
  for (const slot of SLOT_ORDER) {
    if (slot === state.lastQuestion || input.askedBefore?.has(slot) || known(slot, facts, now)) continue;
    if (slot === 'phone' && !phoneAllowed) continue;
    if (state.optedOut && (slot === 'name' || slot === 'callTime')) continue;
    return slot;
  }
  return undefined;
}
