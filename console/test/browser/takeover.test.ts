import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium } from '../../../bench/support/chromium.js';
import { ensureClientBuild, ROOT } from '../../../bench/support/client-build.js';
import { openAllDay, signInToConsole, startWorkspace, type Workspace } from '../../../bench/support/staff-console.js';
import type { ChatMessage, PresenceEntry } from '../../../sdk/protocol/index.js';
import { findSite, updateSite } from '../../../server/sites/site-service.js';
import { eventually } from '../../../server/test/support/lead.js';
import { startTestReceiver, type TestReceiver } from '../../../server/test/support/webhook-receiver.js';
import { axeViolations, cspViolations, recordCspViolations } from './page-checks.js';
import { eventStream, openShopper, type Shopper } from './takeover-shopper.js';

/** Screenshots for a human to look at after CI; ignored by git. */
const CONSOLE_ARTIFACTS = path.join(ROOT, 'test-artifacts', 'console');
const WIDGET_ARTIFACTS = path.join(ROOT, 'test-artifacts', 'widget');
const DESKTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };
const LIVE_MS = 15_000;
/** The salesperson's first name, as shoppers see it, and the demo dealership's name. */
const AGENT = 'Sam';
const DEALER = 'Sunrise Auto (demo)';

let workspace: Workspace;
let receiver: TestReceiver;
let browser: Browser;
let staff: Page;
let persona: string;
const shoppers: Shopper[] = [];

async function shopper(options: { http?: boolean } = {}): Promise<Shopper> {
  const opened = await openShopper(browser, workspace.server.url, options);
  shoppers.push(opened);
  return opened;
}

async function setHandoffTimeout(seconds: number): Promise<void> {
  await workspace.server.store.sites.update(workspace.siteId, { handoff: { timeoutSeconds: seconds, rules: [] } });
}

/** Cathy's messages stored in the conversation. */
async function assistantCount(conversationId: string): Promise<number> {
  const records = await workspace.server.store.messages.after(conversationId, undefined, 500);
  return records.filter((m) => m.role === 'assistant').length;
}

/** The console page's view of its team's presence, through its own session. */
const presence = () =>
  staff.evaluate(async (siteId) => {
    const res = await fetch(`/v1/staff/sites/${siteId}/presence`, { credentials: 'same-origin' });
    return res.ok ? ((await res.json()) as { staff: PresenceEntry[] }).staff : [];
  }, workspace.siteId);

/** The console, as the salesperson works it. */
const console_ = {
  alert: () => staff.getByRole('alert').filter({ hasText: 'A shopper is waiting for a person' }),
  waitingRow: () => staff.locator('a[data-row]').filter({ hasText: 'Waiting' }),
  transcript: () => staff.getByRole('log'),
  takeOver: () => staff.getByRole('button', { name: 'Take over' }),
  handBack: () => staff.getByRole('button', { name: `Hand back to ${persona}` }),
  composer: () => staff.getByRole('textbox', { name: 'Message to the shopper' }),
  send: () => staff.getByRole('button', { name: 'Send', exact: true }),
  shopperTyping: () => staff.getByText('The shopper is typing…'),
};

/**
 * The salesperson at the inbox, online: Cathy promises a person only when one is, so wait until the console's socket
 * counts this one in.
 */
async function atInbox(): Promise<void> {
  await staff.goto(`${workspace.server.url}/console/`);
  await staff.getByRole('heading', { name: 'Inbox' }).waitFor();
  await eventually(presence, (entries) => entries.some((e) => e.status === 'online'), LIVE_MS);
  // The console shows it too, also after this reload: its list request, answered after its socket's live presence
  // event, must not undo it.
  await staff.getByText('1 online').waitFor({ timeout: LIVE_MS });
}

/** The shopper asks for a person and Cathy promises one; the console alerts and lists the chat as waiting. */
async function askForAPerson(shopper: Shopper): Promise<string> {
  const promise = await shopper.chat.say('can I talk to a real person?');
  expect(promise.text).toMatch(/someone will join/i);
  await console_.alert().first().waitFor({ timeout: LIVE_MS });
  await console_.waitingRow().first().waitFor({ timeout: LIVE_MS });
  return promise.conversationId;
}

/**
 * The whole takeover, both sides: take over, messages and typing both ways while Cathy stays silent, hand back,
 * and Cathy answers the next message. Returns the shopper's lines written while the salesperson held the chat.
 */
