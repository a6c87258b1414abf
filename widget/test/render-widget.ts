import { act, within } from '@testing-library/preact';
import type { ClientSnapshot } from '../../sdk/client/types.js';
import { mountWidget } from '../mount.js';
import type { WidgetHandle, WidgetOptions } from '../widget-types.js';
import { FakeClient } from './fake-client.js';
import { FakeLauncher } from './fake-launcher.js';

const mounted: Array<() => void> = [];

/** Mounts the widget the way the loader does: a host element, an open shadow root, a launcher in it. */
export function renderWidget(snapshot: Partial<ClientSnapshot> = {}, options: WidgetOptions = {}) {
  const host = document.createElement('cathy-chat');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const client = new FakeClient(snapshot);
  const launcher = new FakeLauncher(root);
  let handle!: WidgetHandle;
  act(() => {
    handle = mountWidget({ root, launcher, client, options });
  });
  mounted.push(() => {
    handle.destroy();
    host.remove();
  });
  const ui = within(root as unknown as HTMLElement);
  /** Runs a client-side change and lets Preact re-render. */
  const update = (fn: () => void) => act(fn);
  return { host, root, client, launcher, handle, ui, update };
}

export function unmountAll(): void {
  mounted.splice(0).forEach((destroy) => destroy());
}
