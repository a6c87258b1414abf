/**
 * Escalation reads in the query language both databases share (see docs/architecture.md, Escalation), so the two
 * adapters cannot drift apart on what "overdue" or "escalated in a range" means.
 */

/** Escalations still waiting for a person whose deadline has come: the restart sweep's work. */
export function dueEscalations(now: Date) {
  return { 'handoff.escalation.status': 'waiting', 'handoff.escalation.deadline': { $lte: now } };
}

/** A site's conversations with an escalation that began in `[from, to)`, by the `escalated` entries of their trail. */
export function escalatedBetween(query: { siteId: string; from: Date; to: Date }) {
  return { siteId: query.siteId, 'handoff.log': { $elemMatch: { kind: 'escalated', at: { $gte: query.from, $lt: query.to } } } };
}
