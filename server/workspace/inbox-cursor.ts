import { AppError } from '../errors/app-error.js';

export interface InboxCursor {
  at: Date;
  id: string;
}

/** Opaque to the console: the last row's activity time and id, base64url JSON. */
export function encodeCursor(cursor: InboxCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.getTime(), cursor.id])).toString('base64url');
}

/** VALIDATION_ERROR for anything `encodeCursor` did not write. */
export function decodeCursor(text: string): InboxCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && Number.isSafeInteger(parsed[0]) && typeof parsed[1] === 'string' && parsed[1].length <= 64) {
      return { at: new Date(parsed[0] as number), id: parsed[1] };
    }
  } catch {
    // Falls through to the one error below: a cursor is either ours or refused.
  }
  throw new AppError('VALIDATION_ERROR', 'Invalid query: cursor: use the nextCursor of the previous page.', [{ path: 'cursor', message: 'not a cursor this server gave' }]);
}
