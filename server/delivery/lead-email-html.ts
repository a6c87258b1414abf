import { escapeHtml as e, safeHref } from './escape-html.js';
import type { LeadBrief } from './lead-brief.js';

const BUTTON = 'display:inline-block;padding:14px 22px;border-radius:8px;background:#0b6bcb;color:#fff;font-size:20px;font-weight:bold;text-decoration:none';
const CELL = 'padding:6px 10px 6px 0;vertical-align:top';

function contactBlock(brief: LeadBrief): string {
  if (brief.doNotContact) {
    return '<p style="padding:12px;background:#fde8e8;color:#9b1c1c;font-size:18px;font-weight:bold">The visitor opted out of calls and texts. Do not call or text this person.</p>';
  }
  const parts: string[] = [];
  if (brief.phone) parts.push(`<p><a href="tel:${e(brief.phone.tel)}" style="${BUTTON}">Call ${e(brief.phone.display)}</a></p>`);
  if (brief.email) parts.push(`<p style="font-size:16px">Email: <a href="mailto:${e(brief.email)}">${e(brief.email)}</a></p>`);
  return parts.join('');
}

function pageRow(page: NonNullable<LeadBrief['page']>): string {
  const label = e(page.title ?? page.url);
  const href = safeHref(page.url);
  return `<tr><td style="${CELL};color:#555">Page</td><td style="${CELL}">${href ? `<a href="${href}">${label}</a>` : label}</td></tr>`;
}

function transcript(brief: LeadBrief): string {
  if (brief.transcript.length === 0) return '<p style="color:#555">(no messages stored)</p>';
  const cut = brief.transcriptCut ? '<p style="color:#555">(earlier messages left out)</p>' : '';
  const rows = brief.transcript.map(
    (m) =>
      `<p style="margin:0 0 8px"><span style="color:#555;font-size:12px">${e(m.at)}</span><br><b>${e(m.who)}:</b> ${e(m.text).replace(/\n/g, '<br>')}</p>`,
  );
  return cut + rows.join('');
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
  const facts = brief.facts
    .map(({ label, value }) => `<tr><td style="${CELL};color:#555">${e(label)}</td><td style="${CELL}">${e(value)}</td></tr>`)
    .join('');
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="margin:0;padding:16px;font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#111;line-height:1.4">
<div style="max-width:600px">
<p style="margin:0;color:#0b6bcb;font-weight:bold;text-transform:uppercase">${e(brief.urgency)}</p>
<h1 style="margin:4px 0 12px;font-size:26px">${e(brief.name)}</h1>
<p style="margin:0 0 12px;font-size:16px;font-weight:bold">${e(brief.permission)}</p>
${brief.changes.length > 0 ? `<p style="margin:0 0 12px;font-size:16px">Changed: ${e(brief.changes.join(', '))}</p>` : ''}
${contactBlock(brief)}
<table style="border-collapse:collapse;font-size:16px">${facts}${brief.page ? pageRow(brief.page) : ''}</table>
<p style="font-size:16px">${e(brief.summary)}</p>
${openQuestions(brief)}
<p><a href="${e(brief.links.conversation)}" style="font-size:16px">Open conversation</a></p>
<h2 style="font-size:18px;margin:24px 0 8px">Transcript</h2>
${transcript(brief)}
<p style="color:#555;font-size:12px">${e(brief.consent)}</p>
<p style="color:#555;font-size:12px">Sent by Cathy Chat for ${e(brief.dealer)}.</p>
</div></body></html>
`;
}
