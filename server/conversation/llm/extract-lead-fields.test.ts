import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import type { OpenAIConfig } from '../../config/env.js';
import { extractLeadFields } from './extract-lead-fields.js';

const config: OpenAIConfig = { model: 'test-model', baseURL: 'https://llm.test/v1', maxTokens: 300, timeoutMs: 200, maxRetries: 0, dailyTokensPerSite: 1_000_000 };

/** A model endpoint that sends its headers, then never the body. */
const stalledFetch: typeof fetch = async (_url, init) => {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
};

describe('extractLeadFields', () => {
  it('gives up when the response stalls after its headers, which the client time-out no longer covers', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: config.baseURL, fetch: stalledFetch, timeout: config.timeoutMs, maxRetries: 0 });
    const transcript = [{ id: 'm1', conversationId: 'c1', role: 'visitor' as const, text: 'hi', createdAt: new Date().toISOString() }];
    const started = Date.now();
    const outcome = await Promise.race([
      extractLeadFields(client, config, transcript, { summary: false }).then(() => 'answered', () => 'gave up'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2000)),
    ]);
    expect(outcome).toBe('gave up');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
