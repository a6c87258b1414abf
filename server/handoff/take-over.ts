import type { ConversationHolder, StaffRole } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import { roleAtLeast } from '../staff/site-role.js';
import type { StaffPrincipal } from '../staff/staff-principal.js';
import type { ConversationRecord, HandoffHolderRecord } from '../store/records.js';
import { toHolder } from '../wire/handoff-dto.js';
import { auditHandoff } from './audit-handoff.js';
import { changeHandoff } from './change-handoff.js';
import type { HandoffDeps } from './handoff-deps.js';
import { firstName, withEntry } from './handoff-log.js';

export interface TakeOverInput {
  principal: StaffPrincipal;
  /** The principal's role on the conversation's site. */
  role: StaffRole;
  conversation: ConversationRecord;
  force: boolean;
}

/**
 * "Take over": the person answers the shopper in Cathy's place from now on. One holder at a time (the swap);
 * a colleague's chat only with `force`, and only for owners and managers. A waiting escalation ends `taken` in
 * the same write. Then the reply Cathy is writing stops, and the shopper hears who joined.
 */
export async function takeOver(deps: HandoffDeps, input: TakeOverInput): Promise<ConversationHolder> {
  const { principal, role, force } = input;
  const staff = await deps.store.staff.byId(principal.staffId);
  const me = { id: principal.staffId, name: principal.name };
  const now = deps.now();
  const holder: HandoffHolderRecord = {
    staffId: principal.staffId,
    name: firstName(staff?.name ?? principal.name),
    ...(staff?.avatarUrl ? { avatarUrl: staff.avatarUrl } : {}),
    since: now,
  };
  const { result, conversation, changed } = await changeHandoff(deps.store, input.conversation.id, (_conversation, handoff) => {
    const current = handoff.holder;
    if (current?.staffId === principal.staffId) return { result: current };
    if (current && !force) throw new AppError('CONFLICT', `${current.name} is answering this conversation. An owner or manager may take it over.`);
    if (current && !roleAtLeast(role, 'manager')) throw new AppError('FORBIDDEN', `Only an owner or manager may take a conversation from ${current.name}.`);
    const waiting = handoff.escalation?.status === 'waiting' ? handoff.escalation : undefined;
    return {
      result: holder,
      next: {
        holder,
        ...(handoff.escalation
          ? { escalation: waiting ? { ...waiting, status: 'taken', endedAt: now, takenBy: { staffId: principal.staffId, name: holder.name } } : handoff.escalation }
          : {}),
        log: withEntry(handoff.log, { kind: 'taken', at: now, staff: me, ...(current ? { from: { id: current.staffId, name: current.name } } : {}) }),
      },
    };
  });
  if (!changed) return toHolder(result);
  const site = await deps.store.sites.byId(conversation.siteId);
  // The abort publishes `message:cancelled` first: the shopper never sees Cathy's words after the person joined.
  deps.aborts.abort(conversation.id);
  deps.hub.publish(conversation.id, 'agent:joined', {
    name: result.name,
    ...(result.avatarUrl ? { avatarUrl: result.avatarUrl } : {}),
    dealer: site?.name ?? '',
    at: result.since.toISOString(),
  });
  if (conversation.handoff) deps.hub.announce({ conversationId: conversation.id, siteId: conversation.siteId, kind: 'handoff', handoff: conversation.handoff });
  await auditHandoff(deps, conversation, 'conversation.taken_over', principal.staffId, now);
  return toHolder(result);
}
