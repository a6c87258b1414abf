import type { ShopperResult } from '../judge/judge-shopper.js';
import type { Played } from '../play/play-shopper.js';
import type { Totals } from './totals.js';

const pad = (text: string, width: number) => text.padEnd(width);

/** One line per shopper: pass/fail, answered topics, facts, capture, repeats, breaches. */
export function shopperLine(r: ShopperResult): string {
  const answered = r.topics.filter((t) => t.answered).length;
  const right = r.facts.filter((f) => f.right).length;
  const capture = r.willing ? (r.captured ? `captured@${r.turnsToCapture ?? '?'}` : 'NOT captured') : 'no phone';
  const missed = r.topics.filter((t) => !t.answered).map((t) => t.topic);
  const wrong = r.facts.filter((f) => !f.right).map((f) => f.field);
  const notes = [
    missed.length ? `missed: ${missed.join(',')}` : '',
    wrong.length ? `wrong: ${wrong.join(',')}` : '',
    r.repeats.length ? `repeats: ${r.repeats.length}` : '',
    r.breaches.length ? `breaches: ${r.breaches.map((b) => b.rule).join(',')}` : '',
    r.reAsks.length ? `re-asked: ${r.reAsks.map((a) => a.slot).join(',')}` : '',
    r.askedForPerson && !r.escalation ? 'silent: asked for a person, no escalation' : '',
  ].filter(Boolean);
  return `${r.passed ? 'PASS' : 'FAIL'} ${pad(r.id, 30)} q ${answered}/${r.topics.length}  facts ${right}/${r.facts.length} (${r.factsFrom})  ${pad(capture, 13)} ${notes.join('  ')}`;
}

export function totalsText(t: Totals): string {
  return [
    `shoppers ${t.shoppers}, passed ${t.passed}`,
    `questions answered      ${t.questions.percent}% (${t.questions.answered}/${t.questions.asked})`,
    `leads every fact right  ${t.leadsAllRight.percent}% (${t.leadsAllRight.allRight}/${t.leadsAllRight.leads})`,
    `facts right, all        ${t.factsAllRight.percent}% (${t.factsAllRight.allRight}/${t.factsAllRight.shoppers} shoppers, lead or memory)`,
    `willing captured        ${t.capture.percent}% (${t.capture.captured}/${t.capture.willing})`,
    `verbatim repeats        ${t.verbatimRepeats}`,
    `guardrail breaches      ${t.guardrailBreaches}${Object.keys(t.breachesByRule).length ? ` (${Object.entries(t.breachesByRule).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''}`,
    `re-asked filled slots   ${t.reAskedSlots}`,
    `unanswered on the lead  ${t.questionsOnLead.percent}% (${t.questionsOnLead.onLead}/${t.questionsOnLead.unanswered} questions Cathy could not answer, shoppers with a lead)`,
    `asked for a person      ${t.personRequests.asked} shoppers: ${t.personRequests.escalated} escalated (${Object.entries(t.personRequests.byStatus).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}), ${t.personRequests.silent} silent`,
    `turns to capture        median ${t.turnsToCapture.median}, mean ${t.turnsToCapture.mean}`,
    `latency per message     p50 ${t.latencyMs.p50} ms, p95 ${t.latencyMs.p95} ms, max ${t.latencyMs.max} ms (${t.latencyMs.messages} messages)`,
    `by topic  ${Object.entries(t.byTopic).map(([k, v]) => `${k} ${v.answered}/${v.asked}`).join(', ')}`,
    `by field  ${Object.entries(t.byField).map(([k, v]) => `${k} ${v.right}/${v.judged}`).join(', ')}`,
  ].join('\n');
}

/** The conversation with each reply's judgement, for a failing shopper under --verbose. */
export function transcript(played: Played, result: ShopperResult): string {
  const out: string[] = [];
  played.turns.forEach((turn, index) => {
    const n = index + 1;
    out.push(`  ${n}. shopper${turn.source === 'line' ? '' : ` (answers ${turn.source})`}: ${turn.text}`);
    out.push(`     cathy${turn.asks ? ` (asks ${turn.asks})` : ''}: ${turn.reply}`);
    for (const t of result.topics.filter((t) => t.turn === n && !t.answered)) out.push(`     ✗ not answered: ${t.topic}`);
    for (const b of result.breaches.filter((b) => b.turn === n)) out.push(`     ✗ breach: ${b.rule}`);
    for (const a of result.reAsks.filter((a) => a.turn === n)) out.push(`     ✗ asked again: ${a.slot}`);
  });
  for (const f of result.facts.filter((f) => !f.right)) out.push(`  ✗ ${f.field}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.got)}`);
  for (const r of result.repeats) out.push(`  ✗ repeated: ${r}`);
  if (result.willing && !result.captured) out.push('  ✗ phone not captured');
  return out.join('\n');
}
