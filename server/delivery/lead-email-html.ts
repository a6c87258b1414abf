import { escapeHtml as e, escapeHtmlWrapping as w, safeHref } from './escape-html.js';
import type { BriefConversation, BriefLine, LeadBrief } from './lead-brief.js';
import { linesOf } from './visitor-lines.js';

const BUTTON = 'display:inline-block;padding:14px 22px;border-radius:8px;background:#0b6bcb;color:#fff;font-size:20px;font-weight:bold;text-decoration:none';
const CELL = 'padding:6px 10px 6px 0;vertical-align:top;overflow-wrap:anywhere;word-break:break-word';
// Long words and links wrap instead of widening the email: overflow-wrap where supported, word-break for the rest.
const WRAP = 'overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word';
const MESSAGE = 'margin:2px 0 0;padding:2px 0 2px 10px;border-left:3px solid #d0d7de';

function contactBlock(brief: LeadBrief): string {
  if (brief.doNotContact) {
    return '<p style="padding:12px;background:#fde8e8;color:#9b1c1c;font-size:18px;font-weight:bold">The visitor opted out of calls and texts. Do not call or text this person.</p>';
  }
  const parts: string[] = [];
  if (brief.phone) parts.push(`<p><a href="tel:${e(brief.phone.tel)}" style="${BUTTON}">Call ${e(brief.phone.display)}</a></p>`);
  if (brief.email) parts.push(`<p style="font-size:16px">Email: <a href="mailto:${e(brief.email)}">${w(brief.email)}</a></p>`);
  return parts.join('');
}

function pageRow(page: NonNullable<LeadBrief['page']>): string {
  const label = w(page.title ?? page.url);
  const href = safeHref(page.url);
  return `<tr><td style="${CELL};color:#555">Page</td><td style="${CELL}">${href ? `<a href="${href}">${label}</a>` : label}</td></tr>`;
}

/** A message's own block, bordered: a line the visitor typed can only ever show inside it, never as an entry. */
function transcript(lines: BriefLine[], cut: boolean): string {
  if (lines.length === 0) return '<p style="color:#555">(no messages stored)</p>';
  const rows = lines.map(
    (m) =>
      `<div style="margin:0 0 8px"><span style="color:#555;font-size:12px">${e(m.at)}</span> <b>${e(m.who)}:</b>` +
      `<div style="${MESSAGE}">${linesOf(m.text).map(w).join('<br>')}</div></div>`,
  );
  return (cut ? '<p style="color:#555">(earlier messages left out)</p>' : '') + rows.join('');
}

function factRows(facts: LeadBrief['facts']): string {
  return facts.map(({ label, value }) => `<tr><td style="${CELL};color:#555">${e(label)}</td><td style="${CELL}">${w(value)}</td></tr>`).join('');
}

function otherConversation(other: BriefConversation): string {
  return `<h2 style="font-size:18px;margin:24px 0 8px;padding-top:12px;border-top:2px solid #d0d7de">${e(other.title)}</h2>
<table style="border-collapse:collapse;font-size:16px">${factRows(other.facts)}</table>
${transcript(other.transcript, other.transcriptCut)}
<p style="color:#555;font-size:12px">${w(other.consent)}</p>`;
}

function openQuestions(brief: LeadBrief): string {
  if (brief.openQuestions.length === 0) return '';
  return `<p style="font-size:16px;margin-bottom:4px">Questions for you to answer:</p><ul style="margin-top:0">${brief.openQuestions.map((q) => `<li>${e(q)}</li>`).join('')}</ul>`;
}

/**
 * The HTML salesperson email, readable on a phone in ten seconds: name, a tap-to-call button, what they want.
 * Every value passes through `escapeHtml`: names, messages and page titles are visitor text.
 */
export function leadEmailHtml(brief: LeadBrief): string {
  const facts = factRows(brief.facts);
  const notice = brief.notice ? `<p style="padding:12px;background:#fff4e5;color:#7a4100;font-size:16px">${e(brief.notice)}</p>` : '';
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="margin:0;padding:16px;font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#111;line-height:1.4">
<div style="max-width:600px;${WRAP}">
<p style="margin:0;color:#0b6bcb;font-weight:bold;text-transform:uppercase">${e(brief.urgency)}</p>
<h1 style="margin:4px 0 12px;font-size:26px">${w(brief.name)}</h1>
<p style="margin:0 0 12px;font-size:16px;font-weight:bold">${e(brief.permission)}</p>
${brief.changes.length > 0 ? `<p style="margin:0 0 12px;font-size:16px">Changed: ${e(brief.changes.join(', '))}</p>` : ''}
${contactBlock(brief)}
<table style="border-collapse:collapse;font-size:16px">${facts}${brief.page ? pageRow(brief.page) : ''}</table>
<p style="font-size:16px">${w(brief.summary)}</p>
${openQuestions(brief)}
<p><a href="${e(brief.links.conversation)}" style="font-size:16px">Open conversation</a>
<span style="color:#555;font-size:13px">· <a href="${e(brief.links.transcript)}" style="color:#555">read the transcript without signing in</a></span></p>
${notice}<h2 style="font-size:18px;margin:24px 0 8px">Transcript</h2>
${transcript(brief.transcript, brief.transcriptCut)}
<p style="color:#555;font-size:12px">${w(brief.consent)}</p>
${brief.others.map(otherConversation).join('\n')}
<p style="color:#555;font-size:12px">Sent by Cathy Chat for ${w(brief.dealer)}.</p>
</div></body></html>
`;
}
