import type { Cathy } from '../../sdk/cathy-types.js';
import { createClient } from '../../sdk/headless.js';
import { mountWidget } from '../mount.js';
import type { StartChatParams } from './chat-chunk.js';
import { createController } from './create-controller.js';

/**
 * Creates the client, mounts the Preact panel over the launcher and connects. Shared by the chat
 * chunk of the script tag and by `createCathy` of the npm SDK.
 */
export function startChat({ host, root, launcher, client: clientOptions, widget: options, setup }: StartChatParams): Cathy {
  const client = createClient(clientOptions);
  const widget = mountWidget({ root, launcher, client, options });
  const cathy = createController({ host, launcher, client, widget });
  setup?.(cathy);
  void client.start();
  return cathy;
}
