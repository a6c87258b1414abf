import type { HandoffRecord } from './records.js';

/** The filter and update of `swapHandoff`, the same in both stores: nedb and MongoDB read this query alike. */
export function handoffSwap(id: string, expectedVersion: number, next: HandoffRecord) {
  if (next.version !== expectedVersion + 1) throw new Error(`swapHandoff: next version must be ${expectedVersion + 1}`);
  const current = expectedVersion === 0 ? { handoff: { $exists: false } } : { 'handoff.version': expectedVersion };
  return { filter: { _id: id, ...current }, update: { $set: { handoff: next } } };
}
