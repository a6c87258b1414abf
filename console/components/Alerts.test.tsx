// @vitest-environment happy-dom
// @vitest-environment-options {"url":"http://localhost/console/"}
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EscalationView, InboxItem } from '../../sdk/protocol/index.js';
import { browserNotifier } from '../device/desktop-notifier.js';
import { makeDetail, makeItem, makeMe } from '../test/fixtures.js';
import { memoryPreferences, renderConsole } from '../test/render-console.js';
import { setupStaffServer } from '../test/setup-msw.js';

const server = setupStaffServer();

/** `window.Notification` as a browser where the person allowed (or not yet) desktop alerts. */
function stubNotifications(permission: NotificationPermission) {
  const shown: Array<{ title: string; body?: string; tag?: string; notice: { onclick: (() => void) | null; close(): void } }> = [];
  class FakeNotification {
    static permission = permission;
    static requestPermission = vi.fn(async () => {
      FakeNotification.permission = 'granted';
      return 'granted' as const;
    });
    onclick: (() => void) | null = null;
    constructor(title: string, options: NotificationOptions = {}) {
      shown.push({ title, body: options.body, tag: options.tag, notice: this });
    }
    close() {}
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { shown, FakeNotification };
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
}

afterEach(() => {
  vi.unstubAllGlobals();
  setHidden(false);
});

const waitingEscalation = (at = new Date(Date.now() - 3 * 60_000).toISOString()): EscalationView => ({
  reason: 'asked',
  status: 'waiting',
  at,
  deadline: new Date(Date.parse(at) + 60_000).toISOString(),
});

function waitingItem(id: string, overrides: Partial<InboxItem> = {}): InboxItem {
  return makeItem(id, {
    state: 'waiting',
    escalation: waitingEscalation(),
    visitor: { name: 'Dana Reyes', returning: false, identified: false },
    lastMessage: { role: 'visitor', text: 'Can I talk to a real person?', at: new Date().toISOString() },
    ...overrides,
  });
}

describe('alerts for a shopper waiting for a person', () => {
  it('shows an alert with the shopper and an Open link, plays the sound, and counts who is waiting', async () => {
    const { ui, socket, update, sound } = renderConsole(server, '/console/', { me: makeMe() });
    await ui.findByRole('heading', { name: 'Inbox' });
    update(() => socket().push('conversation:escalated', { item: waitingItem('c9'), reason: 'asked' }));
    const alert = ui.getByRole('alert');
    expect(alert.textContent).toContain('A shopper is waiting for a person');
    expect(alert.textContent).toContain('Dana Reyes · asked for a person');
    expect(alert.textContent).toContain('Can I talk to a real person?');
    expect(ui.getByRole('link', { name: 'Open' }).getAttribute('href')).toBe('/console/conversations/c9');
    expect(sound.plays).toBe(1);
    expect(ui.getByRole('button', { name: '1 waiting' })).toBeTruthy();
    expect(ui.getByText('waiting 3 min')).toBeTruthy();
  });

  it('names the store for someone who works for several', async () => {
    const me = makeMe();
    me.memberships = [...me.memberships, { siteId: 'site_2', siteName: 'Sunrise Kia', role: 'salesperson', assistantName: 'Cathy' }];
    const { ui, socket, update } = renderConsole(server, '/console/', { me });
    await ui.findByRole('heading', { name: 'Inbox' });
    update(() => socket().push('conversation:escalated', { item: waitingItem('c9', { siteId: 'site_2' }), reason: 'rule' }));
    expect(ui.getByRole('alert').textContent).toContain('Dana Reyes · matched a site rule · Sunrise Kia');
    expect(ui.queryByRole('button', { name: /waiting/ })).toBeNull();
  });

  it('removes the alert and the count once a colleague takes the chat', async () => {
    const { ui, socket, update } = renderConsole(server, '/console/', { me: makeMe() });
    await ui.findByRole('heading', { name: 'Inbox' });
    const item = waitingItem('c9');
    update(() => socket().push('conversation:escalated', { item, reason: 'asked' }));
    expect(ui.getByRole('alert')).toBeTruthy();
    const holder = { staffId: 'staff_ana', name: 'Ana', since: new Date().toISOString() };
    update(() =>
      socket().push('conversation:handoff', {
        conversationId: 'c9',
        holder,
        escalation: { ...item.escalation!, status: 'taken', endedAt: holder.since, takenBy: { staffId: 'staff_ana', name: 'Ana' } },
        event: { kind: 'taken', at: holder.since, staff: { id: 'staff_ana', name: 'Ana' } },
      }),
    );
    expect(ui.queryByRole('alert')).toBeNull();
    expect(ui.queryByRole('button', { name: /waiting/ })).toBeNull();
    expect(ui.getByText('Ana has this chat')).toBeTruthy();
  });

  it('stays quiet when muted, and remembers the choice', async () => {
    const prefs = memoryPreferences();
    const { ui, socket, update, sound } = renderConsole(server, '/console/', { me: makeMe(), prefs });
    await ui.findByRole('heading', { name: 'Inbox' });
    fireEvent.click(ui.getByLabelText('Mute the alert sound'));
    expect(prefs.get('muted')).toBe('true');
    update(() => socket().push('conversation:escalated', { item: waitingItem('c9'), reason: 'asked' }));
    expect(ui.getByRole('alert')).toBeTruthy();
    expect(sound.plays).toBe(0);
  });

  it('shows a desktop notification while the page is hidden, which opens the conversation when clicked', async () => {
    const { shown } = stubNotifications('granted');
    const { ui, socket, update, path } = renderConsole(server, '/console/', {
      me: makeMe(),
      notifier: browserNotifier(window),
      setup: (d) => (d.details.c9 = makeDetail(waitingItem('c9'))),
    });
    await ui.findByRole('heading', { name: 'Inbox' });
    setHidden(true);
    update(() => socket().push('conversation:escalated', { item: waitingItem('c9'), reason: 'asked' }));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ title: 'A shopper is waiting for a person', body: 'Dana Reyes: Can I talk to a real person?', tag: 'cathy-waiting-c9' });
    update(() => shown[0]!.notice.onclick?.());
    await waitFor(() => expect(path()).toBe('/console/conversations/c9'));
  });

  it('shows no desktop notification for the conversation already on screen in a visible page', async () => {
    const { shown } = stubNotifications('granted');
    const { ui, socket, update } = renderConsole(server, '/console/conversations/c9', {
      me: makeMe(),
      notifier: browserNotifier(window),
      setup: (d) => (d.details.c9 = makeDetail(makeItem('c9'))),
    });
    await ui.findByText('Do you have a CR-V?');
    update(() => socket().push('conversation:escalated', { item: waitingItem('c9'), reason: 'asked' }));
    update(() => socket().push('conversation:escalated', { item: waitingItem('c8'), reason: 'hostility' }));
    expect(shown.map((n) => n.tag)).toEqual(['cathy-waiting-c8']);
  });

  it('asks for desktop alerts from a click, and no notification is shown before they are allowed', async () => {
    const { shown, FakeNotification } = stubNotifications('default');
    const { ui, socket, update } = renderConsole(server, '/console/', { me: makeMe(), notifier: browserNotifier(window) });
    await ui.findByRole('heading', { name: 'Inbox' });
    setHidden(true);
    update(() => socket().push('conversation:escalated', { item: waitingItem('c9'), reason: 'asked' }));
    expect(shown).toHaveLength(0);
    fireEvent.click(ui.getByRole('button', { name: 'Turn on desktop alerts' }));
    await waitFor(() => expect(ui.queryByRole('button', { name: 'Turn on desktop alerts' })).toBeNull());
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1);
    update(() => socket().push('conversation:escalated', { item: waitingItem('c7'), reason: 'asked' }));
    expect(shown.map((n) => n.tag)).toEqual(['cathy-waiting-c7']);
  });

  it('opens the inbox filtered to the waiting shoppers from the count in the navigation', async () => {
    const { ui, data, socket, update, path } = renderConsole(server, '/console/team', { me: makeMe() });
    await ui.findByRole('heading', { name: 'Team' });
    update(() => socket().push('conversation:escalated', { item: waitingItem('c9'), reason: 'asked' }));
    fireEvent.click(ui.getByRole('button', { name: '1 waiting' }));
    await waitFor(() => expect(path()).toBe('/console/'));
    await waitFor(() => expect(data.requests.at(-1)?.search.get('state')).toBe('waiting'));
    expect(ui.getByRole('button', { name: 'Waiting' }).getAttribute('aria-pressed')).toBe('true');
  });
});
