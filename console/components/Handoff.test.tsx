// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ConversationHolder, HandoffEvent } from '../../sdk/protocol/index.js';
import { formatTime } from './format.js';
import { makeDetail, makeItem, makeMe, makeMessage } from '../test/fixtures.js';
import { renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();
const at = (minute: number) => `2026-12-06T10:${String(minute).padStart(2, '0')}:00.000Z`;
const ANA: ConversationHolder = { staffId: 'staff_ana', name: 'Ana', since: at(42) };
const ME: ConversationHolder = { staffId: 'staff_me', name: 'Maria', since: at(43) };
const time = (minute: number) => formatTime(at(minute), 'en');

function openConversation(options: { holder?: ConversationHolder; trail?: HandoffEvent[] } = {}) {
  return renderConsole(server, '/console/conversations/c1', {
    me: makeMe(),
    setup: (d) => {
      const item = makeItem('c1', { holder: options.holder });
      d.items = [item, makeItem('c2')];
      const first = { ...makeMessage('m1', 'c1', 'visitor', 'I want to talk to a person'), createdAt: at(40) };
      const reply = { ...makeMessage('m2', 'c1', 'agent', 'Hi, Ana here.'), author: { name: 'Ana' }, createdAt: at(43) };
      d.details.c1 = makeDetail(item, { messages: [first, reply], handoff: options.trail ?? [] });
    },
  });
}

describe('the handoff in a conversation', () => {
  it('shows the trail as lines between the messages at their times, and a person’s message under their name', async () => {
    const { ui } = openConversation({
      trail: [
        { kind: 'escalated', at: at(41), reason: 'asked' },
        { kind: 'taken', at: at(42), staff: { id: 'staff_ana', name: 'Ana' } },
        { kind: 'handed_back', at: at(50), staff: { id: 'staff_ana', name: 'Ana' } },
      ],
    });
    await ui.findByText('Hi, Ana here.');
    const lines = [...ui.getByRole('log').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual([
      `ShopperI want to talk to a person${time(40)}`,
      `Waiting for a person since ${time(41)} · asked for a person`,
      `Ana took over ${time(42)}`,
      `AnaHi, Ana here.${time(43)}`,
      `Ana handed back to Cathy ${time(50)}`,
    ]);
    expect(ui.getByText('Hi, Ana here.').closest('li')?.className).toContain('msg-agent');
  });

  it('follows a colleague taking the chat over, in the conversation and its inbox row', async () => {
    const { ui, socket, update } = openConversation();
    await ui.findByText('Cathy is answering this chat.');
    update(() =>
      socket().push('conversation:handoff', { conversationId: 'c1', holder: ANA, event: { kind: 'taken', at: at(42), staff: { id: 'staff_ana', name: 'Ana' } } }),
    );
    expect(within(ui.getByRole('article')).getByText('Ana has this chat')).toBeTruthy();
    expect(ui.getByRole('log').textContent).toContain(`Ana took over ${time(42)}`);
    const row = ui.getAllByRole('link').find((a) => a.getAttribute('href') === '/console/conversations/c1')!;
    expect(row.textContent).toContain('Ana has this chat');
  });

  it('takes the message box away when a manager takes my chat', async () => {
    const { ui, socket, update } = openConversation({ holder: ME });
    expect(await ui.findByLabelText('Message to the shopper')).toBeTruthy();
    update(() =>
      socket().push('conversation:handoff', {
        conversationId: 'c1',
        holder: ANA,
        event: { kind: 'taken', at: at(44), staff: { id: 'staff_ana', name: 'Ana' }, from: { id: 'staff_me', name: 'Maria' } },
      }),
    );
    expect(ui.queryByLabelText('Message to the shopper')).toBeNull();
    expect(ui.getByRole('log').textContent).toContain(`Ana took over from Maria ${time(44)}`);
  });

  it("shows the shopper's typing until they stop or their message arrives", async () => {
    const { ui, socket, update } = openConversation({ holder: ME });
    await ui.findByText('Hi, Ana here.');
    update(() => socket().push('conversation:typing', { conversationId: 'c1', role: 'visitor', on: true }));
    expect(ui.getByText('The shopper is typing…')).toBeTruthy();
    update(() => socket().push('conversation:message', { conversationId: 'c1', message: makeMessage('m3', 'c1', 'visitor', 'Is it still there?') }));
    expect(ui.queryByText('The shopper is typing…')).toBeNull();
    update(() => socket().push('conversation:typing', { conversationId: 'c2', role: 'visitor', on: true }));
    expect(ui.queryByText('The shopper is typing…')).toBeNull();
  });

  it('tells the shopper I am typing once per burst, and that I stopped when I send', async () => {
    const { ui, socket } = openConversation({ holder: ME });
    const box = await ui.findByLabelText('Message to the shopper');
    for (const text of ['O', 'On', 'On my', 'On my way']) fireEvent.input(box, { target: { value: text } });
    expect(socket().typingSent).toEqual([{ conversationId: 'c1', on: true }]);
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(ui.getByRole('log').textContent).toContain('On my way'));
    expect(socket().typingSent).toEqual([
      { conversationId: 'c1', on: true },
      { conversationId: 'c1', on: false },
    ]);
  });
});
