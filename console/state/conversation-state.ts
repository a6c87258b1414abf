import { signal } from '@preact/signals';
import type {
  ChatMessage,
  ConversationDetail,
  ConversationHolder,
  InboxItem,
  Lead,
  LeadDeliveryView,
  StaffLeadPatch,
  StaffNote,
} from '../../sdk/protocol/index.js';
import { toApiError, type ApiError } from '../api/api-error.js';
import type { StaffApi } from '../api/staff-api.js';
import type { StaffSocket } from '../api/staff-socket.js';
import { withHandoff, withTrail, type HandoffChange } from './handoff.js';

/** Who is typing in the open conversation, besides Cathy (whose reply streams as a draft). */
export interface TypingNow {
  visitor: boolean;
  agent: boolean;
}
const NOBODY: TypingNow = { visitor: false, agent: false };

const byTime = (a: ChatMessage, b: ChatMessage) => a.createdAt.localeCompare(b.createdAt);

function withMessage(messages: ChatMessage[], message: ChatMessage): ChatMessage[] {
  return messages.some((m) => m.id === message.id) ? messages : [...messages, message].sort(byTime);
}

/**
 * The open conversation: its detail from REST, then live messages, Cathy's reply as it streams, lead, note and
 * handoff changes and typing from the staff socket. Events that arrive while the detail loads are kept and merged by id.
 */
export function createConversationState(deps: { api: StaffApi; socket: () => StaffSocket | undefined; onRead(id: string): void }) {
  const id = signal<string | undefined>(undefined);
  const detail = signal<ConversationDetail | undefined>(undefined);
  /** Cathy's replies being written, by message id. */
  const drafts = signal<Record<string, string>>({});
  const error = signal<ApiError | undefined>(undefined);
  const typing = signal<TypingNow>(NOBODY);
  let early: ChatMessage[] = [];

  const update = (fn: (d: ConversationDetail) => ConversationDetail) => {
    if (detail.value) detail.value = fn(detail.value);
  };
  const dropDraft = (messageId: string) => {
    if (!(messageId in drafts.value)) return;
    const { [messageId]: _done, ...rest } = drafts.value;
    drafts.value = rest;
  };

  /** Loads the detail, keeping the live messages that arrived meanwhile. */
  async function load(target: string) {
    try {
      const loaded = await deps.api.conversation(target);
      if (id.value !== target) return;
      const known = detail.value?.messages ?? [];
      detail.value = { ...loaded, messages: [...early, ...known].reduce(withMessage, loaded.messages), item: { ...loaded.item, unread: false } };
      early = [];
    } catch (failure) {
      if (id.value === target) error.value = toApiError(failure);
      throw failure;
    }
  }

  async function open(next: string) {
    if (id.value === next) return;
    close();
    id.value = next;
    early = [];
    // Watch first, so nothing said between the fetch and the watch is lost.
    await deps.socket()?.watch(next).catch(() => undefined);
    try {
      await load(next);
      await deps.api.markRead(next);
      deps.onRead(next);
    } catch {
      // The refusal is on `error` for the screen.
    }
  }
  function close() {
    if (id.value) deps.socket()?.unwatch(id.value);
    id.value = undefined;
    detail.value = undefined;
    drafts.value = {};
    error.value = undefined;
    typing.value = NOBODY;
  }

  function message(conversationId: string, m: ChatMessage) {
    if (conversationId !== id.value) return;
    dropDraft(m.id);
    if (m.role === 'visitor' || m.role === 'agent') typing.value = { ...typing.value, [m.role]: false };
    if (detail.value) update((d) => ({ ...d, messages: withMessage(d.messages, m) }));
    else early.push(m);
  }
  /** A lead change; a live one brings the deliveries as they stand (a first email queued, one sent or failed). */
  function lead(conversationId: string, changed: Lead, deliveries?: LeadDeliveryView[]) {
    if (conversationId === id.value) update((d) => ({ ...d, lead: changed, ...(deliveries && { deliveries }) }));
  }
  function note(added: StaffNote) {
    if (added.conversationId !== id.value) return;
    update((d) => (d.notes.some((n) => n.id === added.id) ? d : { ...d, notes: [...d.notes, added] }));
  }

  return {
    id,
    detail,
    drafts,
    error,
    typing,
    open,
    close,
    /** After a reconnect: fetch again what the socket may have missed. */
    refresh: () => (id.value ? load(id.value).catch(() => undefined) : Promise.resolve()),
    message,
    lead,
    note,
    delta(conversationId: string, messageId: string, delta: string) {
      if (conversationId !== id.value || detail.value?.messages.some((m) => m.id === messageId)) return;
      drafts.value = { ...drafts.value, [messageId]: (drafts.value[messageId] ?? '') + delta };
    },
    /** Taken over, handed back, escalated or timed out: the holder, the escalation and the trail follow. */
    handoff(change: HandoffChange) {
      if (change.conversationId !== id.value) return;
      update((d) => ({ ...d, item: withHandoff(d.item, change), handoff: withTrail(d.handoff, change.event) }));
    },
    /** This console took the chat (`holder`) or handed it back (`undefined`), before the site-wide event comes. */
    held(conversationId: string, holder: ConversationHolder | undefined) {
      if (conversationId === id.value) update((d) => ({ ...d, item: withHandoff(d.item, { holder, escalation: d.item.escalation }) }));
    },
    typed(conversationId: string, role: 'visitor' | 'assistant' | 'agent', on: boolean) {
      if (conversationId === id.value && role !== 'assistant') typing.value = { ...typing.value, [role]: on };
    },
    /** The open conversation's row changed; a new shopper message is read at once, since it is on screen. */
    item(item: InboxItem) {
      if (item.conversationId !== id.value || !detail.value) return;
      update((d) => ({ ...d, item: { ...item, unread: false } }));
      if (item.unread) void deps.api.markRead(item.conversationId).then(() => deps.onRead(item.conversationId), () => undefined);
    },
    async addNote(text: string) {
      const conversationId = id.value;
      if (!conversationId) return;
      note((await deps.api.addNote(conversationId, text)).note);
    },
    async patchLead(patch: StaffLeadPatch) {
      const conversationId = id.value;
      const current = detail.value?.lead;
      if (!conversationId || !current) return;
      lead(conversationId, (await deps.api.patchLead(current.id, patch)).lead);
    },
    async retry(delivery: LeadDeliveryView) {
      const { delivery: fresh } = await deps.api.retryDelivery(delivery.id);
      update((d) => ({ ...d, deliveries: d.deliveries.map((x) => (x.id === fresh.id ? fresh : x)) }));
    },
  };
}

export type ConversationState = ReturnType<typeof createConversationState>;
