export { createCathy } from './create-cathy.js';
export type { Cathy, CathyOptions } from './cathy-types.js';
export type {
  ClientEventName,
  ClientEvents,
  ClientListener,
  ClientSnapshot,
  ConnectionStatus,
  PendingMessage,
  PhoneEvent,
} from './client/types.js';
export type {
  ChatMessage,
  IdentifyPayload,
  IdentifyResult,
  LeadCapturedEvent,
  Locale,
  PersonaDisplay,
  Theme,
} from './protocol/index.js';
