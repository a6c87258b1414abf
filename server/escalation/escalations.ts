import type { EscalationPort } from '../conversation/escalation-port.js';
import type { ConversationActivity } from '../conversation/event-hub.js';
import { handoffSettings } from '../handoff/handoff-settings.js';
import { changeHandoff } from '../handoff/change-handoff.js';
import { withEntries } from '../handoff/handoff-log.js';
import { escalationReason } from './detect-escalation.js';
import type { EscalationDeps } from './escalation-deps.js';
import { settleEscalation } from './settle-escalation.js';
import { startEscalation } from './start-escalation.js';

export interface EscalationSweepOptions {
  /** How often to look for escalations past their deadline that no timer of this process holds. */
  intervalMs?: number;
  /** Most escalations settled per look. */
  batch?: number;
}

export interface Escalations extends EscalationPort {
  /** Starts the sweep (at once, then every `intervalMs`): after a restart, it settles the escalations whose timer died. */
  sweep(options?: EscalationSweepOptions): { runOnce(): Promise<number> };
  /** Clears every timer and the sweep. */
  stop(): void;
}

const DEFAULT_SWEEP = { intervalMs: 5_000, batch: 100 };
/**
 * A message answered this long after it was written (the unanswered-message sweep, after a restart) calls nobody:
 * the shopper has most likely left, and a late alert would send the team to an empty chat.
 */
const STALE_MS = 10 * 60_000;
/** The takeover ended a waiting escalation: the newest entry is `taken`, and the escalation ended by it. */
function takenNow(activity: ConversationActivity): boolean {
  if (activity.kind !== 'handoff') return false;
  const { escalation, log } = activity.handoff;
  const entry = log.at(-1);
  // A takeover writes its `taken` entry and the escalation's end in one swap, at one instant; a later takeover of
  // the same chat writes only the entry.
  return entry?.kind === 'taken' && escalation?.status === 'taken' && escalation.endedAt?.getTime() === entry.at.getTime();
}

/**
 * A shopper waiting for a person, from the call to its end (see docs/architecture.md, Escalation): the reply
 * pipeline asks it on each message (`consider`, `phoneKnown`); a timer per waiting escalation, and a sweep for those
 * a restart left, end each at its deadline; takeovers (announced on the hub) are counted as they end one.
 */
export function createEscalations(deps: EscalationDeps): Escalations {
  const timers = new Map<string, NodeJS.Timeout>();
  let sweepTimer: NodeJS.Timeout | undefined;

  function settle(conversationId: string): Promise<void> {
    return deps.queue.run(conversationId, async () => {
      const settled = await settleEscalation(deps, conversationId);
      if ('waitUntil' in settled) schedule(conversationId, settled.waitUntil);
    });
  }

  function schedule(conversationId: string, deadline: Date): void {
    clearTimeout(timers.get(conversationId));
    const timer = setTimeout(() => {
      timers.delete(conversationId);
      settle(conversationId).catch((error: unknown) => deps.logger.error({ err: error, conversationId }, 'escalation deadline not settled; the sweep retries'));
    }, Math.max(0, deadline.getTime() - deps.now().getTime()));
    timer.unref();
    timers.set(conversationId, timer);
  }

  const unsubscribe = deps.hub.onActivity((activity) => {
    if (activity.kind !== 'handoff' || activity.handoff.escalation?.status === 'waiting') return;
    clearTimeout(timers.get(activity.conversationId));
    timers.delete(activity.conversationId);
    if (takenNow(activity)) deps.onOutcome?.('taken');
  });

  return {
    async consider(input) {
      const { site, conversation, message, reading, now } = input;
      try {
        const handoff = conversation.handoff;
        if (handoff?.holder) return undefined;
        if (handoff?.escalation?.status === 'waiting' && handoff.escalation.deadline > now) return { phase: 'waiting', started: false };
        if (now.getTime() - message.createdAt.getTime() > STALE_MS) return undefined;
        const reason = escalationReason(reading, message.text, handoffSettings(site).rules);
        if (!reason) return undefined;
        const started = await startEscalation(deps, input, reason);
        if (started?.deadline) schedule(conversation.id, started.deadline);
        return started?.turn;
      } catch (error) {
        deps.logger.error({ err: error, conversationId: conversation.id }, 'escalation not started; Cathy answers as usual');
        return undefined;
      }
    },

    async phoneKnown({ conversation, facts, now }) {
      if (conversation.handoff?.escalation?.status !== 'missed' || !facts.phone) return;
      try {
        const { conversation: stored, changed } = await changeHandoff(deps.store, conversation.id, (_fresh, handoff) => {
          if (handoff.escalation?.status !== 'missed') return { result: undefined };
          const { version: _version, ...rest } = handoff;
          return { result: undefined, next: { ...rest, escalation: { ...handoff.escalation, status: 'callback' }, log: withEntries(handoff.log, { kind: 'callback', at: now }) } };
        });
        if (!changed || !stored.handoff) return;
        deps.logger.info({ conversationId: conversation.id, siteId: conversation.siteId }, 'callback');
        deps.hub.announce({ conversationId: conversation.id, siteId: conversation.siteId, kind: 'handoff', handoff: stored.handoff });
        deps.onOutcome?.('recovered');
      } catch (error) {
        deps.logger.error({ err: error, conversationId: conversation.id }, 'missed escalation not turned into a call back');
      }
    },

    sweep(options = {}) {
      const { intervalMs, batch } = { ...DEFAULT_SWEEP, ...options };
      let running: Promise<number> | undefined;
      const pass = async () => {
        const due = await deps.store.conversations.escalationsDue(deps.now(), batch);
        await Promise.all(due.map((conversation) => settle(conversation.id)));
        return due.length;
      };
      const runOnce = () => (running ??= pass().finally(() => (running = undefined)));
      const tick = () => {
        runOnce().catch((error: unknown) => deps.logger.error({ err: error }, 'escalation sweep failed; the next one retries'));
      };
      clearInterval(sweepTimer);
      sweepTimer = setInterval(tick, intervalMs);
      sweepTimer.unref();
      tick();
      return { runOnce };
    },

    stop() {
      unsubscribe();
      clearInterval(sweepTimer);
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
