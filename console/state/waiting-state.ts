import { computed, signal } from '@preact/signals';
import type { InboxItem } from '../../sdk/protocol/index.js';
import { isWaiting, withHandoff, type HandoffChange } from './handoff.js';

/**
 * The site's conversations whose shopper waits for a person, for the count in the navigation: from the rows the
 * inbox loaded and every live row, escalation and handoff since.
 */
export function createWaitingState(siteId: () => string | undefined) {
  const waiting = signal<ReadonlyMap<string, InboxItem>>(new Map());
  const count = computed(() => waiting.value.size);

  function seen(items: InboxItem[]) {
    const next = new Map(waiting.peek());
    for (const item of items) {
      if (item.siteId !== siteId()) continue;
      if (isWaiting(item)) next.set(item.conversationId, item);
      else next.delete(item.conversationId);
    }
    waiting.value = next;
  }

  return {
    waiting,
    count,
    seen,
    handoff(change: HandoffChange) {
      const known = waiting.value.get(change.conversationId);
      if (known) seen([withHandoff(known, change)]);
    },
    /** Another site was chosen: its rows come with its inbox. */
    reset() {
      waiting.value = new Map();
    },
  };
}

export type WaitingState = ReturnType<typeof createWaitingState>;
