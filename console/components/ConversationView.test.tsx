// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { StaffData } from '../test/fake-staff-server.js';
import { makeDetail, makeItem, makeMe, makeMessage } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();
const HOSTILE = '<img src=x onerror=alert(1)> & <b>bold</b>';

function openConversation(setup?: (data: StaffData) => void) {
  return renderConsole(server, '/console/conversations/c1', {
    me: makeMe(),
    setup: (d) => {
      const item = makeItem('c1', { unread: true });
      d.items = [item, makeItem('c2')];
      d.details.c1 = makeDetail(item);
      setup?.(d);
    },
  });
}

describe('conversation view', () => {
  it('shows the transcript, watches the conversation and marks it read', async () => {
    const { ui, data, socket } = openConversation();
    expect(await ui.findByText('Do you have a CR-V?')).toBeTruthy();
    expect(socket().watched.has('c1')).toBe(true);
    await waitFor(() => expect(data.requests.some((r) => r.method === 'POST' && r.path === '/v1/staff/conversations/c1/read')).toBe(true));
    const read = data.requests.find((r) => r.path.endsWith('/read'));
    expect(read?.csrf).toBe('csrf-token-1');
    await waitFor(() => expect(ui.queryByRole('img', { name: 'Unread' })).toBeNull());
  });

  it("streams Cathy's reply as deltas arrive, then shows the stored message once", async () => {
    const { ui, socket, update } = openConversation();
    await ui.findByText('Do you have a CR-V?');
    update(() => socket().push('conversation:message', { conversationId: 'c1', message: makeMessage('m2', 'c1', 'visitor', 'What about financing?') }));
    update(() => socket().push('conversation:delta', { conversationId: 'c1', messageId: 'm3', delta: 'We have ' }));
    update(() => socket().push('conversation:delta', { conversationId: 'c1', messageId: 'm3', delta: 'several options' }));
    const log = ui.getByRole('log');
    expect(log.textContent).toContain('What about financing?');
    expect(log.textContent).toContain('We have several options');
    expect(log.textContent).toContain('writing…');
    update(() => socket().push('conversation:message', { conversationId: 'c1', message: makeMessage('m3', 'c1', 'assistant', 'We have several options for you.') }));
    expect(log.textContent).not.toContain('writing…');
    expect(ui.getAllByText(/We have several options/)).toHaveLength(1);
  });

  it('names the assistant as the site calls her, in the transcript and while she writes', async () => {
    const me = makeMe();
    me.memberships = me.memberships.map((m) => ({ ...m, assistantName: 'Sofía' }));
    const { ui, socket, update } = renderConsole(server, '/console/conversations/c1', {
      me,
      setup: (d) => {
        const item = makeItem('c1');
        d.items = [item];
        d.details.c1 = makeDetail(item, { messages: [makeMessage('m1', 'c1', 'assistant', '¡Hola! ¿En qué te ayudo?')] });
      },
    });
    await ui.findByText('¡Hola! ¿En qué te ayudo?');
    update(() => socket().push('conversation:delta', { conversationId: 'c1', messageId: 'm2', delta: 'Claro' }));
    const who = [...ui.getByRole('log').querySelectorAll('.msg-who')].map((el) => el.textContent);
    expect(who).toEqual(['Sofía', 'Sofía · writing…']);
  });

  it('fetches what it missed after the staff socket reconnects', async () => {
    const { ui, data, socket, update } = openConversation();
    await ui.findByText('Do you have a CR-V?');
    data.details.c1 = { ...data.details.c1!, messages: [...data.details.c1!.messages, makeMessage('m9', 'c1', 'visitor', 'Said while you were offline')] };
    update(() => socket().reconnect());
    expect(await ui.findByText('Said while you were offline')).toBeTruthy();
  });

  it('keeps the open conversation read when the shopper writes again', async () => {
    const { ui, data, socket, update } = openConversation();
    await ui.findByText('Do you have a CR-V?');
    const reads = () => data.requests.filter((r) => r.path === '/v1/staff/conversations/c1/read').length;
    await waitFor(() => expect(reads()).toBe(1));
    update(() => socket().push('inbox:item', makeItem('c1', { unread: true, lastActivityAt: '2099-01-01T00:00:00.000Z' })));
    await waitFor(() => expect(reads()).toBe(2));
    await waitFor(() => expect(ui.queryByRole('img', { name: 'Unread' })).toBeNull());
  });

  it("ignores another conversation's live messages", async () => {
    const { ui, socket, update } = openConversation();
    await ui.findByText('Do you have a CR-V?');
    update(() => socket().push('conversation:message', { conversationId: 'c2', message: makeMessage('x', 'c2', 'visitor', 'not this one') }));
    expect(ui.getByRole('log').textContent).not.toContain('not this one');
  });

  it('shows visitor text literally, never as markup', async () => {
    const { ui } = openConversation((d) => {
      d.items[0] = makeItem('c1', { lastMessage: { role: 'visitor', text: HOSTILE, at: new Date().toISOString() }, visitor: { name: HOSTILE, returning: false, identified: false } });
      d.details.c1 = makeDetail(d.items[0], { messages: [makeMessage('h1', 'c1', 'visitor', HOSTILE)] });
    });
    await waitFor(() => expect(ui.getByRole('log').textContent).toContain(HOSTILE));
    expect(ui.getByRole('heading', { level: 1, name: HOSTILE }).textContent).toBe(HOSTILE);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });

  it('adds an internal note with the CSRF header', async () => {
    const { ui, data } = openConversation();
    await ui.findByText('Do you have a CR-V?');
    fireEvent.input(ui.getByLabelText('New note (the shopper never sees it)'), { target: { value: 'Called, left voicemail' } });
    fireEvent.click(ui.getByRole('button', { name: 'Add note' }));
    expect(await ui.findByText('Called, left voicemail')).toBeTruthy();
    const note = data.requests.find((r) => r.path.endsWith('/notes'));
    expect(note).toMatchObject({ method: 'POST', csrf: 'csrf-token-1', body: { text: 'Called, left voicemail' } });
  });

  it('goes back to the inbox on Escape', async () => {
    const { ui, path, socket } = openConversation();
    await ui.findByText('Do you have a CR-V?');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() => expect(path()).toBe('/console/'));
    expect(socket().watched.has('c1')).toBe(false);
  });

  it("says a conversation that is gone or another site's cannot be shown", async () => {
    const { ui } = renderConsole(server, '/console/conversations/elsewhere', { me: makeMe() });
    expect((await ui.findByRole('alert')).textContent).toBe('This no longer exists, or it belongs to another site.');
  });
});
