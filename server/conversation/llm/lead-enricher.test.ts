import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenAIConfig } from '../../config/env.js';
import { createLogger } from '../../logging/logger.js';
import { eraseVisitor } from '../../privacy/visitor-privacy.js';
import { makeConversation, makeLead, makeMessage, makeVisitor } from '../../store/contract/fixtures.js';
import { openEmbeddedStore } from '../../store/embedded/open-embedded-store.js';
import type { Store } from '../../store/store.js';
import { NO_FIELDS } from '../../test/support/openai-mock.js';
import { SITE } from '../offline/test-input.js';
import { createCircuitBreaker } from './circuit-breaker.js';
import { createLeadEnricher } from './lead-enricher.js';
import { createModelGate } from './model-gate.js';

const logger = createLogger('silent');
const config: OpenAIConfig = { model: 'test-model', baseURL: 'https://llm.test/v1', maxTokens: 300, timeoutMs: 1000, maxRetries: 0, dailyTokensPerSite: 1_000_000 };

describe('createLeadEnricher', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-enricher-'));
    store = await openEmbeddedStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("leaves a half-open circuit's one trial call free when the conversation is gone (erased) before the call", async () => {
    let time = 0;
    const breaker = createCircuitBreaker({ failures: 1, cooldownMs: 1000, now: () => time });
    breaker.failure();
    time += 1000;
    const calls: string[] = [];
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: config.baseURL, maxRetries: 0, fetch: async (url) => (calls.push(String(url)), new Response('{}', { status: 500 })) });
    const gate = createModelGate({ dailyTokensPerSite: config.dailyTokensPerSite, logger, breaker });
    const enricher = createLeadEnricher({ client, config, gate, store, logger, now: () => new Date() });

    enricher.schedule({ site: SITE, conversationId: 'erased-conversation', leadChanged: false, announce: () => undefined, serialize: (task) => task() });
    await enricher.idle();

    expect(calls).toEqual([]);
    expect(breaker.allows()).toBe(true);
  });

  it('writes nothing back when the visitor is erased while the model reads the conversation', async () => {
    const visitor = makeVisitor(SITE.id);
    const lead0 = makeLead(makeConversation(visitor));
    const conversation = makeConversation(visitor, { id: lead0.conversationId, leadId: lead0.id });
    await store.visitors.insert(visitor);
    await store.conversations.insert(conversation);
    await store.messages.insert(makeMessage(conversation, { text: "I'm Ana, rebuilding my credit" }));
    await store.leads.save(lead0);
    let calls = 0;
    const answer = { ...NO_FIELDS, firstName: 'Ana', credit: 'rebuilding my credit', summary: 'Ana is rebuilding her credit.' };
    const client = new OpenAI({
      apiKey: 'sk-test',
      baseURL: config.baseURL,
      maxRetries: 0,
      fetch: async () => {
        calls += 1;
        await eraseVisitor(store, SITE.id, visitor.id, { dataDir: dir, now: new Date() });
        const completion = { id: 'x', object: 'chat.completion', created: 0, model: 'test-model', choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(answer), refusal: null }, finish_reason: 'stop' }] };
        return Response.json(completion);
      },
    });
    const gate = createModelGate({ dailyTokensPerSite: config.dailyTokensPerSite, logger });
    const enricher = createLeadEnricher({ client, config, gate, store, logger, now: () => new Date() });

    enricher.schedule({ site: SITE, conversationId: conversation.id, leadChanged: true, announce: () => undefined, serialize: (task) => task() });
    await enricher.idle();

    expect(calls).toBe(1);
    expect(await store.conversations.listByVisitor(visitor.id)).toEqual([]);
    expect(await store.leads.listByVisitor(visitor.id)).toEqual([]);
    expect(await store.messages.listByVisitor(visitor.id)).toEqual([]);
  });

  it("tells the dealer's people what it changed: the inbox row for new facts, the lead card once there is a lead, nothing when it read nothing new", async () => {
    const visitor = makeVisitor(SITE.id);
    const conversation = makeConversation(visitor);
    await store.visitors.insert(visitor);
    await store.conversations.insert(conversation);
    await store.messages.insert(makeMessage(conversation, { text: "I'm Ana, I want a minivan" }));
    // A summary is asked for once there is a lead.
    const answer = { ...NO_FIELDS, firstName: 'Ana', summary: 'Ana wants a minivan.' };
    const client = new OpenAI({
      apiKey: 'sk-test',
      baseURL: config.baseURL,
      maxRetries: 0,
      fetch: async () => {
        const completion = { id: 'x', object: 'chat.completion', created: 0, model: 'test-model', choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(answer), refusal: null }, finish_reason: 'stop' }] };
        return Response.json(completion);
      },
    });
    const gate = createModelGate({ dailyTokensPerSite: config.dailyTokensPerSite, logger });
    const enricher = createLeadEnricher({ client, config, gate, store, logger, now: () => new Date() });
    const announced: string[] = [];
    const run = async (leadChanged: boolean) => {
      enricher.schedule({ site: SITE, conversationId: conversation.id, leadChanged, announce: (kind) => announced.push(kind), serialize: (task) => task() });
      await enricher.idle();
    };

    await run(false);
    expect(announced).toEqual(['facts']);
    await run(false);
    expect(announced).toEqual(['facts']);
    const lead = makeLead(conversation);
    await store.leads.save(lead);
    await store.conversations.update(conversation.id, { leadId: lead.id });
    await run(true);
    expect(announced).toEqual(['facts', 'lead']);
  });
});