async function takeOverAndHandBack(shopper: Shopper, conversationId: string, screenshots: boolean): Promise<ChatMessage[]> {
  const { chat } = shopper;
  await console_.waitingRow().first().click();
  await console_.transcript().getByText('can I talk to a real person?').waitFor();
  const assistantBefore = await assistantCount(conversationId);
  const deltasBefore = await shopper.deltas();

  await console_.takeOver().click();
  await console_.handBack().waitFor({ timeout: LIVE_MS });
  await chat.dialog.getByText(`${AGENT} from ${DEALER} joined`).waitFor({ timeout: LIVE_MS });
  await chat.dialog.getByRole('heading', { name: AGENT }).waitFor();

  if (screenshots) {
    await shopper.page.screenshot({ path: path.join(WIDGET_ARTIFACTS, 'agent-joined-1280x800.png') });
    expect(await axeViolations(shopper.page, 'cathy-chat'), 'widget with the person joined').toEqual([]);
    expect(await axeViolations(staff), 'console takeover view').toEqual([]);
    await staff.screenshot({ path: path.join(CONSOLE_ARTIFACTS, 'takeover-1366x800.png') });
    await staff.setViewportSize(PHONE);
    await staff.screenshot({ path: path.join(CONSOLE_ARTIFACTS, 'takeover-390x844.png') });
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await staff.setViewportSize(DESKTOP);
  }

  // The shopper types: the salesperson sees it, then the line itself in the transcript.
  await chat.input.pressSequentially('Is the blue', { delay: 40 });
  await console_.shopperTyping().first().waitFor({ timeout: LIVE_MS });
  await chat.input.fill('');
  const held = [await shopper.post('Hi Sam! Is the blue CR-V still on the lot?')];
  await console_.transcript().getByText('Is the blue CR-V still on the lot?').waitFor({ timeout: LIVE_MS });

  // The salesperson types: the shopper sees who, then the message with the name.
  await console_.composer().pressSequentially('Yes, it is', { delay: 40 });
  await chat.dialog.getByRole('img', { name: `${AGENT} is typing` }).waitFor({ timeout: LIVE_MS });
  await console_.composer().fill('Yes, it is here. Want to see it today at 5?');
  await console_.send().click();
  const reply = await shopper.page.waitForFunction(
    () => window.cathyTestLog.messages.find((m) => m.role === 'agent' && m.text === 'Yes, it is here. Want to see it today at 5?') ?? false,
    undefined,
    { timeout: LIVE_MS },
  );
  expect(((await reply.jsonValue()) as ChatMessage).author?.name).toBe(AGENT);
  await chat.rows.filter({ hasText: 'Want to see it today at 5?' }).filter({ hasText: AGENT }).waitFor();
  await console_.transcript().getByText('Want to see it today at 5?').waitFor();

  held.push(await shopper.post('Perfect, see you at 5'));
  await console_.transcript().getByText('Perfect, see you at 5').waitFor({ timeout: LIVE_MS });
  await console_.composer().fill('Great, ask for me at the front desk.');
  await console_.send().click();
  await chat.rows.filter({ hasText: 'ask for me at the front desk' }).waitFor({ timeout: LIVE_MS });

  // While the salesperson held the chat, Cathy wrote nothing: not a stored message, not a streamed piece.
  expect(await assistantCount(conversationId)).toBe(assistantBefore);
  expect(await shopper.deltas()).toBe(deltasBefore);
  expect((await shopper.messages()).filter((m) => m.role === 'assistant' && held.some((h) => h.id === m.replyTo))).toEqual([]);

  await console_.handBack().click();
  await console_.takeOver().waitFor({ timeout: LIVE_MS });
  await chat.dialog.getByText(`${AGENT} left — ${persona} is back`).waitFor({ timeout: LIVE_MS });
  await chat.dialog.getByRole('heading', { name: persona }).waitFor();
  const answer = await chat.say('Thanks! Are you open on Sunday?');
  expect(answer.role).toBe('assistant');
  return held;
}

