import type { EscalationSummary } from '../../sdk/protocol/index.js';
import type { HandoffLogRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

/** Conversations read per summary: a site with more escalations in the range is summarised over the first ones. */
const MAX_CONVERSATIONS = 10_000;

type Ended = 'taken' | 'callback' | 'missed';

/**
 * How one escalation of a trail ended: the first ending after its `escalated` entry (a takeover, a call back, or
 * missed), a `missed` one turning into `callback` when the shopper later left a number; none yet, it waits.
 */
function endingOf(log: readonly HandoffLogRecord[], start: number): { ended?: Ended; pickupMs?: number } {
  const begun = log[start] as HandoffLogRecord;
  let ended: Ended | undefined;
  let pickupMs: number | undefined;
  for (const entry of log.slice(start + 1)) {
    if (entry.kind === 'escalated') break;
    if (!ended && (entry.kind === 'taken' || entry.kind === 'callback' || entry.kind === 'missed')) {
      ended = entry.kind;
      if (entry.kind === 'taken') pickupMs = entry.at.getTime() - begun.at.getTime();
    } else if (ended === 'missed' && entry.kind === 'callback') ended = 'callback';
  }
  return { ended, pickupMs };
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The site's escalations that began in `[from, to)`, by how they ended, read from each conversation's handoff trail
 * (so a conversation escalated twice counts twice), with the median time from the call to a person taking the chat.
 *
 * @example await escalationSummary(store, siteId, from, to) // { waiting: 0, taken: 3, callback: 2, missed: 1, medianPickupSeconds: 41 }
 */
export async function escalationSummary(store: Store, siteId: string, from: Date, to: Date): Promise<EscalationSummary> {
  const conversations = await store.conversations.escalatedBetween({ siteId, from, to, limit: MAX_CONVERSATIONS });
  const summary: EscalationSummary = { waiting: 0, taken: 0, callback: 0, missed: 0 };
  const pickups: number[] = [];
  for (const conversation of conversations) {
    const log = conversation.handoff?.log ?? [];
    log.forEach((entry, i) => {
      if (entry.kind !== 'escalated' || entry.at < from || entry.at >= to) return;
      const { ended, pickupMs } = endingOf(log, i);
      summary[ended ?? 'waiting'] += 1;
      if (pickupMs !== undefined) pickups.push(pickupMs / 1000);
    });
  }
  const pickup = median(pickups);
  return pickup === undefined ? summary : { ...summary, medianPickupSeconds: Math.round(pickup) };
}
