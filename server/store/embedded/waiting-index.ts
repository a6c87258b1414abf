import type { ConversationRecord } from '../records.js';

/**
 * The embedded store's escalations still waiting for a person, by deadline, kept in memory beside nedb like the
 * inbox order (inbox-index.ts): the restart sweep asks every few seconds, and nedb would scan every conversation
 * to answer. Filled when the store opens and kept by every conversation write of the repo.
 */
export function createWaitingIndex() {
  const deadlines = new Map<string, number>();
  return {
    put(record: ConversationRecord): void {
      const escalation = record.handoff?.escalation;
      if (escalation?.status === 'waiting') deadlines.set(record.id, escalation.deadline.getTime());
      else deadlines.delete(record.id);
    },
    remove(id: string): void {
      deadlines.delete(id);
    },
    /** The ids due at `now`, earliest deadline first. */
    due(now: Date, limit: number): string[] {
      return [...deadlines]
        .filter(([, deadline]) => deadline <= now.getTime())
        .sort(([, a], [, b]) => a - b)
        .slice(0, limit)
        .map(([id]) => id);
    },
  };
}