describe.skipIf(!browserAvailable())('live takeover in Chromium: a salesperson and a shopper on the demo site', () => {
  beforeAll(async () => {
    await ensureClientBuild();
    receiver = await startTestReceiver();
    [workspace, browser] = await Promise.all([
      startWorkspace({ role: 'salesperson', env: { WEBHOOK_ALLOW_PRIVATE: '1' }, webhook: { url: receiver.url, secret: receiver.secret } }),
      launchChromium(),
    ]);
    const demo = await findSite(workspace.server.store, workspace.siteId);
    // Open whenever this runs, so a shopper who asks for a person waits for one instead of hearing the hours.
    await updateSite(workspace.server.store, demo!, openAllDay());
    persona = demo!.persona.name;
    await setHandoffTimeout(600);
    await Promise.all([mkdir(CONSOLE_ARTIFACTS, { recursive: true }), mkdir(WIDGET_ARTIFACTS, { recursive: true })]);

    const context = await browser.newContext({ viewport: DESKTOP });
    staff = await context.newPage();
    await recordCspViolations(staff);
    await signInToConsole(staff, workspace);
  }, 180_000);

  afterAll(async () => {
    for (const opened of shoppers) await opened.context.close();
    await staff?.context().close();
    await browser?.close();
    await receiver?.close();
    await workspace?.server.destroy();
  });

  it('alerts the salesperson, who takes over, talks with the shopper while Cathy keeps quiet, and hands back to her', async () => {
    await atInbox();
    const visitor = await shopper();
    const conversationId = await askForAPerson(visitor);
    // The dealer's own systems hear of it too, signed like every webhook.
    await eventually(
      async () => [...receiver.events.values()],
      (events) => events.some((e) => e.type === 'conversation.escalated' && JSON.stringify(e.data).includes(conversationId)),
      LIVE_MS,
    );
    const held = await takeOverAndHandBack(visitor, conversationId, true);

    // Not even later: the lines the salesperson answered never get a reply from Cathy.
    const records = await workspace.server.store.messages.after(conversationId, undefined, 500);
    expect(records.filter((m) => m.role === 'assistant' && held.some((h) => h.id === m.replyTo))).toEqual([]);
    expect(records.filter((m) => m.role === 'agent').map((m) => m.author?.name)).toEqual([AGENT, AGENT]);
    const conversation = await workspace.server.store.conversations.byId(conversationId);
    expect(conversation?.handoff?.escalation?.status).toBe('taken');
    expect(conversation?.handoff?.log.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['escalated', 'taken', 'handed_back']));
    expect(await cspViolations(staff)).toEqual([]);
    expect(await visitor.page.evaluate(() => window.cathyTestLog.cspViolations)).toEqual([]);
  }, 120_000);

  it('works the same with the shopper on the HTTP fallback, the person’s words arriving over the events stream', async () => {
    await atInbox();
    const visitor = await shopper({ http: true });
    const conversationId = await askForAPerson(visitor);
    await takeOverAndHandBack(visitor, conversationId, false);

    expect(visitor.blocked?.attempts()).toBeGreaterThan(0);
    const streamed = await eventStream(visitor.page);
    const names = streamed.map((e) => e.event);
    expect(names).toEqual(expect.arrayContaining(['agent:joined', 'agent:left', 'typing']));
    const agentWords = streamed
      .filter((e) => e.event === 'message:done')
      .map((e) => (e.data as { message: ChatMessage }).message)
      .filter((m) => m.role === 'agent')
      .map((m) => m.text);
    expect(agentWords).toEqual(['Yes, it is here. Want to see it today at 5?', 'Great, ask for me at the front desk.']);
    expect(streamed.filter((e) => e.event === 'typing').map((e) => (e.data as { role?: string }).role)).toContain('agent');
  }, 120_000);

  it('tells the shopper honestly when nobody takes over in time, and records the escalation as missed until they leave a number', async () => {
    await setHandoffTimeout(5);
    await atInbox();
    const visitor = await shopper();
    const conversationId = await askForAPerson(visitor);

    // Cathy's one honest message at the deadline: answering no line of the shopper's, asking for the number.
    const fallback = await visitor.page.waitForFunction(
      (promised) => window.cathyTestLog.messages.find((m) => m.role === 'assistant' && !m.replyTo && m.createdAt > promised) ?? false,
      (await visitor.messages()).at(-1)!.createdAt,
      { timeout: 30_000 },
    );
    const said = (await fallback.jsonValue()) as ChatMessage;
    expect(said.disclosure).toBeTruthy();
    await visitor.chat.rows.filter({ hasText: said.text.slice(0, 30) }).waitFor();
    const missed = await eventually(
      () => workspace.server.store.conversations.byId(conversationId),
      (c) => c?.handoff?.escalation?.status === 'missed',
      LIVE_MS,
    );
    expect(missed?.handoff?.log.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['escalated', 'timed_out', 'missed']));

    await visitor.chat.say('Sure, call me at (305) 742-5519');
    const called = await eventually(
      () => workspace.server.store.conversations.byId(conversationId),
      (c) => c?.handoff?.escalation?.status === 'callback',
      LIVE_MS,
    );
    expect(called?.handoff?.log.at(-1)?.kind).toBe('callback');
  }, 90_000);
});
