import type { BriefLine, LeadBrief } from './lead-brief.js';
import { continued, oneLineField as flat } from './visitor-lines.js';

function factLines(facts: LeadBrief['facts']): string[] {
  return facts.map(({ label, value }) => `${label}: ${flat(value)}`);
}

function transcriptLines(transcript: BriefLine[], cut: boolean): string[] {
  const lines = cut ? ['(earlier messages left out)'] : [];
  for (const message of transcript) lines.push(`[${message.at}] ${message.who}: ${continued(message.text)}`);
  if (transcript.length === 0) lines.push('(no messages stored)');
  return lines;
}

/**
 * The plain-text salesperson email: the call-to-action first, the transcript last. Visitor text never starts a
 * line of its own: one-line fields show line breaks as ↵, messages mark their continuation lines.
 */
export function leadEmailText(brief: LeadBrief): string {
  const lines: string[] = [`${brief.urgency.toUpperCase()}: ${flat(brief.name)}`, brief.permission];
  if (brief.changes.length > 0) lines.push(`Changed: ${brief.changes.join(', ')}`);
  if (brief.phone) lines.push(`Phone: ${brief.phone.display}  (tel:${brief.phone.tel})`);
  if (brief.email) lines.push(`Email: ${flat(brief.email)}`);
  lines.push('', ...factLines(brief.facts));
  if (brief.page) lines.push(`Page: ${brief.page.title ? `${flat(brief.page.title)} – ` : ''}${flat(brief.page.url)}`);
  lines.push('', flat(brief.summary));
  if (brief.openQuestions.length > 0) lines.push('', 'Questions for you to answer:', ...brief.openQuestions.map((q) => `- ${flat(q)}`));
  if (brief.notice) lines.push('', brief.notice);
  lines.push('', '— Transcript —', ...transcriptLines(brief.transcript, brief.transcriptCut), '', flat(brief.consent));
  for (const other of brief.others) {
    lines.push('', `— ${other.title} —`, ...factLines(other.facts), ...transcriptLines(other.transcript, other.transcriptCut), '', flat(other.consent));
  }
  lines.push(
    '',
    `Open conversation: ${brief.links.conversation}`,
    `Transcript without signing in: ${brief.links.transcript}`,
    `Lead (API): ${brief.links.lead}`,
    `Sent by Cathy Chat for ${brief.dealer}.`,
  );
  return `${lines.join('\n')}\n`;
}
