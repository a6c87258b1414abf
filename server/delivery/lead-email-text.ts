import type { LeadBrief } from './lead-brief.js';

/** The plain-text salesperson email: the call-to-action first, the transcript last. */
export function leadEmailText(brief: LeadBrief): string {
  const lines: string[] = [`${brief.urgency.toUpperCase()}: ${brief.name}`, brief.permission];
  if (brief.changes.length > 0) lines.push(`Changed: ${brief.changes.join(', ')}`);
  if (brief.phone) lines.push(`Phone: ${brief.phone.display}  (tel:${brief.phone.tel})`);
  if (brief.email) lines.push(`Email: ${brief.email}`);
  lines.push('');
  for (const { label, value } of brief.facts) lines.push(`${label}: ${value}`);
  if (brief.page) lines.push(`Page: ${brief.page.title ? `${brief.page.title} – ` : ''}${brief.page.url}`);
  lines.push('', brief.summary);
  if (brief.openQuestions.length > 0) lines.push('', 'Questions for you to answer:', ...brief.openQuestions.map((q) => `- ${q}`));
  lines.push('', '— Transcript —');
  if (brief.transcriptCut) lines.push('(earlier messages left out)');
  for (const message of brief.transcript) lines.push(`[${message.at}] ${message.who}: ${message.text}`);
  if (brief.transcript.length === 0) lines.push('(no messages stored)');
  lines.push(
    '',
    brief.consent,
    '',
    `Open conversation: ${brief.links.conversation}`,
    `Lead (API): ${brief.links.lead}`,
    `Sent by Cathy Chat for ${brief.dealer}.`,
  );
  return `${lines.join('\n')}\n`;
}
