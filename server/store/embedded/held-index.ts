import type { ConversationRecord } from '../records.js';

/**
 * The embedded store's conversations a person holds, by when they took them, kept in memory beside nedb like the
 * waiting escalations (waiting-index.ts): the absent-holder check asks every 30 s, and nedb would scan every
 * conversation to answer. Filled when the store opens and kept by every conversation write of the repo.
 */
export function createHeldIndex() {
  const since = new Map<string, number>();
  return {
    put(record: ConversationRecord): void {
      const holder = record.handoff?.holder;
      if (holder) since.set(record.id, holder.since.getTime());
      else since.delete(record.id);
    },
    remove(id: string): void {
      since.delete(id);
    },
    /** The ids held longest, first. */
    oldest(limit: number): string[] {
      return [...since]
        .sort(([, a], [, b]) => a - b)
        .slice(0, limit)
        .map(([id]) => id);
    },
  };
}
