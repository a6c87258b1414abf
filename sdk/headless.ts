/**
 * `cathy-chat/headless`: the chat client without any UI, for developers who draw their own.
 * Safe to import during server-side rendering: nothing here touches `window` until a client starts.
 */
import { checkOptions } from './client/client-options.js';
import { createClientWith } from './client/create-client.js';
import type { CathyClient, ClientOptions } from './client/types.js';

/**
 * Creates a chat client for one site. It connects over Socket.IO (websocket, then long-polling)
 * and falls back to plain HTTP where Socket.IO is blocked; it remembers the visitor across pages
 * and reloads, queues what is typed while offline, and reports SPA page views.
 * Wrong options throw at once; network and server failures arrive as `error` and `connection` events.
 *
 * @example
 * ```ts
 * import { createClient } from 'cathy-chat/headless';
 *
 * const client = createClient({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com' });
 * client.on('change', (snapshot) => render(snapshot.messages, snapshot.pending, snapshot.streaming));
 * client.on('lead', (lead) => console.log('lead', lead.leadId));
 * await client.start();
 * client.send('Do you have a used CR-V?');
 * ```
 */
export function createClient(options: ClientOptions): CathyClient {
  checkOptions(options);
  return createClientWith(options);
}

export type {
  AgentEvent,
  CancelledEvent,
  CathyClient,
  ClientEventName,
  ClientEvents,
  ClientListener,
  ClientOptions,
  ClientSnapshot,
  ConnectionStatus,
  DeltaEvent,
  PendingMessage,
  PersistenceMode,
  PhoneEvent,
  ReadyEvent,
  StreamingReply,
  TypingEvent,
} from './client/types.js';
export type {
  ChatMessage,
  ErrorBody,
  ErrorCode,
  IdentifyPayload,
  IdentifyResult,
  LeadCapturedEvent,
  Locale,
  PageViewPayload,
  PersonaDisplay,
  Theme,
  Utm,
} from './protocol/index.js';
