import { answeredByPerson } from '../handoff/handoff-log.js';
import type { Logger } from '../logging/logger.js';
import type { MessageRecord } from '../store/records.js';
import type { MessageDeps } from './message-service.js';
import { answerMessage } from './message-service.js';

/**
 * A visitor's message is acknowledged once stored; Cathy's reply, and the lead a phone number in it makes, come
 * after. A crash or a store that refused a write in between would leave an acknowledged phone number with no
 * lead, and the client never resends an acknowledged message. This sweep answers such messages: at boot and then
 * periodically, so a store that recovers without a restart is covered too.
 */
export interface UnansweredSweepOptions {
  /** Messages older than this are left alone: a reply a day late helps nobody, and erased data is gone anyway. */
  lookbackMs?: number;
  intervalMs?: number;
  /** Most messages read per sweep. */
  batch?: number;
}

export interface UnansweredSweep {
  /** One pass; resolves with how many messages it found unanswered, once their replies settled. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

const DEFAULTS = { lookbackMs: 48 * 60 * 60 * 1000, intervalMs: 60_000, batch: 2_000 };

/** Messages without a reply that are Cathy's to answer: not those a person had (docs/architecture.md, "Live takeover"). */
async function unanswered(deps: MessageDeps, messages: MessageRecord[]): Promise<MessageRecord[]> {
  const open: MessageRecord[] = [];
  for (const message of messages) {
    if (await deps.store.messages.replyTo(message.conversationId, message.id)) continue;
    const conversation = await deps.store.conversations.byId(message.conversationId);
    if (conversation && answeredByPerson(conversation, message.createdAt)) continue;
    open.push(message);
  }
  return open;
}

async function answer(deps: MessageDeps, message: MessageRecord): Promise<boolean> {
  const [site, visitor] = await Promise.all([deps.store.sites.byId(message.siteId), deps.store.visitors.byId(message.visitorId)]);
  if (!site || !visitor) return false;
  const session = {
    site,
    visitorId: visitor.id,
    conversationId: message.conversationId,
    ip: visitor.ip ?? '',
    ...(visitor.userAgent ? { userAgent: visitor.userAgent } : {}),
  };
  await answerMessage(deps, session, message).reply;
  return true;
}

/** How far a periodic pass reads back before the previous pass began: a message stored while it ran is not missed. */
const OVERLAP_MS = 2 * 60 * 1000;

/** Every visitor message stored since `since`, page by page, so a busy 48 hours is read whole. */
async function visitorMessagesSince(deps: MessageDeps, since: Date, batch: number): Promise<MessageRecord[]> {
  const all: MessageRecord[] = [];
  for (let afterSeq: string | undefined; ; ) {
    const page = await deps.store.messages.visitorSince(since, batch, afterSeq);
    all.push(...page);
    if (page.length < batch) return all;
    afterSeq = page.at(-1)?.seq;
  }
}

export function startUnansweredSweep(deps: MessageDeps, logger: Logger, options: UnansweredSweepOptions = {}): UnansweredSweep {
  const { lookbackMs, intervalMs, batch } = { ...DEFAULTS, ...options };
  let running: Promise<number> | undefined;
  // The first pass (at boot) reads the whole look-back; later ones only what came since the previous pass, plus the
  // messages whose reply failed again (a store still refusing writes), so the periodic check stays cheap.
  let readFrom: Date | undefined;
  const retry = new Map<string, MessageRecord>();

  async function pass(): Promise<number> {
    const started = deps.now().getTime();
    const oldest = new Date(started - lookbackMs);
    const from = readFrom && readFrom > oldest ? readFrom : oldest;
    const recent = await visitorMessagesSince(deps, from, batch);
    const candidates = new Map([...retry].filter(([, message]) => message.createdAt >= oldest));
    for (const message of recent) candidates.set(message.id, message);
    const found = await unanswered(deps, [...candidates.values()]);
    readFrom = new Date(started - OVERLAP_MS);
    retry.clear();
    let answered = 0;
    for (const message of found) {
      try {
        if (await answer(deps, message)) answered += 1;
      } catch (error) {
        retry.set(message.id, message);
        logger.error({ err: error, conversationId: message.conversationId, messageId: message.id }, 'unanswered message: reply failed; the next sweep retries');
      }
    }
    if (found.length > 0) logger.warn({ found: found.length, answered }, 'answered visitor messages whose reply an earlier stop or a failed write lost');
    return found.length;
  }

  const runOnce = () => {
    running ??= pass().finally(() => (running = undefined));
    return running;
  };
  const tick = () => {
    runOnce().catch((error: unknown) => logger.error({ err: error }, 'unanswered-message sweep failed; the next one retries'));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
