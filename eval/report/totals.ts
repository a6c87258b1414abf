import type { ShopperResult } from '../judge/judge-shopper.js';

export interface Totals {
  shoppers: number;
  passed: number;
  questions: { asked: number; answered: number; percent: number };
  /** Leads (or, without a lead, remembered facts) with every expected fact right. */
  leadsAllRight: { leads: number; allRight: number; percent: number };
  factsAllRight: { shoppers: number; allRight: number; percent: number };
  capture: { willing: number; captured: number; percent: number };
  verbatimRepeats: number;
  guardrailBreaches: number;
  /** Breaches by rule. */
  breachesByRule: Record<string, number>;
  /** Questions about a slot the shopper had already filled. */
  reAskedSlots: number;
  /** Unanswered questions that reached the lead, over those asked by shoppers who left a lead. */
  questionsOnLead: { unanswered: number; onLead: number; percent: number };
  turnsToCapture: { median: number; mean: number };
  latencyMs: { p50: number; p95: number; max: number; messages: number };
  /**
   * Shoppers who asked for a person: how many left an escalation and how those ended (nobody is signed in to the
   * workspace during the eval, so each ends at once as a call back or missed), and how many were silent (none).
   */
  personRequests: { asked: number; escalated: number; byStatus: Record<string, number>; silent: number };
  /** Per topic: asked, answered. */
  byTopic: Record<string, { asked: number; answered: number }>;
  /** Per lead field: judged, right. */
  byField: Record<string, { judged: number; right: number }>;
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10);

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function tally<T>(items: readonly T[], key: (item: T) => string, ok: (item: T) => boolean) {
  const out: Record<string, { total: number; ok: number }> = {};
  for (const item of items) {
    const entry = (out[key(item)] ??= { total: 0, ok: 0 });
    entry.total += 1;
    if (ok(item)) entry.ok += 1;
  }
  return out;
}

export function totalsOf(results: readonly ShopperResult[]): Totals {
  const topics = results.flatMap((r) => r.topics);
  const answered = topics.filter((t) => t.answered).length;
  const withLead = results.filter((r) => r.factsFrom === 'lead' && r.facts.length > 0);
  const withFacts = results.filter((r) => r.facts.length > 0);
  const allRight = (r: ShopperResult) => r.facts.every((f) => f.right);
  const willing = results.filter((r) => r.willing);
  const turns = results.flatMap((r) => (r.turnsToCapture ? [r.turnsToCapture] : [])).sort((a, b) => a - b);
  const latencies = results.flatMap((r) => r.latenciesMs).sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const byTopic = tally(topics, (t) => t.topic, (t) => t.answered);
  const onLead = results.flatMap((r) => (r.unansweredOnLead ? [r.unansweredOnLead] : []));
  const unanswered = onLead.reduce((n, q) => n + q.unanswered, 0);
  const carried = onLead.reduce((n, q) => n + q.onLead, 0);
  const breachesByRule: Record<string, number> = {};
  for (const b of results.flatMap((r) => r.breaches)) breachesByRule[b.rule] = (breachesByRule[b.rule] ?? 0) + 1;
  const byField = tally(results.flatMap((r) => r.facts), (f) => f.field, (f) => f.right);
  const asking = results.filter((r) => r.askedForPerson);
  const byStatus: Record<string, number> = {};
  for (const r of asking) if (r.escalation) byStatus[r.escalation.status] = (byStatus[r.escalation.status] ?? 0) + 1;
  return {
    shoppers: results.length,
    passed: results.filter((r) => r.passed).length,
    questions: { asked: topics.length, answered, percent: percent(answered, topics.length) },
    leadsAllRight: { leads: withLead.length, allRight: withLead.filter(allRight).length, percent: percent(withLead.filter(allRight).length, withLead.length) },
    factsAllRight: { shoppers: withFacts.length, allRight: withFacts.filter(allRight).length, percent: percent(withFacts.filter(allRight).length, withFacts.length) },
    capture: { willing: willing.length, captured: willing.filter((r) => r.captured).length, percent: percent(willing.filter((r) => r.captured).length, willing.length) },
    verbatimRepeats: results.reduce((sum, r) => sum + r.repeats.length, 0),
    guardrailBreaches: results.reduce((sum, r) => sum + r.breaches.length, 0),
    breachesByRule,
    reAskedSlots: results.reduce((sum, r) => sum + r.reAsks.length, 0),
    questionsOnLead: { unanswered, onLead: carried, percent: percent(carried, unanswered) },
    turnsToCapture: { median: quantile(turns, 0.5), mean: round(turns.reduce((a, b) => a + b, 0) / (turns.length || 1)) },
    latencyMs: { p50: round(quantile(latencies, 0.5)), p95: round(quantile(latencies, 0.95)), max: round(latencies.at(-1) ?? 0), messages: latencies.length },
    personRequests: { asked: asking.length, escalated: asking.filter((r) => r.escalation).length, byStatus, silent: asking.filter((r) => !r.escalation).length },
    byTopic: Object.fromEntries(Object.entries(byTopic).map(([k, v]) => [k, { asked: v.total, answered: v.ok }])),
    byField: Object.fromEntries(Object.entries(byField).map(([k, v]) => [k, { judged: v.total, right: v.ok }])),
  };
}
