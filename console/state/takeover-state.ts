import { toApiError } from '../api/api-error.js';
import type { StaffApi } from '../api/staff-api.js';
import type { StaffSocket } from '../api/staff-socket.js';
import type { ConversationState } from './conversation-state.js';

/**
 * Taking the open conversation over from Cathy, answering the shopper as its holder, and handing it back. A refusal
 * because someone else moved first (`CONFLICT`) fetches the conversation again, so the screen names who has it.
 */
export function createTakeoverState(deps: { api: StaffApi; conversation: ConversationState; socket: () => StaffSocket | undefined }) {
  const { api, conversation } = deps;
  const openId = () => {
    const id = conversation.id.value;
    if (!id) throw new Error('[Cathy] Failed to act on the conversation: none is open.');
    return id;
  };
  async function refreshedOn<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (failure) {
      if (toApiError(failure).code === 'CONFLICT') await conversation.refresh();
      throw failure;
    }
  }

  return {
    /** `force`: take it from the colleague who has it (owners and managers). */
    async take(force = false) {
      const id = openId();
      const { holder } = await refreshedOn(api.takeover(id, force));
      conversation.held(id, holder);
    },
    async handBack() {
      const id = openId();
      await refreshedOn(api.handback(id));
      conversation.held(id, undefined);
    },
    /** Sends as the holder; the same `clientId` again (a retry) never doubles the message. */
    async send(clientId: string, text: string) {
      const id = openId();
      const { message } = await refreshedOn(api.sendMessage(id, clientId, text));
      conversation.message(id, message);
    },
    typing(on: boolean) {
      const id = conversation.id.value;
      if (id) deps.socket()?.typing(id, on);
    },
  };
}

export type TakeoverState = ReturnType<typeof createTakeoverState>;
