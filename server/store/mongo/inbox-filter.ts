import type { InboxStoreQuery } from '../inbox-query.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `inboxState` (inbox-query.ts) and `matchesInbox` as a MongoDB filter on the inbox indexes: the same rules,
 * held to the embedded store's answers by the store contract.
 */
export function inboxFilter(query: InboxStoreQuery): Record<string, unknown> {
  const and: Record<string, unknown>[] = [
    { siteId: query.siteId },
    { $or: [{ activity: { $exists: false } }, { 'activity.visitorAt': { $exists: true } }] },
  ];
  const waiting = { 'handoff.escalation.status': 'waiting' };
  const notWaiting = { 'handoff.escalation.status': { $ne: 'waiting' } };
  const active = { 'activity.visitorAt': { $gte: query.activeSince } };
  const notActive = { $or: [{ 'activity.visitorAt': { $lt: query.activeSince } }, { 'activity.visitorAt': { $exists: false } }] };
  const hasLead = { leadId: { $type: 'string' } };
  const noLead = { leadId: { $not: { $type: 'string' } } };
  if (query.state === 'waiting') and.push(waiting);
  if (query.state === 'active') and.push(notWaiting, active);
  if (query.state === 'lead') and.push(notWaiting, notActive, hasLead);
  if (query.state === 'quiet') and.push(notWaiting, notActive, noLead);
  if (query.hasLead !== undefined) and.push(query.hasLead ? hasLead : noLead);
  if (query.from) and.push({ 'activity.at': { $gte: query.from } });
  if (query.to) and.push({ 'activity.at': { $lt: query.to } });
  if (query.tokens && query.tokens.length > 0) {
    and.push({ searchTerms: { $all: query.tokens.map((token) => new RegExp(`^${escapeRegExp(token)}`)) } });
  }
  if (query.after) {
    const { at, id } = query.after;
    and.push({ $or: [{ 'activity.at': { $lt: at } }, { 'activity.at': at, _id: { $lt: id } }] });
  }
  return { $and: and };
}
