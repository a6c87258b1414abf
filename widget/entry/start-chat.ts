import type { Cathy } from '../cathy-types.js';
import { createClientWith } from '../../sdk/client/create-client.js';
import { createPersistence } from '../../sdk/client/persistence.js';
import type { CathyClient, ClientOptions } from '../../sdk/client/types.js';
import type { LauncherHandle } from '../widget-types.js';
import { mountWidget } from '../mount.js';
import type { StartChatParams } from '../loader/chat-chunk.js';
import { createController } from './create-controller.js';

/**
 * Creates the client, mounts the Preact panel over the launcher and connects once the shopper acts. Shared by
 * the chat chunk of the script tag and by `createCathy` of the npm SDK; both check the client options first
 * (the loader reads and checks its data-* attributes, `createCathy` calls `checkOptions`).
 */
export function startChat({ host, root, launcher, client: clientOptions, widget: options, setup, connect }: StartChatParams): Cathy {
  const client = createClientWith(clientOptions);
  const widget = mountWidget({ root, launcher, client, options });
  const cathy = createController({ host, launcher, client, widget });
  // Otherwise a wrong site key or origin shows only as a chat that never connects: say why where the dealer looks.
  client.on('error', (error) => {
    if (error.code === 'UNKNOWN_SITE' || error.code === 'ORIGIN_NOT_ALLOWED') console.warn(`[Cathy] The chat cannot connect: ${error.message}`);
  });
  setup?.(cathy);
  // A `Cathy('destroy')` queued before the chunk loaded was just replayed by setup and removed the host.
  if (!host.isConnected) return cathy;
  if (connect || client.snapshot().open || wasChatting(clientOptions)) void client.start();
  else connectOnIntent(client, launcher);
  return cathy;
}

/** A returning visitor who has written before reconnects on every page, so Cathy's replies still arrive. */
function wasChatting(options: ClientOptions): boolean {
  const visitor = createPersistence(options.siteKey, options.persistence ?? 'auto', window).loadVisitor();
  return Boolean(visitor.visitorToken && visitor.chatting);
}

/**
 * No socket for a page view alone: this page travels with the first `session:start`, and the first hover or
 * focus on the launcher connects (clicks open the chat, which connects too).
 */
function connectOnIntent(client: CathyClient, launcher: LauncherHandle): void {
  client.pageView();
  // start() is idempotent: whichever comes first connects, the other finds the client started.
  for (const type of ['pointerenter', 'focus']) launcher.element.addEventListener(type, () => void client.start(), { once: true });
}
