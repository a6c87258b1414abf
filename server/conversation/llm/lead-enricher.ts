import type OpenAI from 'openai';
import type { OpenAIConfig } from '../../config/env.js';
import { refreshLeadFacts } from '../../leads/lead-service.js';
import type { Logger } from '../../logging/logger.js';
import type { Store } from '../../store/store.js';
import { createKeyedQueue } from '../../concurrency/keyed-queue.js';
import { toChatMessage } from '../../wire/message-dto.js';
import type { EnrichmentJob, ReplyEnricher } from '../reply-enricher.js';
import { extractLeadFields, type ExtractedLead } from './extract-lead-fields.js';
import { historyWindow } from './history-window.js';
import { mergeLeadFields } from './merge-lead-fields.js';
import type { ModelGate } from './model-gate.js';

export interface LeadEnricherDeps {
  client: OpenAI;
  config: OpenAIConfig;
  gate: ModelGate;
  store: Store;
  logger: Logger;
  now: () => Date;
}

const TRANSCRIPT_MESSAGES = 40;
const TRANSCRIPT_TOKENS = 3000;

/**
 * After each exchange, reads the lead fields (and, once a lead exists, a summary for the salesperson)
 * from the conversation with one structured-output call, then merges them into the conversation's
 * facts and the lead. Runs after the reply is sent, so the visitor never waits for it; a failure only
 * means the deterministic capture's facts and summary stand.
 *
 * @example createLeadEnricher({ client, config, gate, store, logger, now }).schedule(job)
 */
export function createLeadEnricher(deps: LeadEnricherDeps): ReplyEnricher {
  const queue = createKeyedQueue();
  return {
    schedule(job) {
      queue.run(job.conversationId, () => enrich(deps, job)).catch((error: unknown) => {
        deps.logger.warn({ err: error, siteId: job.site.id, conversationId: job.conversationId }, 'lead extraction failed; captured facts unchanged');
      });
    },
    idle: () => queue.idle(),
  };
}

async function enrich(deps: LeadEnricherDeps, job: EnrichmentJob): Promise<void> {
  const { store, gate } = deps;
  const conversation = await store.conversations.byId(job.conversationId);
  if (!conversation) return;
  const history = (await store.messages.latest(job.conversationId, TRANSCRIPT_MESSAGES)).map(toChatMessage);
  // Asked right before the call: an 'ok' from a half-open circuit is its one trial call, which only a
  // reported success or failure gives back.
  const started = deps.now();
  if (gate.check(job.site, started) !== 'ok') return;
  let extracted: ExtractedLead;
  try {
    extracted = await extractLeadFields(deps.client, deps.config, historyWindow(history, TRANSCRIPT_TOKENS), {
      summary: conversation.leadId !== undefined,
    });
  } catch (error) {
    gate.failed();
    throw error;
  }
  gate.answered(job.site, started, extracted.tokens);
  await job.serialize(() => apply(deps, job, extracted));
}

/** Reads the conversation again inside the reply queue: a reply may have changed it meanwhile. */
async function apply(deps: LeadEnricherDeps, job: EnrichmentJob, extracted: ExtractedLead): Promise<void> {
  const { store } = deps;
  const conversation = await store.conversations.byId(job.conversationId);
  if (!conversation) return;
  const now = deps.now();
  const facts = mergeLeadFields(conversation.facts, extracted.fields, conversation.state.sources);
  const changed = JSON.stringify(facts) !== JSON.stringify(conversation.facts);
  if (changed) await store.conversations.update(conversation.id, { facts, updatedAt: now });
  const pending = conversation.state.pendingContact;
  const missed = (['phone', 'email'] as const).filter((field) => extracted.fields[field] && !facts[field] && !pending?.[field]);
  if (missed.length > 0) {
    deps.logger.debug({ siteId: job.site.id, conversationId: conversation.id, missed }, 'the model read contact details the capture did not');
  }
  const lead = conversation.leadId && (changed || job.leadChanged) ? await store.leads.byId(conversation.leadId) : null;
  if (lead) await refreshLeadFacts(store, lead, conversation.id, facts, now, extracted.summary);
  if (lead) job.announce('lead');
  else if (changed) job.announce('facts');
}
