import type { StaffRole } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import { roleAtLeast } from '../staff/site-role.js';
import type { StaffPrincipal } from '../staff/staff-principal.js';
import type { ConversationRecord, HandoffHolderRecord } from '../store/records.js';
import { auditHandoff } from './audit-handoff.js';
import { changeHandoff } from './change-handoff.js';
import type { HandoffDeps } from './handoff-deps.js';
import { withEntry } from './handoff-log.js';

/**
 * "Hand back to Cathy": she answers the next message, with what the person said in her history. The holder
 * hands back; an owner or manager may hand back a colleague's chat.
 */
export async function handBack(deps: HandoffDeps, input: { principal: StaffPrincipal; role: StaffRole; conversation: ConversationRecord }): Promise<void> {
  const { principal, role } = input;
  const now = deps.now();
  const { result: left, conversation } = await changeHandoff<HandoffHolderRecord>(deps.store, input.conversation.id, (_conversation, handoff) => {
    const holder = handoff.holder;
    if (!holder) throw new AppError('CONFLICT', 'Nobody is answering this conversation in Cathy’s place.');
    if (holder.staffId !== principal.staffId && !roleAtLeast(role, 'manager')) {
      throw new AppError('FORBIDDEN', `${holder.name} is answering this conversation; only they, an owner or a manager may hand it back.`);
    }
    const from = holder.staffId === principal.staffId ? {} : { from: { id: holder.staffId, name: holder.name } };
    return { result: holder, next: { ...(handoff.escalation ? { escalation: handoff.escalation } : {}), log: withEntry(handoff.log, { kind: 'handed_back', at: now, staff: { id: principal.staffId, name: principal.name }, ...from }) } };
  });
  deps.hub.publish(conversation.id, 'agent:left', { name: left.name, at: now.toISOString() });
  if (conversation.handoff) deps.hub.announce({ conversationId: conversation.id, siteId: conversation.siteId, kind: 'handoff', handoff: conversation.handoff });
  await auditHandoff(deps, conversation, 'conversation.handed_back', principal.staffId, now);
}
