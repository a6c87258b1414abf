import type { OutboxJobRecord } from '../store/records.js';

/** The API form of an outbox job: ISO dates, the lease shown only while a worker holds it. */
export function toDelivery(job: OutboxJobRecord) {
  return {
    id: job.id,
    leadId: job.leadId,
    visitorId: job.visitorId,
    kind: job.kind,
    event: job.event,
    leadVersion: job.leadVersion,
    status: job.status,
    attempts: job.attempts,
    nextAttemptAt: job.nextAttemptAt.toISOString(),
    lastError: job.lastError ?? null,
    deliveredAt: job.deliveredAt?.toISOString() ?? null,
    deliveredTo: job.deliveredTo ?? null,
    leaseUntil: job.status === 'processing' ? (job.leaseUntil?.toISOString() ?? null) : null,
    retriedAt: job.retriedAt?.toISOString() ?? null,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
  };
}

export type ApiDelivery = ReturnType<typeof toDelivery>;
