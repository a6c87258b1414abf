import type { ChatMessage } from '../../../sdk/protocol/index.js';
import { estimateTokens } from './token-estimate.js';

// Role markers and separators the API adds around every message.
const PER_MESSAGE_TOKENS = 4;

/**
 * The newest messages that fit in `maxTokens`, oldest first. The newest one (the message being
 * answered) is always kept, so a long message never leaves the model with nothing to answer.
 *
 * @example historyWindow(history, 1500).at(-1) === history.at(-1) // true
 */
export function historyWindow(history: readonly ChatMessage[], maxTokens: number): ChatMessage[] {
  const kept: ChatMessage[] = [];
  let used = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const message = history[i] as ChatMessage;
    const cost = estimateTokens(message.text) + PER_MESSAGE_TOKENS;
    if (kept.length > 0 && used + cost > maxTokens) break;
    kept.push(message);
    used += cost;
  }
  return kept.reverse();
}
