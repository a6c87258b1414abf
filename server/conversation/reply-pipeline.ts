import { v7 as uuidv7 } from 'uuid';
import type { ChatMessage } from '../../sdk/protocol/index.js';
import { extract } from '../capture/extract.js';
import { readMessage } from '../understanding/read-message.js';
import { capturedFields } from '../leads/captured-fields.js';
import { eraseFromLeads } from '../leads/erase-from-leads.js';
import { consentText } from '../leads/consent.js';
import { AppError } from '../errors/app-error.js';
import type { MessageRecord } from '../store/records.js';
import { teamHours } from '../sites/team-hours.js';
import type { SessionRef } from './context.js';
import { contactStep } from './contact-step.js';
import { readingContext, recall } from './memory/recall.js';
import { toChatMessage } from '../wire/message-dto.js';
import type { MessageDeps } from './message-service.js';
import type { ReplyMeta, Responder, ResponderInput } from './responder.js';

const HISTORY_FOR_REPLY = 20;
// The usual web-analytics visit boundary: first seen longer ago than this means a returning visitor.
const VISIT_GAP_MS = 30 * 60 * 1000;

/** Reads the message, updates facts, state and lead, then streams and stores Cathy's reply. */
export async function produceReply(deps: MessageDeps, session: SessionRef, message: MessageRecord): Promise<ChatMessage> {
  const { store, hub } = deps;
  // Independent reads and writes go together: each store round trip delays Cathy's first word.
  const [done, conversation, visitor] = await Promise.all([
    store.messages.replyTo(session.conversationId, message.id),
    store.conversations.byId(session.conversationId),
    store.visitors.byId(session.visitorId),
  ]);
  if (done) return toChatMessage(done);
  if (!conversation || !visitor) throw new AppError('NOT_FOUND', 'The conversation no longer exists.');
  const now = deps.now();

  const extraction = extract(message.text, { defaultCountry: session.site.defaultCountry });
  const locale = extraction.language ?? conversation.locale;
  const reading = readMessage(message.text, readingContext(conversation, session.site, now), extraction, deps.logger);
  const { facts, sources } = recall(conversation, reading, message, session.site, locale);
  const step = await contactStep({
    store,
    site: session.site,
    conversation,
    visitor,
    message,
    extraction,
    facts,
    ip: session.ip,
    userAgent: session.userAgent,
    now,
  });
  const [, history] = await Promise.all([
    store.conversations.update(conversation.id, {
      facts,
      locale,
      state: { ...step.state, sources },
      leadId: step.lead?.id ?? conversation.leadId,
      updatedAt: now,
    }),
    store.messages.latest(conversation.id, HISTORY_FOR_REPLY),
  ]);
  if (step.lead && step.announce) {
    // The callback time is the one Cathy's own reply promises (shortly, or when the team is back).
    const callback = teamHours(session.site, now, locale);
    hub.publish(conversation.id, 'lead:captured', { leadId: step.lead.id, fields: capturedFields(step.lead, conversation.id), callback });
  }
  if (step.lead && step.sent) {
    deps.onLead?.(step.created === true);
    deps.logger.info(
      { siteId: session.site.id, conversationId: conversation.id, leadId: step.lead.id, outcome: step.outcome.kind, jobs: step.lead.pendingJobs.length },
      'lead captured',
    );
  }
  if (step.outcome.kind === 'opted_out') {
    deps.logger.info({ siteId: session.site.id, conversationId: conversation.id, leadId: step.lead?.id }, 'visitor opted out');
  }

  const input: ResponderInput = {
    site: session.site,
    conversationId: conversation.id,
    locale,
    now,
    history: history.map(toChatMessage),
    text: message.text,
    extraction,
    facts,
    reading,
    state: step.state,
    contact: step.outcome,
    visitor: { returning: now.getTime() - visitor.createdAt.getTime() > VISIT_GAP_MS, pages: visitor.pages },
  };
  const replyId = uuidv7();
  hub.publish(conversation.id, 'typing', { on: true });
  const { text, meta } = await streamReply(deps, input, replyId, conversation.id);
  const disclosure = meta.asksForContact ? consentText(session.site, meta.language) : undefined;
  const reply: MessageRecord = {
    id: replyId,
    seq: uuidv7(),
    conversationId: conversation.id,
    siteId: session.site.id,
    visitorId: session.visitorId,
    role: 'assistant',
    text,
    replyTo: message.id,
    locale: meta.language,
    ...(disclosure ? { disclosure } : {}),
    createdAt: deps.now(),
  };
  await store.messages.insert(reply);
  const stored = await store.conversations.update(conversation.id, {
    state: {
      ...step.state,
      sources,
      ...meta.state,
      turn: step.state.turn + 1,
      ...(disclosure ? { disclosure: { text: disclosure, shownAt: reply.createdAt, messageId: reply.id } } : {}),
    },
    updatedAt: reply.createdAt,
  });
  if (!stored) {
    // The visitor was erased while Cathy answered (a model reply takes seconds): the erase may have swept the
    // messages, or the leads, before this run stored its reply or its lead, and neither may outlive the erase.
    await store.messages.deleteByVisitor(session.visitorId);
    await eraseFromLeads(store, [session.visitorId]);
    hub.publish(conversation.id, 'typing', { on: false });
    throw new AppError('NOT_FOUND', 'The conversation no longer exists.');
  }
  deps.onMessage?.('assistant');
  const wire = toChatMessage(reply);
  hub.publish(conversation.id, 'message:done', { message: wire });
  hub.publish(conversation.id, 'typing', { on: false });
  deps.enricher?.schedule({
    site: session.site,
    conversationId: conversation.id,
    leadChanged: step.lead !== undefined,
    serialize: (task) => deps.queue.run(conversation.id, task),
  });
  return wire;
}

async function streamReply(deps: MessageDeps, input: ResponderInput, replyId: string, conversationId: string) {
  try {
    return await collect(deps.responder, input, (delta) => deps.hub.publish(conversationId, 'message:delta', { messageId: replyId, delta }));
  } catch (error) {
    deps.logger.warn({ err: error, conversationId, responder: deps.responder.mode }, 'responder failed; offline reply used');
    // Deltas already sent are replaced: the client takes `message:done` as the final text.
    return collect(deps.fallback, input, () => undefined);
  }
}

async function collect(responder: Responder, input: ResponderInput, onDelta: (delta: string) => void): Promise<{ text: string; meta: ReplyMeta }> {
  let text = '';
  for await (const chunk of responder.respond(input)) {
    if (chunk.type === 'delta') {
      text += chunk.text;
      onDelta(chunk.text);
    } else {
      return { text: text.trim(), meta: chunk.meta };
    }
  }
  throw new Error(`Responder ${responder.mode} ended without a done chunk`);
}
