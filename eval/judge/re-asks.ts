import type { Turn } from '../play/play-shopper.js';
import type { AskedSlot, ExpectedFacts } from '../shoppers/shopper.js';

export interface ReAsk {
  turn: number;
  slot: AskedSlot;
}

const SLOT_OF: Partial<Record<keyof ExpectedFacts, AskedSlot>> = {
  firstName: 'name',
  vehicle: 'vehicle',
  monthly: 'budget',
  down: 'budget',
  tradeIn: 'tradeIn',
  credit: 'credit',
  timeframe: 'timeframe',
  callTime: 'callTime',
  email: 'email',
};

/**
 * Questions Cathy asks about a slot the shopper already filled, by answering it or by saying it unasked
 * (issue 12: a filled slot is never asked again). The phone has its own guardrail.
 */
export function findReAsks(turns: readonly Turn[]): ReAsk[] {
  const known = new Set<AskedSlot>();
  const found: ReAsk[] = [];
  turns.forEach((turn, index) => {
    if (turn.source !== 'line') known.add(turn.source);
    for (const [fact, value] of Object.entries(turn.line.sets) as Array<[keyof ExpectedFacts, unknown]>) {
      const slot = SLOT_OF[fact];
      if (slot && value !== null) known.add(slot);
    }
    if (turn.asks && turn.asks !== 'phone' && turn.asks !== 'consent' && known.has(turn.asks)) found.push({ turn: index + 1, slot: turn.asks });
  });
  return found;
}
