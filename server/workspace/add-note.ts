import { v7 as uuidv7 } from 'uuid';
import type { StaffNote } from '../../sdk/protocol/index.js';
import type { ConversationRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { toStaffNote } from '../wire/staff-dto.js';

/** Stores a staff note on the conversation. Its text is kept as typed: the console shows it as text, never HTML. */
export async function addNote(
  store: Store,
  input: { conversation: ConversationRecord; author: { id: string; name: string }; text: string; now: Date },
): Promise<StaffNote> {
  const note = {
    id: uuidv7(),
    siteId: input.conversation.siteId,
    conversationId: input.conversation.id,
    author: input.author,
    text: input.text,
    createdAt: input.now,
  };
  await store.notes.insert(note);
  return toStaffNote(note);
}
