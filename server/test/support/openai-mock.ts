import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { ChatCompletionCreateParams } from 'openai/resources/chat/completions';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { LeadFields } from '../../conversation/llm/lead-fields-schema.js';

/** A host msw answers for; nothing listens there. */
export const MODEL_URL = 'https://llm.test/v1';

/** Server environment that points Cathy at the mock model; no retries, so one request per reply. */
export const MODEL_ENV: Record<string, string> = {
  OPENAI_API_KEY: 'sk-test-key',
  OPENAI_BASE_URL: MODEL_URL,
  OPENAI_MODEL: 'test-model',
  OPENAI_MAX_RETRIES: '0',
  OPENAI_TIMEOUT_MS: '1500',
};

/** How the mock answers one streamed reply. */
export type ReplyScript =
  | {
      pieces: string[];
      /** Pause before each piece. */
      delayMs?: number;
      /** After the pieces: the connection breaks, a chunk is not JSON, or the stream goes silent. */
      then?: 'error' | 'malformed' | 'stall';
      /** Reported in the usage chunk when the request asks for it. */
      totalTokens?: number;
    }
  | { status: number }
  /** An OpenAI-compatible server that does not know `stream_options`: refuses each request that has it. */
  | { refuseStreamOptions: true };

export const NO_FIELDS: LeadFields = {
  firstName: null,
  lastName: null,
  phone: null,
  email: null,
  vehicle: null,
  condition: null,
  budget: null,
  tradeIn: null,
  credit: null,
  timeframe: null,
  callTime: null,
  language: null,
};

export const DEFAULT_REPLY = ['Happy', ' to help', '! What kind', ' of vehicle', ' are you', ' looking for?'];
/** What the mock model says when the server's notes ask it to request a phone number, as a real model would. */
export const PHONE_ASK_REPLY = ['Thanks', '! What is the best', ' phone number', ' to reach you?'];

const notesAskForPhone = (body: ChatCompletionCreateParams) =>
  body.messages.some((m) => m.role === 'system' && typeof m.content === 'string' && m.content.includes('best phone number'));

export interface ModelMock {
  /** Every streamed reply request, in order. */
  replies: ChatCompletionCreateParams[];
  /** Every structured lead-extraction request, in order. */
  extractions: ChatCompletionCreateParams[];
  /** Scripts for the next streamed replies; once used up, the default reply (a phone ask when the notes say so). */
  queueReplies(...scripts: ReplyScript[]): void;
  /** Fields (and summary) every extraction answers from now on. */
  setExtraction(fields: Partial<LeadFields>, summary?: string): void;
  /** Extractions answer with this HTTP status until the test ends. */
  failExtractions(status: number): void;
}

const encoder = new TextEncoder();
const sse = (data: unknown) => encoder.encode(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function chunk(choices: unknown[], extra: Record<string, unknown> = {}) {
  return { id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'test-model', system_fingerprint: null, choices, ...extra };
}

/** The Chat Completions SSE stream, as OpenAI sends it: role, content deltas, finish, usage, `[DONE]`. */
function replyStream(script: Extract<ReplyScript, { pieces: string[] }>, includeUsage: boolean): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream({
    async start(controller) {
      const send = (bytes: Uint8Array) => {
        if (!cancelled) controller.enqueue(bytes);
      };
      send(sse(chunk([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }])));
      for (const piece of script.pieces) {
        if (script.delayMs) await sleep(script.delayMs);
        send(sse(chunk([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }])));
      }
      if (cancelled) return;
      if (script.then === 'error') return controller.error(new Error('connection reset by the model'));
      if (script.then === 'malformed') {
        send(encoder.encode('data: {"id":"chatcmpl-test","choices":[{"delta":\n\n'));
        return controller.close();
      }
      if (script.then === 'stall') return;
      send(sse(chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }])));
      if (includeUsage) {
        const total = script.totalTokens ?? 100;
        send(sse(chunk([], { usage: { prompt_tokens: total - 10, completion_tokens: 10, total_tokens: total } })));
      }
      send(sse('[DONE]'));
      controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
}

function extractionCompletion(fields: LeadFields, summary: string | undefined, wantsSummary: boolean) {
  const content = JSON.stringify(wantsSummary ? { ...fields, summary: summary ?? 'A visitor chatted with Cathy.' } : fields);
  return {
    id: 'chatcmpl-extract',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 300, completion_tokens: 60, total_tokens: 360 },
  };
}

/**
 * The model API for a test file, with msw: the real `openai` client in the server (running in this
 * process) talks HTTP to it; everything else (the server on 127.0.0.1, socket.io) passes through.
 */
export function useModelMock(): ModelMock {
  let scripts: ReplyScript[] = [];
  let extraction: { fields: LeadFields; summary?: string } = { fields: NO_FIELDS };
  let extractionStatus: number | undefined;
  const mock: ModelMock = {
    replies: [],
    extractions: [],
    queueReplies: (...next) => scripts.push(...next),
    setExtraction: (fields, summary) => {
      extraction = { fields: { ...NO_FIELDS, ...fields }, summary };
    },
    failExtractions: (status) => {
      extractionStatus = status;
    },
  };
  const server = setupServer(
    http.post(`${MODEL_URL}/chat/completions`, async ({ request }) => {
      const body = (await request.json()) as ChatCompletionCreateParams;
      if (body.response_format?.type === 'json_schema') {
        mock.extractions.push(body);
        if (extractionStatus) return HttpResponse.json({ error: { message: 'model unavailable', type: 'server_error' } }, { status: extractionStatus });
        const schema = body.response_format.json_schema.schema as { properties?: Record<string, unknown> };
        const wantsSummary = 'summary' in (schema.properties ?? {});
        return HttpResponse.json(extractionCompletion(extraction.fields, extraction.summary, wantsSummary));
      }
      mock.replies.push(body);
      const script = scripts.shift() ?? { pieces: notesAskForPhone(body) ? PHONE_ASK_REPLY : DEFAULT_REPLY };
      if ('refuseStreamOptions' in script) {
        if (body.stream_options) {
          return HttpResponse.json({ error: { message: 'Unrecognized request argument supplied: stream_options', type: 'invalid_request_error', code: null, param: 'stream_options' } }, { status: 400 });
        }
        return new HttpResponse(replyStream({ pieces: DEFAULT_REPLY }, false), { headers: { 'Content-Type': 'text/event-stream' } });
      }
      if ('status' in script) {
        return HttpResponse.json({ error: { message: 'model unavailable', type: 'server_error', code: null, param: null } }, { status: script.status });
      }
      const includeUsage = body.stream_options?.include_usage === true;
      return new HttpResponse(replyStream(script, includeUsage), { headers: { 'Content-Type': 'text/event-stream' } });
    }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
  afterEach(() => {
    scripts = [];
    extraction = { fields: NO_FIELDS };
    extractionStatus = undefined;
  });
  afterAll(() => server.close());
  return mock;
}

/** The text of a request's messages of one role. */
export function contents(body: ChatCompletionCreateParams, role: 'system' | 'user' | 'assistant'): string[] {
  return body.messages.filter((message) => message.role === role).map((message) => String(message.content));
}
