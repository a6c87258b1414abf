import type { ConversationRecord, HandoffHolderRecord } from '../store/records.js';
import { changeHandoff } from './change-handoff.js';
import { announceHandBack, withoutHolder } from './hand-back.js';
import type { HandoffDeps } from './handoff-deps.js';

/** Whether this person has a workspace open on the site, online or away. */
export type IsPresent = (siteId: string, staffId: string) => boolean;

/**
 * Gives the chat back to Cathy because its holder left the workspace (holder-watch.ts): trail `released`, the
 * shopper told the person left, staff told, audited as a hand-back by the holder. Nothing changes when someone
 * else holds it by now, it was handed back meanwhile, or the holder came back: the conversation is returned only
 * when this call released it.
 */
export async function releaseHolder(deps: HandoffDeps, conversationId: string, staffId: string, isPresent: IsPresent): Promise<ConversationRecord | undefined> {
  const now = deps.now();
  const { result: left, conversation } = await changeHandoff<HandoffHolderRecord | undefined>(deps.store, conversationId, (current, handoff) => {
    const holder = handoff.holder;
    if (holder?.staffId !== staffId || isPresent(current.siteId, staffId)) return { result: undefined };
    return { result: holder, next: withoutHolder(handoff, { kind: 'released', at: now, staff: { id: holder.staffId, name: holder.name } }) };
  });
  if (!left) return undefined;
  await announceHandBack(deps, conversation, left, staffId, now);
  return conversation;
}
