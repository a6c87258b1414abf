import type { LeadCreatedQuery, LeadQuery } from './store.js';

/** Lead filters in the query language both databases share. */

/**
 * A lead is found by any phone or email one of its conversations gave (`conversations.contact`), and by the
 * top-level contact of leads stored before leads kept their conversations. Null when there is no phone and no
 * email to match: an empty `$or` would match nothing or fail.
 */
export function recentByContactFilter(
  siteId: string,
  contact: { phone?: string; email?: string },
  since: Date,
): Record<string, unknown> | null {
  const anyOf: Record<string, string>[] = [];
  if (contact.phone) anyOf.push({ 'contact.phone': contact.phone }, { 'conversations.contact.phone': contact.phone });
  if (contact.email) anyOf.push({ 'contact.email': contact.email }, { 'conversations.contact.email': contact.email });
  if (anyOf.length === 0) return null;
  return { siteId, createdAt: { $gte: since }, $or: anyOf };
}

/** The leads any of whose conversations came from the visitor, not only those the visitor started. */
export function byVisitorFilter(visitorId: string): Record<string, unknown> {
  return { $or: [{ visitorId }, { 'conversations.visitorId': visitorId }] };
}

/** `since` applies to `updatedAt`, the field the list is sorted by, so one index serves both. */
export function leadListFilter(query: LeadQuery): Record<string, unknown> {
  return {
    siteId: query.siteId,
    ...(query.status && { status: query.status }),
    ...(query.since && { updatedAt: { $gte: query.since } }),
    ...(query.stage === 'new' && { $or: [{ 'pipeline.stage': 'new' }, { 'pipeline.stage': { $exists: false } }] }),
    ...(query.stage && query.stage !== 'new' && { 'pipeline.stage': query.stage }),
  };
}

export function leadCreatedFilter(query: LeadCreatedQuery): Record<string, unknown> {
  return { siteId: query.siteId, createdAt: { $gte: query.from, $lt: query.to } };
}

/** A fresh object per query: mongoose casts filters in place. */
export function withPendingJobsFilter(): Record<string, unknown> {
  return { 'pendingJobs.0': { $exists: true } };
}
