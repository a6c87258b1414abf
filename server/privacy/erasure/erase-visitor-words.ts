import { eraseFromLeads, type LeadErasure } from '../../leads/erase-from-leads.js';
import type { Store } from '../../store/store.js';

export interface WordsErased {
  messages: number;
  leads: LeadErasure[];
}

/**
 * Removes what these visitors said: their messages, and their part of every lead they contributed to. An erasure
 * request calls it once their conversations are gone; a reply that finds its conversation gone when it stores
 * calls it too, because a reply takes seconds and the erase may have swept the messages or the leads before that
 * run stored its reply or its lead, and neither may outlive the erase. Conversations go first, so the two cannot
 * miss each other: a reply stored before that deletion is swept here by the erase, one stored after finds its
 * conversation gone. It lives below the conversation (architecture/layers.ts) so that both callers can reach it.
 */
export async function eraseVisitorWords(store: Store, visitorIds: string[]): Promise<WordsErased> {
  let messages = 0;
  for (const id of visitorIds) messages += await store.messages.deleteByVisitor(id);
  return { messages, leads: await eraseFromLeads(store, visitorIds) };
}
