// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
});
