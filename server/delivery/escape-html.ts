import { isExternal, safeHref as safeLink } from '../../sdk/common/safe-url.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A link target only for http(s) URLs: a visitor's page URL could be `javascript:`. */
export function safeHref(url: string): string | undefined {
  const href = safeLink(url);
  return href !== null && isExternal(href) ? escapeHtml(href) : undefined;
}
