import { FINAL_ERROR_CODES, isErrorResponse, type ChatMessage, type ErrorBody } from '../protocol/index.js';
import { backoffDelay, type BackoffOptions } from '../common/backoff.js';
import type { PersistedText } from './persistence.js';
import { randomId } from './random-id.js';
import { isNoConnection, type SendResult, type Transport } from './transport.js';
import type { PendingMessage } from './types.js';

export interface SendQueueOptions {
  /** The transport to send on, or null while down. */
  transport(): Transport | null;
  onChange(pending: PendingMessage[]): void;
  onConfirmed(result: SendResult): void;
  /** A message gave up; the entry shows it too. */
  onFailed(error: ErrorBody): void;
  /** The server lost our session (restart, expired token): start a new one, then flush again. */
  onSessionLost(): void;
  persist(queue: PersistedText[]): void;
  backoff: BackoffOptions;
  /** Sends of one message (not counting rate-limit waits) before it shows as failed. */
  maxAttempts: number;
}

export interface SendQueue {
  add(text: string): PendingMessage;
  restore(saved: PersistedText[]): void;
  retry(clientId: string): void;
  /** Sends what is queued, one at a time in order, while a transport is up. */
  flush(): void;
  /** Drops entries the server already has: a lost ack, or a send from before a reload. */
  confirm(messages: readonly ChatMessage[]): void;
  stop(): void;
}

interface Entry {
  pending: PendingMessage;
  attempts: number;
  /** Waiting out a backoff or a rate limit. */
  held: boolean;
}

const FINAL = new Set<ErrorBody['code']>(FINAL_ERROR_CODES);

/**
 * Visitor messages until the server confirms them. Each keeps its clientId for every resend, so
 * the server stores it once however many times the ack is lost.
 */
export function createSendQueue(options: SendQueueOptions): SendQueue {
  let entries: Entry[] = [];
  let busy = false;
  let stopped = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const changed = () => {
    options.onChange(entries.map((entry) => entry.pending));
    options.persist(entries.map(({ pending: { clientId, text, createdAt } }) => ({ clientId, text, createdAt })));
  };
  const set = (entry: Entry, patch: Partial<PendingMessage>) => {
    entry.pending = { ...entry.pending, ...patch };
    if (patch.status && patch.status !== 'failed') delete entry.pending.error;
  };
  const hold = (entry: Entry, delay: number) => {
    entry.held = true;
    const timer = setTimeout(() => {
      timers.delete(timer);
      entry.held = false;
      void pump();
    }, delay);
    timers.add(timer);
  };

  function settle(entry: Entry, error: ErrorBody, lostConnection: boolean): void {
    if (error.code === 'RATE_LIMITED') {
      entry.attempts -= 1;
      hold(entry, Math.max(1, error.retryAfter ?? 1) * 1000);
    } else if (FINAL.has(error.code) || entry.attempts >= options.maxAttempts) {
      set(entry, { status: 'failed', error });
      options.onFailed(error);
      return;
    } else if (error.code === 'SESSION_REQUIRED' || error.code === 'INVALID_TOKEN') {
      options.onSessionLost();
    } else if (!lostConnection) {
      hold(entry, backoffDelay(entry.attempts - 1, options.backoff));
    }
    set(entry, { status: 'queued' });
  }

  async function pump(): Promise<void> {
    if (busy || stopped) return;
    busy = true;
    try {
      for (;;) {
        // Strictly in order: a held message holds the ones after it.
        const entry = entries.find((candidate) => candidate.pending.status !== 'failed');
        const transport = options.transport();
        if (!entry || entry.held || !transport) return;
        entry.attempts += 1;
        set(entry, { status: 'sending' });
        changed();
        const result = await transport.send({ clientId: entry.pending.clientId, text: entry.pending.text });
        if (stopped) return;
        if (!isErrorResponse(result)) {
          entries = entries.filter((candidate) => candidate !== entry);
          // Even when a gap fill confirmed the entry meanwhile: the answer may carry the reply.
          options.onConfirmed(result);
        } else if (entries.includes(entry)) settle(entry, result.error, isNoConnection(result));
        changed();
      }
    } finally {
      busy = false;
    }
  }

  return {
    add(text) {
      const pending: PendingMessage = { clientId: randomId(), text, createdAt: new Date().toISOString(), status: 'queued' };
      entries = [...entries, { pending, attempts: 0, held: false }];
      changed();
      void pump();
      return pending;
    },
    restore(saved) {
      const known = new Set(entries.map((entry) => entry.pending.clientId));
      const restored = saved.filter((item) => !known.has(item.clientId));
      if (restored.length === 0) return;
      entries = [...restored.map((item) => ({ pending: { ...item, status: 'queued' as const }, attempts: 0, held: false })), ...entries];
      changed();
    },
    retry(clientId) {
      const entry = entries.find((candidate) => candidate.pending.clientId === clientId);
      if (!entry || entry.pending.status !== 'failed') return;
      entry.attempts = 0;
      set(entry, { status: 'queued' });
      changed();
      void pump();
    },
    flush: () => void pump(),
    confirm(messages) {
      const stored = new Set(messages.map((message) => message.clientId).filter(Boolean));
      const kept = entries.filter((entry) => !stored.has(entry.pending.clientId));
      if (kept.length === entries.length) return;
      entries = kept;
      changed();
    },
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
