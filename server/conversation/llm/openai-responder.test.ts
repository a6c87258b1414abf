// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/env.js';
import { DEFAULT_REPLY, MODEL_ENV, useModelMock } from '../../test/support/openai-mock.js';
import { composeReply } from '../offline/compose-reply.js';
import { buildInput, QUALIFIED } from '../offline/test-input.js';
import type { ResponderChunk, ResponderInput } from '../responder.js';
import type { GateVerdict, ModelGate } from './model-gate.js';
import { ModelTimeoutError } from './model-deltas.js';
import { createOpenAIClient } from './openai-client.js';
import { createOpenAIResponder } from './openai-responder.js';

const model = useModelMock();
const config = { ...loadConfig({ ...MODEL_ENV, OPENAI_TIMEOUT_MS: '1000' }).openai, apiKey: 'sk-test-key' };

function responderWith(verdict: GateVerdict = 'ok') {
  const calls: string[] = [];
  const gate: ModelGate = {
    check: () => verdict,
    answered: (_site, _now, tokens) => calls.push(`answered ${tokens}`),
    failed: () => calls.push('failed'),
  };
  return { calls, responder: createOpenAIResponder({ client: createOpenAIClient(config), config, gate }) };
}

async function run(responder: ReturnType<typeof responderWith>['responder'], input: ResponderInput) {
  const chunks: ResponderChunk[] = [];
  for await (const chunk of responder.respond(input)) chunks.push(chunk);
  return chunks;
}

describe('createOpenAIResponder', () => {
  it("streams the model's text and returns the offline policy's meta, so the disclosure and state stay deterministic", async () => {
    model.queueReplies({ pieces: ['Thanks, Maria!', " What's the best number to reach you?"], totalTokens: 420 });
    const { responder, calls } = responderWith();
    const input = buildInput({ text: 'sounds good', facts: QUALIFIED, state: { turn: 6 } });
    const chunks = await run(responder, input);
    expect(chunks.filter((c) => c.type === 'delta').map((c) => c.text).join('')).toBe("Thanks, Maria! What's the best number to reach you?");
    const done = chunks.at(-1);
    expect(done).toEqual({ type: 'done', meta: composeReply(input).meta });
    expect(done?.type === 'done' && done.meta.asksForContact).toBe(true);
    expect(calls).toEqual(['answered 420']);
    expect(model.replies.at(-1)).toMatchObject({ model: 'test-model', stream: true, max_tokens: 300, stream_options: { include_usage: true } });
  });

  it('asks again without stream_options when a compatible server refuses them, and stops sending them', async () => {
    model.queueReplies({ refuseStreamOptions: true });
    const before = model.replies.length;
    const { responder, calls } = responderWith();
    const chunks = await run(responder, buildInput({ text: 'hi' }));
    expect(chunks.filter((c) => c.type === 'delta').map((c) => c.text).join('')).toBe(DEFAULT_REPLY.join(''));
    expect(model.replies.slice(before).map((r) => 'stream_options' in r)).toEqual([true, false]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^answered \d+$/);

    await run(responder, buildInput({ text: 'and SUVs?' }));
    expect(model.replies.slice(before).map((r) => 'stream_options' in r)).toEqual([true, false, false]);
  });

  it('answers offline without calling the model while the gate is closed', async () => {
    const before = model.replies.length;
    const { responder } = responderWith('budget_spent');
    const input = buildInput({ text: 'hi' });
    const chunks = await run(responder, input);
    expect(chunks).toEqual([
      { type: 'delta', text: composeReply(input).text },
      { type: 'done', meta: composeReply(input).meta },
    ]);
    expect(model.replies.length).toBe(before);
  });

  it('throws a time-out when the stream goes silent, and counts it as a failure', async () => {
    model.queueReplies({ pieces: ['Let me'], then: 'stall' });
    const { responder, calls } = responderWith();
    await expect(run(responder, buildInput({ text: 'hi' }))).rejects.toBeInstanceOf(ModelTimeoutError);
    expect(calls).toEqual(['failed']);
  });
});
