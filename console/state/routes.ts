/** The console's screens, from the URL (path routing under /console/; see docs/workspace.md). */
export type Route =
  | { name: 'inbox' }
  | { name: 'conversation'; id: string }
  | { name: 'leads' }
  | { name: 'team' }
  | { name: 'profile' }
  | { name: 'sign-in'; next: string }
  | { name: 'invitation' }
  | { name: 'reset' }
  | { name: 'not-found' };

export const BASE = '/console/';

/** Screens a visitor without a session may see. */
export const PUBLIC_ROUTES: ReadonlySet<Route['name']> = new Set(['sign-in', 'invitation', 'reset']);

/**
 * Where to go after sign-in: only a console path of this origin, so a crafted `?next=` never sends a salesperson
 * elsewhere.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith(BASE) || next.startsWith('//') || /[\\\s]/.test(next)) return BASE;
  return next.startsWith(`${BASE}sign-in`) ? BASE : next;
}

export function parseRoute(pathname: string, search = ''): Route {
  const path = pathname.replace(/^\/console\/?/, '').replace(/\/+$/, '');
  if (path === '') return { name: 'inbox' };
  if (path === 'leads') return { name: 'leads' };
  if (path === 'team') return { name: 'team' };
  if (path === 'profile') return { name: 'profile' };
  if (path === 'sign-in') return { name: 'sign-in', next: safeNext(new URLSearchParams(search).get('next')) };
  if (path === 'invitation') return { name: 'invitation' };
  if (path === 'reset') return { name: 'reset' };
  const conversation = /^conversations\/([^/]+)$/.exec(path);
  if (conversation?.[1]) return { name: 'conversation', id: decodeURIComponent(conversation[1]) };
  return { name: 'not-found' };
}

export function conversationPath(id: string): string {
  return `${BASE}conversations/${encodeURIComponent(id)}`;
}

export function signInPath(next: string): string {
  const target = safeNext(next);
  return target === BASE ? `${BASE}sign-in` : `${BASE}sign-in?next=${encodeURIComponent(target)}`;
}
