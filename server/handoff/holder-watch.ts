import type { MessageDeps } from '../conversation/message-service.js';
import { answerStored } from '../conversation/unanswered-sweep.js';
import { releaseHolder, type IsPresent } from './release-holder.js';

/** How long a holder may be gone before Cathy takes their chats back: a reload or a dropped Wi-Fi returns well within it. */
export const HOLDER_GRACE_MS = 2 * 60_000;
/** The safety net's period; presence changes wake the check at once, and a timer at the end of each grace period. */
export const HOLDER_CHECK_MS = 30_000;

export interface HolderWatchOptions {
  graceMs?: number;
  intervalMs?: number;
  /** Most held conversations read per pass. */
  batch?: number;
  /** The clock absences are measured by; the app's clock unless a test moves it. */
  now?: () => Date;
}

export interface HolderWatch {
  /** One pass; resolves with how many chats it gave back to Cathy, once her replies settled. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

const DEFAULTS = { graceMs: HOLDER_GRACE_MS, intervalMs: HOLDER_CHECK_MS, batch: 1_000 };

/**
 * "The holder left": a person who took a chat over and then closed the workspace, lost the connection or signed
 * out, without handing back, would leave the shopper unanswered for good. A holder with no staff socket on the
 * conversation's site (presence.ts; "away" still counts, they chose it) for the grace period loses the chat to
 * Cathy (release-holder.ts), and she answers the shopper's newest message when nobody did (docs/architecture.md,
 * "Live takeover").
 */
export function watchHolders(deps: MessageDeps, options: HolderWatchOptions = {}): HolderWatch {
  const { graceMs, intervalMs, batch, now: clock } = { ...DEFAULTS, now: deps.now, ...options };
  // When this process first saw each conversation's holder gone. Kept in memory only: after a restart nobody has
  // reconnected yet, so every absence starts afresh and each holder gets a full grace period to come back.
  const absentSince = new Map<string, { staffId: string; at: number }>();
  const isPresent: IsPresent = (siteId, staffId) => deps.presence.list(siteId).some((entry) => entry.staffId === staffId);
  let running: Promise<number> | undefined;
  let queued: Promise<number> | undefined;
  let stopped = false;
  let wake: NodeJS.Timeout | undefined;

  async function releaseAndAnswer(conversationId: string, staffId: string): Promise<boolean> {
    if (!(await releaseHolder(deps, conversationId, staffId, isPresent))) return false;
    // The shopper's last words went unanswered while the person was away: Cathy answers them now, once. The
    // unanswered sweep leaves messages stored while held alone (handoff-log.ts, answeredByPerson).
    const [newest] = await deps.store.messages.latest(conversationId, 1);
    if (newest?.role === 'visitor') await answerStored(deps, newest);
    return true;
  }

  async function pass(): Promise<number> {
    const now = clock().getTime();
    const held = await deps.store.conversations.held(batch);
    const stillHeld = new Set<string>();
    let released = 0;
    let nextDue = Infinity;
    for (const conversation of held) {
      const holder = conversation.handoff?.holder;
      if (!holder) continue;
      stillHeld.add(conversation.id);
      if (isPresent(conversation.siteId, holder.staffId)) {
        absentSince.delete(conversation.id);
        continue;
      }
      const known = absentSince.get(conversation.id);
      const since = known?.staffId === holder.staffId ? known.at : now;
      absentSince.set(conversation.id, { staffId: holder.staffId, at: since });
      if (since + graceMs > now) {
        nextDue = Math.min(nextDue, since + graceMs);
        continue;
      }
      try {
        if (await releaseAndAnswer(conversation.id, holder.staffId)) released += 1;
        absentSince.delete(conversation.id);
      } catch (error) {
        deps.logger.error({ err: error, conversationId: conversation.id }, 'absent holder: chat not given back to Cathy; the next check retries');
      }
    }
    for (const id of absentSince.keys()) if (!stillHeld.has(id)) absentSince.delete(id);
    if (nextDue !== Infinity) wakeAt(nextDue - now);
    if (released > 0) deps.logger.info({ released }, 'gave chats whose holder left the workspace back to Cathy');
    return released;
  }

  function wakeAt(delayMs: number) {
    clearTimeout(wake);
    if (stopped) return;
    wake = setTimeout(tick, Math.max(delayMs, 0));
    wake.unref();
  }

  // A call while a pass runs (which may have read presence already) gets one pass that starts after it, shared
  // by every call meanwhile.
  const runOnce = (): Promise<number> => {
    if (!running) {
      running = pass().finally(() => (running = undefined));
      return running;
    }
    queued ??= running
      .catch(() => 0)
      .then(() => {
        queued = undefined;
        return stopped ? 0 : runOnce();
      });
    return queued;
  };
  function tick() {
    runOnce().catch((error: unknown) => deps.logger.error({ err: error }, 'absent-holder check failed; the next one retries'));
  }
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  const unsubscribe = deps.presence.onChange(() => tick());
  tick();
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(wake);
      unsubscribe();
      await Promise.all([running, queued].map((pending) => pending?.catch(() => undefined)));
    },
  };
}
