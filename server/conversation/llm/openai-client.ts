import OpenAI from 'openai';
import type { OpenAIConfig } from '../../config/env.js';

/**
 * The `openai` client for Cathy: OpenAI itself, or any OpenAI-compatible server at `baseURL`. Retries are
 * bounded by config and every request times out; the package's own console logging is off because
 * failures reach our logger (masked) through the callers.
 *
 * @example createOpenAIClient({ ...config.openai, apiKey: 'sk-…' }).chat.completions.create(…)
 */
export function createOpenAIClient(config: OpenAIConfig & { apiKey: string }): OpenAI {
  return new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    maxRetries: config.maxRetries,
    timeout: config.timeoutMs,
    logLevel: 'off',
  });
}

/**
 * The reply-length parameter the endpoint understands: OpenAI's newer models refuse `max_tokens`, while
 * many compatible servers only know it.
 */
export function replyLimit(config: Pick<OpenAIConfig, 'baseURL'>, tokens: number): { max_tokens: number } | { max_completion_tokens: number } {
  return config.baseURL ? { max_tokens: tokens } : { max_completion_tokens: tokens };
}
