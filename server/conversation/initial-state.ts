import type { ConversationState } from '../store/records.js';

export function initialState(): ConversationState {
  return { turn: 0, phoneAsks: 0, declinedPhone: false, optedOut: false, humanRequested: false };
}
