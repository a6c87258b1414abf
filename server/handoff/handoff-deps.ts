import type { ChatMessage } from '../../sdk/protocol/index.js';
import type { EventHub } from '../conversation/event-hub.js';
import type { Logger } from '../logging/logger.js';
import type { Store } from '../store/store.js';
import type { ReplyAborts } from './reply-aborts.js';

export interface HandoffDeps {
  store: Store;
  hub: EventHub;
  aborts: ReplyAborts;
  logger: Logger;
  now: () => Date;
  onMessage?: (role: ChatMessage['role']) => void;
}
