import type { Browser, BrowserContext, Page } from 'playwright-core';
import { blockSocketIo } from '../../../bench/support/staff-console.js';
import type { ChatMessage } from '../../../sdk/protocol/index.js';
import { dealerPage, recordChat } from '../../../examples/dealer-site/test/dealer-page.js';

/** One event read off the visitor's `GET /v1/conversations/:id/events` stream, as the page received it. */
export interface StreamedEvent {
  event: string;
  data: unknown;
}

type StreamLog = Window & { cathyEventStream: StreamedEvent[] };

/**
 * Copies every event of the HTTP fallback's events stream into `window.cathyEventStream` as the page's own
 * `fetch` receives it, so a test can tell what arrived over that stream rather than over a socket or a reply.
 */
async function recordEventStream(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const log: StreamedEvent[] = [];
    (window as unknown as StreamLog).cathyEventStream = log;
    const original = window.fetch.bind(window);
    const read = async (body: ReadableStream<Uint8Array>) => {
      const reader = body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const lines = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          const event = lines.find((line) => line.startsWith('event:'))?.slice(6).trim();
          const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim());
          if (event && data.length > 0) log.push({ event, data: JSON.parse(data.join('\n')) as unknown });
        }
      }
    };
    window.fetch = async (input, init) => {
      const response = await original(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!/\/v1\/conversations\/[^/?]+\/events(\?|$)/.test(url) || !response.body) return response;
      const [page, copy] = response.body.tee();
      read(copy).catch(() => undefined);
      return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
  });
}

export const eventStream = (page: Page): Promise<StreamedEvent[]> => page.evaluate(() => (window as unknown as StreamLog).cathyEventStream);

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
