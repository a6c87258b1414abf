import { isExternal, safeHref as safeLink } from '../../sdk/common/safe-url.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Longest run shown without a break opportunity; clients that ignore the email's `overflow-wrap` still wrap. */
const RUN = 30;

/**
 * Element content that wraps on a phone: escaped like `escapeHtml`, with `<wbr>` every few characters of a long
 * unbroken run (a 1,990-character "word" or a long URL would otherwise make the whole email scroll sideways).
 */
export function escapeHtmlWrapping(text: string): string {
  return text
    .split(/(\s+)/)
    .map((part) => {
      const chars = Array.from(part);
      if (chars.length <= RUN) return escapeHtml(part);
      const pieces: string[] = [];
      for (let at = 0; at < chars.length; at += RUN) pieces.push(escapeHtml(chars.slice(at, at + RUN).join('')));
      return pieces.join('<wbr>');
    })
    .join('');
}

/** A link target only for http(s) URLs: a visitor's page URL could be `javascript:`. */
export function safeHref(url: string): string | undefined {
  const href = safeLink(url);
  return href !== null && isExternal(href) ? escapeHtml(href) : undefined;
}
