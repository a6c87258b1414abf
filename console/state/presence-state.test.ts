// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PresenceEntry } from '../../sdk/protocol/index.js';
import type { StaffApi } from '../api/staff-api.js';
import { FakeStaffSocket } from '../test/fake-staff-socket.js';
import { memoryPreferences } from '../test/render-console.js';
import { AUTO_AWAY_MS, createPresenceState } from './presence-state.js';

let hidden = false;
beforeEach(() => {
  vi.useFakeTimers();
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
});
afterEach(() => {
  hidden = false;
  vi.useRealTimers();
});

function setHidden(next: boolean) {
  hidden = next;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('presence state', () => {
  it('shows away after 10 minutes hidden and online again when the page comes back, keeping the chosen status', () => {
    const socket = new FakeStaffSocket();
    const presence = createPresenceState({ api: {} as StaffApi, socket: () => socket, prefs: memoryPreferences(), siteId: () => 's1', win: window });
    presence.connected(socket);
    setHidden(true);
    vi.advanceTimersByTime(AUTO_AWAY_MS - 1);
    setHidden(false);
    setHidden(true);
    vi.advanceTimersByTime(AUTO_AWAY_MS);
    expect(socket.presenceSent).toEqual(['online', 'away']);
    setHidden(false);
    expect(socket.presenceSent).toEqual(['online', 'away', 'online']);
    expect(presence.status.value).toBe('online');
    presence.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps a live event over a list requested before it that answers after it, as on a reload', async () => {
    const online: PresenceEntry[] = [{ staffId: 'staff_me', name: 'Maria', status: 'online', since: '2026-12-06T10:00:00.000Z' }];
    let answer!: (value: { staff: PresenceEntry[] }) => void;
    const api = { presence: () => new Promise((resolve) => (answer = resolve)) } as unknown as StaffApi;
    const presence = createPresenceState({ api, socket: () => undefined, prefs: memoryPreferences(), siteId: () => 's1', win: window });
    const loading = presence.load();
    presence.changed({ siteId: 's1', staff: online });
    answer({ staff: [] });
    await loading;
    expect(presence.staff.value).toEqual(online);

    const later = presence.load();
    answer({ staff: [] });
    await later;
    expect(presence.staff.value).toEqual([]);
    presence.dispose();
  });
});
