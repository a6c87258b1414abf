import { signal } from '@preact/signals';
import type { PresenceEntry, PresenceStatus } from '../../sdk/protocol/index.js';
import type { StaffApi } from '../api/staff-api.js';
import type { StaffSocket } from '../api/staff-socket.js';
import type { Preferences } from './preferences.js';

/** Hidden this long (another tab, a locked screen) and the person shows as away until they come back. */
export const AUTO_AWAY_MS = 10 * 60_000;

/**
 * Online or away (remembered on this device, told to the server on every connect), and who of the current site's
 * team is signed in, from `GET …/presence` and the live `presence` events.
 */
export function createPresenceState(deps: {
  api: StaffApi;
  socket: () => StaffSocket | undefined;
  prefs: Preferences;
  siteId: () => string | undefined;
  win: Window;
}) {
  const status = signal<PresenceStatus>(deps.prefs.get('presence') === 'away' ? 'away' : 'online');
  const staff = signal<PresenceEntry[]>([]);
  let autoAway: ReturnType<typeof setTimeout> | undefined;
  // Bumped by every live event: a list requested before one is older than it and must not replace it.
  let events = 0;
  let awayNow = false;
  const tell = () => deps.socket()?.presence(awayNow ? 'away' : status.value);

  const doc = deps.win.document;
  const onVisibility = () => {
    clearTimeout(autoAway);
    if (doc.visibilityState === 'hidden') {
      autoAway = setTimeout(() => {
        awayNow = true;
        tell();
      }, AUTO_AWAY_MS);
    } else if (awayNow) {
      awayNow = false;
      tell();
    }
  };
  doc.addEventListener('visibilitychange', onVisibility);

  return {
    status,
    staff,
    /** A socket opened: it says where this person stands from the start. */
    connected(socket: StaffSocket) {
      socket.presence(awayNow ? 'away' : status.value);
    },
    choose(next: PresenceStatus) {
      status.value = next;
      deps.prefs.set('presence', next);
      tell();
    },
    async load() {
      const site = deps.siteId();
      if (!site) return;
      const asked = events;
      try {
        const { staff: listed } = await deps.api.presence(site);
        if (site === deps.siteId() && asked === events) staff.value = listed;
      } catch {
        // The list is a courtesy; the next `presence` event fills it.
      }
    },
    changed(event: { siteId: string; staff: PresenceEntry[] }) {
      if (event.siteId !== deps.siteId()) return;
      events++;
      staff.value = event.staff;
    },
    dispose() {
      clearTimeout(autoAway);
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

export type PresenceState = ReturnType<typeof createPresenceState>;
