// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor } from '@testing-library/preact';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { ConversationHolder, StaffRole } from '../../sdk/protocol/index.js';
import type { StaffData } from '../test/fake-staff-server.js';
import { makeDetail, makeItem, makeMe, makeMessage, SITE } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();
const as = (role: StaffRole) => makeMe({ memberships: [{ siteId: SITE, siteName: 'Sunrise', role, assistantName: 'Cathy' }] });
const ANA: ConversationHolder = { staffId: 'staff_ana', name: 'Ana', since: '2026-12-06T10:42:00.000Z' };
const ME: ConversationHolder = { staffId: 'staff_me', name: 'Maria', since: '2026-12-06T10:43:00.000Z' };

function openConversation(options: { role?: StaffRole; holder?: ConversationHolder; setup?: (data: StaffData) => void } = {}) {
  return renderConsole(server, '/console/conversations/c1', {
    me: as(options.role ?? 'manager'),
    setup: (d) => {
      const item = makeItem('c1', { holder: options.holder });
      d.items = [item];
      d.details.c1 = makeDetail(item);
      options.setup?.(d);
    },
  });
}

const composer = (ui: ReturnType<typeof openConversation>['ui']) => ui.getByLabelText('Message to the shopper') as HTMLTextAreaElement;

describe('taking a conversation over', () => {
  it('takes over when nobody holds it, and then shows the message box and Hand back', async () => {
    const { ui, data } = openConversation({ role: 'salesperson' });
    expect(await ui.findByText('Cathy is answering this chat.')).toBeTruthy();
    expect(ui.queryByLabelText('Message to the shopper')).toBeNull();
    fireEvent.click(ui.getByRole('button', { name: 'Take over' }));
    expect(await ui.findByLabelText('Message to the shopper')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(composer(ui)));
    expect(ui.getByText('You have this chat: the shopper sees your messages with your name.')).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Hand back to Cathy' })).toBeTruthy();
    expect(data.requests.find((r) => r.path === '/v1/staff/conversations/c1/takeover')).toMatchObject({ method: 'POST', csrf: 'csrf-token-1', body: {} });
  });

  it('names the colleague who got there first when the takeover is refused with CONFLICT', async () => {
    const { ui, data } = openConversation({ role: 'salesperson' });
    await ui.findByText('Cathy is answering this chat.');
    // Ana takes it a moment before this click lands.
    data.details.c1 = { ...data.details.c1!, item: { ...data.details.c1!.item, holder: ANA } };
    fireEvent.click(ui.getByRole('button', { name: 'Take over' }));
    expect(await ui.findByText('Ana has this chat')).toBeTruthy();
    expect(ui.queryByRole('alert')).toBeNull();
    expect(ui.queryByLabelText('Message to the shopper')).toBeNull();
    expect(ui.queryByRole('button', { name: /Take over/ })).toBeNull();
  });

  it("offers a salesperson no way to take a colleague's chat", async () => {
    const { ui } = openConversation({ role: 'salesperson', holder: ANA });
    expect(await ui.findByText('Ana has this chat')).toBeTruthy();
    expect(ui.queryByRole('button', { name: /Take over/ })).toBeNull();
    expect(ui.queryByRole('button', { name: 'Hand back to Cathy' })).toBeNull();
  });

  it("lets a manager take a colleague's chat after confirming, with force", async () => {
    const { ui, data } = openConversation({ role: 'manager', holder: ANA });
    fireEvent.click(await ui.findByRole('button', { name: 'Take over from Ana' }));
    expect(data.requests.some((r) => r.path.endsWith('/takeover'))).toBe(false);
    fireEvent.click(ui.getByRole('button', { name: 'Take over from Ana? Press again to confirm.' }));
    expect(await ui.findByLabelText('Message to the shopper')).toBeTruthy();
    expect(data.requests.find((r) => r.path.endsWith('/takeover'))?.body).toEqual({ force: true });
  });

  it('sends with Enter, keeps a newline with Shift+Enter, and shows the message with my name', async () => {
    const { ui, data } = openConversation({ holder: ME });
    const box = await waitFor(() => composer(ui));
    fireEvent.input(box, { target: { value: 'Hi, this is Maria.' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(data.requests.some((r) => r.path.endsWith('/messages'))).toBe(false);
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(ui.getByRole('log').textContent).toContain('Hi, this is Maria.'));
    await waitFor(() => expect(composer(ui).value).toBe(''));
    const sent = ui.getByRole('log').querySelector('.msg-agent');
    expect(sent?.querySelector('.msg-who')?.textContent).toBe('Maria');
    expect(data.requests.find((r) => r.path === '/v1/staff/conversations/c1/messages')?.body).toMatchObject({ text: 'Hi, this is Maria.' });
  });

  it('keeps the text after a failed send and retries with the same client id', async () => {
    const { ui, data } = openConversation({ holder: ME, setup: (d) => (d.messageFailures = ['INTERNAL_ERROR']) });
    const box = await waitFor(() => composer(ui));
    fireEvent.input(box, { target: { value: 'We have two in stock.' } });
    fireEvent.click(ui.getByRole('button', { name: 'Send' }));
    expect((await ui.findByRole('alert')).textContent).toBe('Something went wrong. Try again.');
    expect(composer(ui).value).toBe('We have two in stock.');
    fireEvent.click(ui.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(ui.getByRole('log').textContent).toContain('We have two in stock.'));
    const sends = data.requests.filter((r) => r.path.endsWith('/messages')).map((r) => r.body as { clientId: string });
    expect(sends).toHaveLength(2);
    expect(sends[1]!.clientId).toBe(sends[0]!.clientId);
    expect(composer(ui).value).toBe('');
  });

  it('sends once while a message is on its way, with the box read-only and Send disabled', async () => {
    const { ui } = openConversation({ holder: ME });
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    let posts = 0;
    server.use(
      http.post('/v1/staff/conversations/c1/messages', async () => {
        posts++;
        await arrived;
        return HttpResponse.json({ message: { ...makeMessage('a1', 'c1', 'agent', 'One moment'), author: { name: 'Maria' } } }, { status: 201 });
      }),
    );
    const box = await waitFor(() => composer(ui));
    fireEvent.input(box, { target: { value: 'One moment' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(posts).toBe(1));
    expect(composer(ui).readOnly).toBe(true);
    expect((ui.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.keyDown(box, { key: 'Enter' });
    release();
    await waitFor(() => expect(composer(ui).value).toBe(''));
    expect(posts).toBe(1);
    expect(composer(ui).readOnly).toBe(false);
  });

  it('hands back to Cathy', async () => {
    const { ui, data } = openConversation({ holder: ME });
    fireEvent.click(await ui.findByRole('button', { name: 'Hand back to Cathy' }));
    expect(await ui.findByText('Cathy is answering this chat.')).toBeTruthy();
    expect(ui.queryByLabelText('Message to the shopper')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(ui.getByRole('button', { name: 'Take over' })));
    expect(data.requests.find((r) => r.path === '/v1/staff/conversations/c1/handback')).toMatchObject({ method: 'POST', csrf: 'csrf-token-1' });
  });
});
