import { render } from 'preact';
import type { StaffSocket } from '../api/staff-socket.js';
import { App } from '../components/App.js';
import { webAudioChime, type SoundPlayer } from '../device/chime.js';
import { browserNotifier, type DesktopNotifier } from '../device/desktop-notifier.js';
import { createConsoleState } from '../state/console-state.js';
import { browserPreferences, type Preferences } from '../state/preferences.js';

export interface MountOptions {
  root: HTMLElement;
  connect(): StaffSocket;
  prefs?: Preferences;
  /** The alert sound (WebAudio) and desktop notifications (`Notification`) unless given. */
  sound?: SoundPlayer;
  notifier?: DesktopNotifier;
}

/**
 * Renders the console into `root` and asks who is signed in.
 *
 * @example
 * const unmount = mountConsole({ root: document.getElementById('app')!, connect: connectStaffSocket });
 */
export function mountConsole(options: MountOptions): { state: ReturnType<typeof createConsoleState>; unmount(): void } {
  const state = createConsoleState({
    connect: options.connect,
    prefs: options.prefs ?? browserPreferences(),
    sound: options.sound ?? webAudioChime(),
    notifier: options.notifier ?? browserNotifier(),
  });
  render(<App state={state} />, options.root);
  void state.session.load().catch(() => state.session.ended('absent'));
  return {
    state,
    unmount() {
      render(null, options.root);
      state.dispose();
    },
  };
}
