import { act, within } from '@testing-library/preact';
import type { SetupServerApi } from 'msw/node';
import type { StaffMe } from '../../sdk/protocol/index.js';
import type { DesktopNotifier } from '../device/desktop-notifier.js';
import { mountConsole } from '../entry/mount-console.js';
import type { Preferences } from '../state/preferences.js';
import { FakeStaffSocket } from './fake-staff-socket.js';
import { emptyData, staffHandlers, type StaffData } from './fake-staff-server.js';

const mounted: Array<() => void> = [];

export function memoryPreferences(): Preferences {
  const values = new Map<string, string>();
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) };
}

/**
 * Mounts the console at `path` against the fake staff server (msw) and a fake staff socket. `setup` fills the
 * server's data before the first request.
 */
export function renderConsole(
  server: SetupServerApi,
  path: string,
  options: { me?: StaffMe | null; setup?: (data: StaffData) => void; notifier?: DesktopNotifier; prefs?: Preferences } = {},
) {
  const data = emptyData(options.me === undefined ? null : options.me);
  options.setup?.(data);
  server.use(...staffHandlers(data));
  window.history.replaceState(null, '', path);
  const root = document.createElement('div');
  document.body.append(root);
  const sockets: FakeStaffSocket[] = [];
  const sound = { plays: 0, play: () => void sound.plays++ };
  let handle!: ReturnType<typeof mountConsole>;
  act(() => {
    handle = mountConsole({
      root,
      prefs: options.prefs ?? memoryPreferences(),
      sound,
      notifier: options.notifier ?? { permission: () => 'default', request: async () => 'default', show: () => undefined },
      connect: () => {
        const socket = new FakeStaffSocket();
        sockets.push(socket);
        return socket;
      },
    });
  });
  mounted.push(() => {
    handle.unmount();
    root.remove();
  });
  return {
    ui: within(root),
    data,
    state: handle.state,
    /** The live staff socket (the latest one opened). */
    socket: () => {
      const socket = sockets.at(-1);
      if (!socket) throw new Error('No staff socket is open: nobody is signed in yet.');
      return socket;
    },
    sockets,
    /** Counts the alert sounds played. */
    sound,
    /** Runs a push or another change and lets Preact re-render. */
    update: (fn: () => void) => act(fn),
    path: () => window.location.pathname + window.location.search,
  };
}

export function unmountAll(): void {
  mounted.splice(0).forEach((unmount) => unmount());
}
