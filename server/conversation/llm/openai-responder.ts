import OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { OpenAIConfig } from '../../config/env.js';
import { composeReply } from '../offline/compose-reply.js';
import { buildMessages } from '../prompt/build-messages.js';
import type { Responder } from '../responder.js';
import { coalesce, type CoalesceOptions } from './coalesce.js';
import { historyWindow } from './history-window.js';
import { modelDeltas, type DeltaOptions } from './model-deltas.js';
import type { ModelGate } from './model-gate.js';
import { replyLimit } from './openai-client.js';
import { replyMeta } from './reply-meta.js';
import { guardViolation, ReplyGuardError } from './reply-guard.js';
import { estimateTokens } from './token-estimate.js';

export interface OpenAIResponderDeps {
  client: OpenAI;
  config: OpenAIConfig;
  gate: ModelGate;
  /** History sent with each reply, by estimated tokens. */
  historyTokens?: number;
  coalesce?: CoalesceOptions;
}

const HISTORY_TOKENS = 1500;

/**
 * Cathy on a language model, streaming. The offline responder's policy still decides what the reply
 * must do (answer, ask for the phone, confirm consent): its decision is handed to the model as notes and
 * its `ReplyMeta` is returned, so the disclosure and conversation state stay deterministic.
 *
 * Model failures throw, and the reply pipeline answers with the offline reply instead; while the circuit
 * is open or the site's daily budget is spent, the offline reply is given here without calling the model.
 *
 * @example createOpenAIResponder({ client, config: config.openai, gate })
 */
export function createOpenAIResponder(deps: OpenAIResponderDeps): Responder {
  const { client, config, gate } = deps;
  // Some OpenAI-compatible servers refuse `stream_options`; after the first refusal, usage is estimated.
  let usageInStream = true;

  async function* deltas(params: Omit<ChatCompletionCreateParamsStreaming, 'stream_options'>, options: DeltaOptions): AsyncGenerator<string> {
    if (!usageInStream) return yield* modelDeltas(client, params, options);
    try {
      yield* modelDeltas(client, { ...params, stream_options: { include_usage: true } }, options);
    } catch (error) {
      // A refusal comes before any text, so asking again cannot repeat words to the visitor.
      if (!refusesStreamOptions(error)) throw error;
      usageInStream = false;
      yield* modelDeltas(client, params, options);
    }
  }

  return {
    mode: 'openai',
    async *respond(input, signal) {
      const plan = composeReply(input);
      if (gate.check(input.site, input.now) !== 'ok') {
        yield { type: 'delta', text: plan.text };
        yield { type: 'done', meta: plan.meta };
        return;
      }
      const messages = buildMessages(input, plan.meta, historyWindow(input.history, deps.historyTokens ?? HISTORY_TOKENS));
      const system = String(messages[0]?.content ?? '');
      const controller = new AbortController();
      const stop = () => controller.abort();
      signal?.addEventListener('abort', stop, { once: true });
      let usage: number | undefined;
      let text = '';
      try {
        const pieces = deltas(
          { model: config.model, messages, stream: true, ...replyLimit(config, config.maxTokens) },
          { timeoutMs: config.timeoutMs, signal: controller.signal, onUsage: (tokens) => (usage = tokens) },
        );
        for await (const piece of coalesce(pieces, deps.coalesce)) {
          text += piece;
          const rule = guardViolation(text, system);
          if (rule) throw new ReplyGuardError(rule);
          yield { type: 'delta', text: piece };
        }
        if (!text.trim()) throw new Error('The language model sent an empty reply.');
      } catch (error) {
        if (error instanceof ReplyGuardError) gate.answered(input.site, input.now, usage ?? estimate(messages, text));
        else gate.failed();
        throw error;
      } finally {
        controller.abort();
        signal?.removeEventListener('abort', stop);
      }
      gate.answered(input.site, input.now, usage ?? estimate(messages, text));
      yield { type: 'done', meta: replyMeta(plan.meta, text, input.state.phoneAsks) };
    },
  };
}

function refusesStreamOptions(error: unknown): boolean {
  return error instanceof OpenAI.BadRequestError && /stream_options|include_usage/i.test(error.message);
}

/** For servers that do not report usage in the stream. */
function estimate(messages: ReturnType<typeof buildMessages>, reply: string): number {
  return messages.reduce((sum, message) => sum + estimateTokens(String(message.content ?? '')), estimateTokens(reply));
}
