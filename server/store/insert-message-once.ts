import type { MessageRecord } from './records.js';

export interface MessageWriter {
  /** Stores the message; must fail with a duplicate-key error when its `clientId` was stored before. */
  write(): Promise<unknown>;
  isDuplicate(error: unknown): boolean;
  byClientId(conversationId: string, clientId: string): Promise<MessageRecord | null>;
}

/**
 * Lets the database's unique index decide, rather than reading first, so two sends of one message at once
 * still store one. A duplicate with nothing to read back (e.g. a reused `_id`) is a real error.
 */
export async function insertMessageOnce(
  message: MessageRecord,
  { write, isDuplicate, byClientId }: MessageWriter,
): Promise<{ message: MessageRecord; created: boolean }> {
  try {
    await write();
    return { message, created: true };
  } catch (error) {
    const { clientId, conversationId } = message;
    const resent = clientId !== undefined && isDuplicate(error);
    const existing = resent ? await byClientId(conversationId, clientId) : null;
    if (!existing) throw error;
    return { message: existing, created: false };
  }
}
