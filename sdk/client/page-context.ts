import type { PageContext, PageViewPayload, Utm } from '../protocol/index.js';

/** The page a session starts on, as `session:start` and `POST /v1/sessions` take it. */
export interface PageInfo {
  page: PageContext;
  utm?: Utm;
}

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
// The server's limits: a page the server refuses would stop the whole session from starting.
const MAX_URL = 2048;
const MAX_TITLE = 300;
const MAX_UTM = 200;

/** `utm_*` parameters of a URL, or undefined when it has none. */
export function utmFrom(url: string): Utm | undefined {
  if (!URL.canParse(url)) return undefined;
  const params = new URL(url).searchParams;
  const utm: Utm = {};
  for (const key of UTM_KEYS) {
    const value = params.get(`utm_${key}`);
    if (value) utm[key] = value.slice(0, MAX_UTM);
  }
  return Object.keys(utm).length > 0 ? utm : undefined;
}

/** The browser's current page: location, title, referrer and UTM. */
export function readPage(win: Window): PageInfo {
  const url = win.location.href;
  return pageInfo({ url, title: win.document.title, referrer: win.document.referrer, utm: utmFrom(url) });
}

/** Trims a page description to what the server accepts (http(s) URLs, bounded lengths). */
export function pageInfo(input: PageViewPayload & { referrer?: string; utm?: Utm }): PageInfo {
  const page: PageContext = { url: input.url.slice(0, MAX_URL) };
  const title = input.title?.trim();
  if (title) page.title = title.slice(0, MAX_TITLE);
  if (input.referrer && isHttpUrl(input.referrer)) page.referrer = input.referrer;
  return input.utm ? { page, utm: input.utm } : { page };
}

/** A `page:view` payload from page context. */
export function pageView(info: PageInfo): PageViewPayload {
  return info.page.title === undefined ? { url: info.page.url } : { url: info.page.url, title: info.page.title };
}

function isHttpUrl(value: string): boolean {
  return value.length <= MAX_URL && /^https?:\/\//i.test(value) && URL.canParse(value);
}
