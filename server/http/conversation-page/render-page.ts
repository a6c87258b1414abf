import { escapeHtml as e, safeHref } from '../../delivery/escape-html.js';
import type { LeadBrief } from '../../delivery/lead-brief.js';

const CSS_LINK = '<link rel="stylesheet" href="/conversation/page.css">';

function shell(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex,nofollow"><title>${e(title)}</title>${CSS_LINK}</head>
<body>${body}</body></html>
`;
}

function card(brief: LeadBrief): string {
  const facts = brief.facts.map(({ label, value }) => `<tr><td class="label">${e(label)}</td><td>${e(value)}</td></tr>`).join('');
  const page = brief.page ? pageRow(brief.page) : '';
  const phone = brief.phone && !brief.doNotContact ? `<p><a class="call" href="tel:${e(brief.phone.tel)}">Call ${e(brief.phone.display)}</a></p>` : '';
  const email = brief.email ? `<p>Email: <a href="mailto:${e(brief.email)}">${e(brief.email)}</a></p>` : '';
  const questions = brief.openQuestions.length > 0
    ? `<h2>Questions for you to answer</h2><ul>${brief.openQuestions.map((q) => `<li>${e(q)}</li>`).join('')}</ul>`
    : '';
  return `<p class="urgency">${e(brief.urgency)}</p><h1>${e(brief.name)}</h1>
<p class="permission">${e(brief.permission)}</p>${phone}${email}
<table>${facts}${page}</table><p>${e(brief.summary)}</p>${questions}`;
}

function pageRow(page: NonNullable<LeadBrief['page']>): string {
  const label = e(page.title ?? page.url);
  const href = safeHref(page.url);
  return `<tr><td class="label">Page</td><td>${href ? `<a href="${href}" rel="noreferrer">${label}</a>` : label}</td></tr>`;
}

function transcript(brief: LeadBrief): string {
  if (brief.transcript.length === 0) return '<p class="note">(no messages stored)</p>';
  const cut = brief.transcriptCut ? '<p class="note">(earlier messages left out)</p>' : '';
  return cut + brief.transcript.map((m) => `<div class="message"><span class="at">${e(m.at)}</span><p><b>${e(m.who)}:</b> ${e(m.text)}</p></div>`).join('');
}

/** The read-only lead page: the lead card, then the whole transcript; every value escaped. */
export function conversationPage(brief: LeadBrief): string {
  return shell(
    `${brief.name} – ${brief.dealer}`,
    `<main>${card(brief)}<h2>Conversation</h2>${transcript(brief)}<p class="note">${e(brief.consent)}</p>
<p class="note">Read-only page for ${e(brief.dealer)}, shared by Cathy Chat. Do not forward: anyone with this link can read it until it expires.</p></main>`,
  );
}

/** A plain page for a link that cannot be opened, saying why and what to do. */
export function problemPage(title: string, message: string): string {
  return shell(title, `<div class="problem"><h1>${e(title)}</h1><p>${e(message)}</p></div>`);
}
