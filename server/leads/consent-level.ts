import type { ConsentLevel } from '../../sdk/protocol/index.js';
import type { ConsentGiven } from './lead-service.js';

const RANK: Record<Exclude<ConsentLevel, 'do_not_contact'>, number> = { contact_requested: 1, express_written: 2 };

/**
 * The level a lead keeps when the same shopper gives the number again: consent belongs to the number, so a plain
 * "call me" does not lower an earlier written consent. An opt-out is not kept: giving the number again after
 * "stop" is a new request to be contacted.
 */
export function mergedLevel(previous: ConsentLevel | undefined, next: ConsentGiven['level']): ConsentGiven['level'] {
  if (!previous || previous === 'do_not_contact') return next;
  return RANK[previous] > RANK[next] ? previous : next;
}
