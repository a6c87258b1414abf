import type { Cathy } from '../cathy-types.js';
import { createClientWith } from '../../sdk/client/create-client.js';
import { mountWidget } from '../mount.js';
import type { StartChatParams } from '../loader/chat-chunk.js';
import { createController } from './create-controller.js';

/**
 * Creates the client, mounts the Preact panel over the launcher and connects. Shared by the chat
 * chunk of the script tag and by `createCathy` of the npm SDK; both check the client options first
 * (the loader reads and checks its data-* attributes, `createCathy` calls `checkOptions`).
 */
export function startChat({ host, root, launcher, client: clientOptions, widget: options, setup }: StartChatParams): Cathy {
  const client = createClientWith(clientOptions);
  const widget = mountWidget({ root, launcher, client, options });
  const cathy = createController({ host, launcher, client, widget });
  // Otherwise a wrong site key or origin shows only as a chat that never connects: say why where the dealer looks.
  client.on('error', (error) => {
    if (error.code === 'UNKNOWN_SITE' || error.code === 'ORIGIN_NOT_ALLOWED') console.warn(`[Cathy] The chat cannot connect: ${error.message}`);
  });
  setup?.(cathy);
  // A `Cathy('destroy')` queued before the chunk loaded was just replayed by setup and removed the host.
  if (host.isConnected) void client.start();
  return cathy;
}
