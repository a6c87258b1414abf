export { createCathy } from './create-cathy.js';
export type { Cathy, CathyOptions } from '../widget/cathy-types.js';
export type {
  AgentEvent,
  CancelledEvent,
  ClientEventName,
  ClientEvents,
  ClientListener,
  ClientSnapshot,
  ConnectionStatus,
  DeltaEvent,
  PendingMessage,
  PersistenceMode,
  PhoneEvent,
  ReadyEvent,
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
  PersonaDisplay,
  Theme,
} from './protocol/index.js';
