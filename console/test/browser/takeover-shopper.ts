import type { Browser, BrowserContext, Page } from 'playwright-core';
import { blockSocketIo } from '../../../bench/support/staff-console.js';
import { readEventStream } from '../../../sdk/client/event-stream.js';
import type { ChatMessage } from '../../../sdk/protocol/index.js';
import { dealerPage, recordChat } from '../../../examples/dealer-site/test/dealer-page.js';

/** One event read off the visitor's `GET /v1/conversations/:id/events` stream, as the page received it. */
export interface StreamedEvent {
  event: string;
  data: unknown;
}

type StreamLog = Window & { cathyEventStream: string[] };

/**
 * Copies the bytes of the HTTP fallback's events streams into `window.cathyEventStream` (one string per stream)
 * as the page's own `fetch` receives them, so a test can tell what arrived over that stream rather than over a
 * socket or a reply.
 */
async function recordEventStream(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const streams: string[] = [];
    (window as unknown as StreamLog).cathyEventStream = streams;
    const original = window.fetch.bind(window);
    const copy = async (body: ReadableStream<Uint8Array>, index: number) => {
      const decoder = new TextDecoder();
      for await (const chunk of body) streams[index] += decoder.decode(chunk, { stream: true });
    };
    window.fetch = async (input, init) => {
      const response = await original(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!/\/v1\/conversations\/[^/?]+\/events(\?|$)/.test(url) || !response.body) return response;
      const [page, recorded] = response.body.tee();
      copy(recorded, streams.push('') - 1).catch(() => undefined);
      return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
  });
}

/** The events the page's events streams carried so far, read the way the SDK reads them. */
export async function eventStream(page: Page): Promise<StreamedEvent[]> {
  const streams = await page.evaluate(() => (window as unknown as StreamLog).cathyEventStream);
  const events: StreamedEvent[] = [];
  for (const text of streams) await readEventStream(new Response(text).body!, (event, data) => events.push({ event, data }));
  return events;
}

export type Shopper = Awaited<ReturnType<typeof openShopper>>;

/** A shopper on the demo page with the chat open; `http` forces the widget onto the HTTP fallback. */
export async function openShopper(browser: Browser, serverUrl: string, options: { http?: boolean } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await recordChat(context);
  await recordEventStream(context);
  const blocked = options.http ? await blockSocketIo(context) : null;
  const page = await context.newPage();
  await page.goto(`${serverUrl}/demo/`);
  const chat = dealerPage(page);
  await chat.launcher.click();
  await chat.dialog.waitFor({ state: 'visible' });

  const messages = (): Promise<ChatMessage[]> => page.evaluate(() => window.cathyTestLog.messages);
  /** Sends a line and resolves once the server stored it, without waiting for any answer (a person may hold the chat). */
  async function post(text: string): Promise<ChatMessage> {
    await chat.input.fill(text);
    await chat.input.press('Enter');
    const handle = await page.waitForFunction(
      (text) => window.cathyTestLog.messages.find((m) => m.role === 'visitor' && m.text === text) ?? false,
      text,
      { timeout: 10_000 },
    );
    return (await handle.jsonValue()) as ChatMessage;
  }
  return { context, page, chat, blocked, messages, post, deltas: () => page.evaluate(() => window.cathyTestLog.deltas) };
}
