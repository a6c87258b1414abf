import type { ChatMessage } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import { holderOf } from '../handoff/handoff-log.js';
import type { RunningReply } from '../handoff/reply-aborts.js';
import type { ConversationRecord, MessageRecord, VisitorRecord } from '../store/records.js';
import { toChatMessage } from '../wire/message-dto.js';
import { announceLead } from './announce-lead.js';
import { contactStep, type ContactStepResult } from './contact-step.js';
import type { SessionRef } from './context.js';
import type { MessageDeps } from './message-service.js';
import { readAndRemember, type Understood } from './read-and-remember.js';
import { storeReply } from './store-reply.js';
import { streamReply } from './stream-reply.js';

const HISTORY_FOR_REPLY = 20;

/**
 * Reads the message, updates facts, state and lead, then streams and stores Cathy's reply: each step below, in
 * the order it runs. The unanswered-message sweep (unanswered-sweep.ts) comes here too, through `answerMessage`.
 * While a person holds the chat the message is read all the same (a number given to them still makes a lead),
 * but they answer it, not Cathy: undefined. A takeover landing meanwhile stops the reply (docs/architecture.md,
 * "Live takeover").
 */
export async function produceReply(deps: MessageDeps, session: SessionRef, message: MessageRecord): Promise<ChatMessage | undefined> {
  // Registered before the conversation is read: a takeover either aborts this turn or is seen by the read.
  const running = deps.aborts.start(session.conversationId);
  try {
    return await readAndReply(deps, session, message, running);
  } finally {
    running.finish();
  }
}

async function readAndReply(deps: MessageDeps, session: SessionRef, message: MessageRecord, running: RunningReply): Promise<ChatMessage | undefined> {
  const loaded = await load(deps, session, message);
  if ('done' in loaded) return toChatMessage(loaded.done);
  const { conversation, visitor } = loaded;
  const now = deps.now();
  const understood = readAndRemember(deps, session, conversation, message, now);
  const escalation = await deps.escalations?.consider({ site: session.site, conversation, message, reading: understood.reading, facts: understood.facts, now });
  const step = await contactStep({
    store: deps.store,
    site: session.site,
    conversation,
    visitor,
    message,
    extraction: understood.extraction,
    facts: understood.facts,
    ip: session.ip,
    userAgent: session.userAgent,
    now,
  });
  await deps.escalations?.phoneKnown({ conversation, facts: understood.facts, now });
  const history = await persistFacts(deps, conversation, understood, step, now);
  announceLead(deps, session, conversation.id, step, understood.locale, now);
  // A person holds the chat (or took it meanwhile): they answer, Cathy writes nothing.
  const silent = holderOf(conversation) !== undefined || running.signal.aborted;
  const turn = { session, conversation, visitor, message, understood, step, history, now, escalation };
  const streamed = silent ? undefined : await streamReply(deps, turn, running.signal);
  const wire = streamed && (await storeReply(deps, session, message, { step, sources: understood.sources, ...streamed }, running.signal));
  deps.enricher?.schedule({
    site: session.site,
    conversationId: conversation.id,
    leadChanged: step.lead !== undefined,
    announce: (kind) => deps.hub.announce({ conversationId: conversation.id, siteId: session.site.id, kind }),
    serialize: (task) => deps.queue.run(conversation.id, task),
  });
  return wire;
}

type Loaded = { done: MessageRecord } | { conversation: ConversationRecord; visitor: VisitorRecord };

/** The reply already stored (a resend), or what this turn reads. */
async function load(deps: MessageDeps, session: SessionRef, message: MessageRecord): Promise<Loaded> {
  // Independent reads go together: each store round trip delays Cathy's first word.
  const [done, conversation, visitor] = await Promise.all([
    deps.store.messages.replyTo(session.conversationId, message.id),
    deps.store.conversations.byId(session.conversationId),
    deps.store.visitors.byId(session.visitorId),
  ]);
  if (done) return { done };
  if (!conversation || !visitor) throw new AppError('NOT_FOUND', 'The conversation no longer exists.');
  return { conversation, visitor };
}

/** Stores what this turn learned and decided; reads the history the reply is written from meanwhile. */
async function persistFacts(deps: MessageDeps, conversation: ConversationRecord, understood: Understood, step: ContactStepResult, now: Date): Promise<MessageRecord[]> {
  const { facts, locale, sources } = understood;
  const [, history] = await Promise.all([
    deps.store.conversations.update(conversation.id, {
      facts,
      locale,
      state: { ...step.state, sources },
      leadId: step.lead?.id ?? conversation.leadId,
      updatedAt: now,
    }),
    deps.store.messages.latest(conversation.id, HISTORY_FOR_REPLY),
  ]);
  return history;
}
