import type { BrowserContext, Page } from 'playwright-core';
import type { ChatMessage } from '../../../sdk/protocol/index.js';
import { SHOPPER_LINES } from '../../../server/test/support/chat.js';

interface PageLog {
  messages: ChatMessage[];
  deltas: number;
  cspViolations: string[];
}

declare global {
  interface Window {
    cathyTestLog: PageLog;
    dataLayer: Array<Record<string, unknown>>;
  }
}

/**
 * Listens the way a dealer's own page script can, through the documented `window.Cathy` queue, before any
 * page script runs; it also records CSP violations, which must stay at zero on the strict demo page.
 */
export async function recordChat(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const queue = function (...args: unknown[]) {
      (queue.q = queue.q ?? []).push(args);
    } as ((...args: unknown[]) => void) & { q?: unknown[][] };
    const cathy = ((window as unknown as { Cathy?: typeof queue }).Cathy ??= queue);
    const log: PageLog = { messages: [], deltas: 0, cspViolations: [] };
    window.cathyTestLog = log;
    cathy('on', 'message', (message: ChatMessage) => log.messages.push(message));
    cathy('on', 'delta', () => log.deltas++);
    document.addEventListener('securitypolicyviolation', (e) => log.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** Markdown marks the widget renders as formatting, so its visible text lacks them. */
const plain = (text: string) => text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/** The dealer page as a visitor meets it: the launcher and the chat dialog inside the widget's shadow root. */
export function dealerPage(page: Page) {
  const launcher = page.getByRole('button', { name: /^Chat with us/ });
  const dialog = page.getByRole('dialog');
  const input = dialog.getByRole('textbox', { name: 'Type your message' });
  const rows = dialog.locator('.cathy-row');

  /** Sends a line the way a visitor does and resolves with Cathy's reply once it is stored and rendered. */
  async function say(text: string): Promise<ChatMessage> {
    const before = await page.evaluate(() => window.cathyTestLog.messages.length);
    await input.fill(text);
    await input.press('Enter');
    const handle = await page.waitForFunction(
      ({ before, text }) => {
        const messages = window.cathyTestLog.messages.slice(before);
        const mine = messages.find((m) => m.role === 'visitor' && m.text === text);
        return (mine && messages.find((m) => m.role !== 'visitor' && m.replyTo === mine.id)) ?? false;
      },
      { before, text },
      { timeout: 10_000 },
    );
    const reply = (await handle.jsonValue()) as ChatMessage;
    await rows.filter({ hasText: plain(reply.text).slice(0, 40) }).last().waitFor();
    return reply;
  }

  return { launcher, dialog, input, rows, say };
}

/** Talks until Cathy asks for a number with the consent notice. */
export async function talkUntilPhoneAsked(say: (text: string) => Promise<ChatMessage>): Promise<ChatMessage> {
  for (const line of SHOPPER_LINES) {
    const reply = await say(line);
    if (reply.disclosure) return reply;
  }
  throw new Error('Cathy never asked for a phone number');
}
