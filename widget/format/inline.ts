import { safeHref } from '../../sdk/common/safe-url.js';

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'bold'; c: Inline[] }
  | { t: 'link'; href: string; v: string }
  | { t: 'br' };

const URL_CHARS = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";
const LINKS = new RegExp(
  [
    /\[([^\]\n]{1,300})\]\(([^\s()]{1,2000})\)/.source,
    `\\b(?:https?://|mailto:|tel:)${URL_CHARS}+`,
    `\\bwww\\.${URL_CHARS}+`,
    /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/.source,
    /(?<![\w+])(?:\+?1[ .-]?)?(?:\(\d{3}\)|\d{3})[ .-]\d{3}[ .-]\d{4}\b/.source,
  ].join('|'),
  'gi',
);
const BOLD = /\*\*(?=\S)([\s\S]*?\S)\*\*/g;

/** Sentence punctuation after a URL belongs to the sentence, as do closing parens the URL did not open. */
function trimUrl(raw: string): string {
  let url = raw.replace(/[.,;:!?'"*]+$/, '');
  while (url.endsWith(')') && url.split('(').length < url.split(')').length) {
    url = url.slice(0, -1).replace(/[.,;:!?'"*]+$/, '');
  }
  return url;
}

function hrefFor(match: string): string | null {
  if (/^www\./i.test(match)) return safeHref(`https://${match}`);
  if (/^(https?:|mailto:|tel:)/i.test(match)) return safeHref(match);
  if (match.includes('@')) return safeHref(`mailto:${match}`);
  return safeHref(`tel:${match.replace(/[^\d+]/g, '')}`);
}

function withBreaks(text: string, out: Inline[]): void {
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push({ t: 'br' });
    if (line) out.push({ t: 'text', v: line });
  });
}

function linkify(text: string, out: Inline[]): void {
  let last = 0;
  for (const m of text.matchAll(LINKS)) {
    const start = m.index;
    const isMarkdown = m[1] !== undefined;
    const raw = isMarkdown ? m[0] : trimUrl(m[0]);
    const href = isMarkdown ? safeHref(m[2] ?? '') : hrefFor(raw);
    // An unsafe markdown link stays visible as literal text, so the visitor sees what was sent.
    if (!href) continue;
    withBreaks(text.slice(last, start), out);
    out.push({ t: 'link', href, v: isMarkdown ? (m[1] ?? '') : raw });
    last = start + raw.length;
  }
  withBreaks(text.slice(last), out);
}

/** Parses `**bold**` and safe links inside one paragraph or list item; everything else is text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(BOLD)) {
    linkify(text.slice(last, m.index), out);
    const inner: Inline[] = [];
    linkify(m[1] ?? '', inner);
    out.push({ t: 'bold', c: inner });
    last = m.index + m[0].length;
  }
  linkify(text.slice(last), out);
  return out;
}
