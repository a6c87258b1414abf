import { v7 as uuidv7 } from 'uuid';
import type { LeadPipelinePatch } from '../../sdk/protocol/index.js';
import type { LeadRecord, NewOutboxJob, PipelineRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { changeLead } from './lead-lock.js';
import { relayPendingJobs } from './outbox-relay.js';

/** The pipeline after `patch`: leaving `lost` drops its reason; `null` clears an assignee or notes. */
function nextPipeline(before: PipelineRecord | undefined, patch: LeadPipelinePatch, now: Date): PipelineRecord {
  const { stage = before?.stage ?? 'new', assignee, notes } = patch;
  const next: PipelineRecord = { stage, changedAt: now };
  const reason = patch.reason ?? before?.reason;
  if (stage === 'lost' && reason) next.reason = reason;
  const keptAssignee = assignee === undefined ? before?.assignee : (assignee ?? undefined);
  if (keptAssignee) next.assignee = keptAssignee;
  const keptNotes = notes === undefined ? before?.notes : (notes ?? undefined);
  if (keptNotes) next.notes = keptNotes;
  return next;
}

function changedFields(before: PipelineRecord | undefined, after: PipelineRecord): string[] {
  const fields = ['stage', 'reason', 'assignee', 'notes'] as const;
  return fields.filter((field) => (field === 'stage' ? (before?.stage ?? 'new') : before?.[field]) !== after[field]);
}

/**
 * Applies a dealer's pipeline change to the site's lead, under the lead's lock so it never overwrites a
 * conversation's concurrent write. A change of stage bumps the lead's version and queues a `lead.status_changed`
 * webhook in the same document write (relayed to the outbox like every lead job); any change writes an audit
 * entry naming the fields, never their text, and the staff member when one made the change in the workspace.
 * Null when the site has no such lead.
 */
export function changePipeline(
  store: Store,
  input: { siteId: string; leadId: string; patch: LeadPipelinePatch; now: Date; staffId?: string },
): Promise<LeadRecord | null> {
  const { siteId, leadId, patch, now, staffId } = input;
  return changeLead(store, leadId, async (lead) => {
    if (!lead || lead.siteId !== siteId) return null;
    const pipeline = nextPipeline(lead.pipeline, patch, now);
    const fields = changedFields(lead.pipeline, pipeline);
    if (fields.length === 0) return lead;
    // Jobs written earlier and not relayed yet (a crash between the two writes) go out before being replaced.
    if (lead.pendingJobs.length > 0) await relayPendingJobs(store, lead, now);
    const site = await store.sites.byId(siteId);
    const jobs: NewOutboxJob[] = fields.includes('stage') && site?.webhook ? [{ kind: 'webhook', event: 'lead.status_changed' }] : [];
    const updated = await store.leads.update(lead.id, {
      pipeline,
      updatedAt: now,
      ...(jobs.length > 0 && { version: lead.version + 1, pendingJobs: jobs }),
    });
    if (!updated) return null;
    await store.audit.insert({
      id: uuidv7(),
      siteId,
      action: 'lead.pipeline_changed',
      subject: lead.id,
      counts: {},
      change: { from: lead.pipeline?.stage ?? 'new', to: pipeline.stage, fields },
      ...(staffId && { staffId }),
      at: now,
    });
    await relayPendingJobs(store, updated, now);
    return updated;
  });
}
