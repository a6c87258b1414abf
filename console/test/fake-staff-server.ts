import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  CSRF_HEADER,
  ERROR_STATUS,
  type ChatMessage,
  type ConversationDetail,
  type ErrorCode,
  type EscalationSummary,
  type InboxItem,
  type Lead,
  type LeadPipelinePatch,
  type PresenceEntry,
  type ProfileBody,
  type StaffMe,
  type StaffNote,
  type TeamMember,
} from '../../sdk/protocol/index.js';

export interface RecordedRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
  csrf: string | null;
  credentials: RequestCredentials;
}

/** What the fake server holds; tests set it up and read `requests` back. */
export interface StaffData {
  me: StaffMe | null;
  password: string;
  items: InboxItem[];
  details: Record<string, ConversationDetail>;
  leads: Lead[];
  team: TeamMember[];
  /** Answers sign-in instead of checking the password (e.g. ACCOUNT_LOCKED). */
  signInError?: { code: ErrorCode; retryAfter?: number };
  /** Answers accept-invitation and reset with this error. */
  linkError?: ErrorCode;
  /** Who of the site's team is signed in, for `GET …/presence`. */
  presence: PresenceEntry[];
  escalationSummary: EscalationSummary;
  /** Answers the next agent messages with this error, once each (e.g. a lost connection). */
  messageFailures: ErrorCode[];
  requests: RecordedRequest[];
}

export function emptyData(me: StaffMe | null): StaffData {
  return {
    me,
    password: 'correct horse battery',
    items: [],
    details: {},
    leads: [],
    team: [],
    presence: [],
    escalationSummary: { waiting: 0, taken: 0, callback: 0, missed: 0 },
    messageFailures: [],
    requests: [],
  };
}

const fail = (code: ErrorCode, message: string = code, extra: { retryAfter?: number } = {}) =>
  HttpResponse.json({ error: { code, message, ...extra } }, { status: ERROR_STATUS[code] });

const STATE_CHANGE = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);
const ANONYMOUS = /\/auth\/(sign-in|accept-invitation|request-reset|reset)$/;

function matchesQuery(item: InboxItem, search: URLSearchParams): boolean {
  const q = search.get('q')?.toLowerCase();
  const haystack = [item.visitor.name, item.visitor.email, item.vehicle, item.visitor.phoneLast4].filter(Boolean).join(' ').toLowerCase();
  if (q && !haystack.includes(q)) return false;
  if (search.get('hasLead') === 'true' && !item.lead) return false;
  if (search.get('state') && item.state !== search.get('state')) return false;
  if (search.get('from') && item.lastActivityAt < search.get('from')!) return false;
  if (search.get('to') && item.lastActivityAt >= search.get('to')!) return false;
  return true;
}

/**
 * msw handlers speaking the staff REST routes of docs/staff-api.md with the sdk/protocol/staff.ts shapes, including
 * the guard: 401 without a session, 403 CSRF_INVALID on a state change without the session's token.
 */
export function staffHandlers(data: StaffData): HttpHandler[] {
  const guard = (request: Request, path: string) => {
    if (ANONYMOUS.test(path)) return undefined;
    if (!data.me) return fail('UNAUTHORIZED');
    if (STATE_CHANGE.has(request.method) && request.headers.get(CSRF_HEADER) !== data.me.csrfToken) return fail('CSRF_INVALID');
    return undefined;
  };
  const all = http.all('/v1/staff/*', async ({ request }) => {
    const url = new URL(request.url);
    const body: unknown = request.method === 'GET' ? undefined : await request.clone().json().catch(() => undefined);
    data.requests.push({ method: request.method, path: url.pathname, search: url.searchParams, body, csrf: request.headers.get(CSRF_HEADER), credentials: request.credentials });
    return guard(request, url.pathname);
  });
  const detailOf = (id: string) => data.details[id];
  const isManager = () => data.me?.memberships.some((m) => m.role !== 'salesperson') ?? false;
  const sent = new Map<string, ChatMessage>();

  return [
    all,
    http.get('/v1/staff/me', () => HttpResponse.json(data.me)),
    http.post('/v1/staff/auth/sign-in', async ({ request }) => {
      if (data.signInError) return fail(data.signInError.code, 'refused', { retryAfter: data.signInError.retryAfter });
      const { password } = (await request.json()) as { password: string };
      if (password !== data.password || !data.me) return fail('UNAUTHORIZED', 'Wrong email or password.');
      return HttpResponse.json(data.me);
    }),
    http.post('/v1/staff/auth/accept-invitation', () => (data.linkError ? fail(data.linkError) : HttpResponse.json(data.me))),
    http.post('/v1/staff/auth/reset', () => (data.linkError ? fail(data.linkError) : HttpResponse.json(data.me))),
    http.post('/v1/staff/auth/request-reset', () => new HttpResponse(null, { status: 202 })),
    http.post('/v1/staff/auth/sign-out', () => new HttpResponse(null, { status: 204 })),
    http.post('/v1/staff/auth/sign-out-everywhere', () => new HttpResponse(null, { status: 204 })),
    http.get('/v1/staff/sites/:siteId/conversations', ({ request }) => {
      const search = new URL(request.url).searchParams;
      const matching = [...data.items].sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt)).filter((i) => matchesQuery(i, search));
      const start = Number(search.get('cursor') ?? 0);
      const limit = Number(search.get('limit') ?? 50);
      const items = matching.slice(start, start + limit);
      return HttpResponse.json({ items, nextCursor: start + limit < matching.length ? String(start + limit) : undefined });
    }),
    http.get('/v1/staff/conversations/:id', ({ params }) => {
      const detail = detailOf(String(params.id));
      return detail ? HttpResponse.json(detail) : fail('NOT_FOUND');
    }),
    http.post('/v1/staff/conversations/:id/read', () => new HttpResponse(null, { status: 204 })),
    http.post('/v1/staff/conversations/:id/notes', async ({ request, params }) => {
      const { text } = (await request.json()) as { text: string };
      const note: StaffNote = { id: `note_${Date.now()}`, conversationId: String(params.id), author: { id: data.me!.id, name: data.me!.name }, text, createdAt: new Date().toISOString() };
      return HttpResponse.json({ note }, { status: 201 });
    }),
    http.post('/v1/staff/conversations/:id/takeover', async ({ request, params }) => {
      const detail = detailOf(String(params.id));
      if (!detail) return fail('NOT_FOUND');
      const { force } = (await request.json()) as { force?: boolean };
      const held = detail.item.holder;
      if (held && held.staffId !== data.me!.id) {
        if (!force) return fail('CONFLICT', `${held.name} has this conversation.`);
        if (!isManager()) return fail('FORBIDDEN');
      }
      const holder = held?.staffId === data.me!.id ? held : { staffId: data.me!.id, name: data.me!.name.split(' ')[0]!, since: new Date().toISOString() };
      data.details[detail.item.conversationId] = { ...detail, item: { ...detail.item, holder } };
      return HttpResponse.json({ holder });
    }),
    http.post('/v1/staff/conversations/:id/handback', ({ params }) => {
      const detail = detailOf(String(params.id));
      if (!detail) return fail('NOT_FOUND');
      if (!detail.item.holder) return fail('CONFLICT', 'Nobody has this conversation.');
      const { holder: _gone, ...item } = detail.item;
      data.details[item.conversationId] = { ...detail, item };
      return HttpResponse.json({ ok: true });
    }),
    http.post('/v1/staff/conversations/:id/messages', async ({ request, params }) => {
      const detail = detailOf(String(params.id));
      if (!detail) return fail('NOT_FOUND');
      const failure = data.messageFailures.shift();
      if (failure) return fail(failure);
      if (detail.item.holder?.staffId !== data.me!.id) return fail('CONFLICT', 'Take the conversation over first.');
      const { clientId, text } = (await request.json()) as { clientId: string; text: string };
      const known = sent.get(clientId);
      if (known) return HttpResponse.json({ message: known });
      const message: ChatMessage = {
        id: `agent_${sent.size + 1}`,
        conversationId: detail.item.conversationId,
        role: 'agent',
        text,
        clientId,
        author: { name: detail.item.holder.name },
        createdAt: new Date().toISOString(),
      };
      sent.set(clientId, message);
      return HttpResponse.json({ message }, { status: 201 });
    }),
    http.patch('/v1/staff/me', async ({ request }) => {
      const body = (await request.json()) as ProfileBody;
      if (body.avatarUrl && !body.avatarUrl.startsWith('https://')) return fail('VALIDATION_ERROR', 'avatarUrl must be https.');
      const { avatarUrl: before, ...rest } = data.me!;
      const avatarUrl = body.avatarUrl === undefined ? before : (body.avatarUrl ?? undefined);
      data.me = { ...rest, ...(body.name && { name: body.name }), ...(avatarUrl && { avatarUrl }) };
      return HttpResponse.json(data.me);
    }),
    http.get('/v1/staff/sites/:siteId/presence', () => HttpResponse.json({ staff: data.presence })),
    http.get('/v1/staff/sites/:siteId/escalations', () => HttpResponse.json(data.escalationSummary)),
    http.get('/v1/staff/sites/:siteId/leads', ({ request }) => {
      const stage = new URL(request.url).searchParams.get('stage');
      return HttpResponse.json({ leads: data.leads.filter((l) => !stage || l.pipeline.stage === stage) });
    }),
    http.patch('/v1/staff/leads/:id', async ({ request, params }) => {
      const patch = (await request.json()) as LeadPipelinePatch;
      if (patch.stage === 'lost' && !patch.reason) return fail('VALIDATION_ERROR', 'A lost lead needs a reason.');
      const found = data.leads.find((l) => l.id === params.id) ?? Object.values(data.details).find((d) => d.lead?.id === params.id)?.lead;
      if (!found) return fail('NOT_FOUND');
      const lead: Lead = {
        ...found,
        pipeline: { ...found.pipeline, ...(patch.stage && { stage: patch.stage, reason: patch.reason }), changedAt: new Date().toISOString() },
      };
      data.leads = data.leads.map((l) => (l.id === lead.id ? lead : l));
      return HttpResponse.json({ lead });
    }),
    http.post('/v1/staff/deliveries/:id/retry', ({ params }) => {
      const delivery = Object.values(data.details).flatMap((d) => d.deliveries).find((d) => d.id === params.id);
      if (!delivery) return fail('NOT_FOUND');
      if (delivery.status !== 'failed') return fail('CONFLICT');
      return HttpResponse.json({ delivery: { ...delivery, status: 'pending', retryable: false } });
    }),
    http.get('/v1/staff/sites/:siteId/team', () => HttpResponse.json({ members: data.team })),
    http.post('/v1/staff/sites/:siteId/team', async ({ request }) => {
      const body = (await request.json()) as { email: string; role: TeamMember['role']; name?: string };
      const member: TeamMember = { id: `staff_${data.team.length + 1}`, email: body.email, name: body.name ?? '', role: body.role, status: 'invited' };
      data.team = [...data.team, member];
      return HttpResponse.json({ member }, { status: 201 });
    }),
    http.patch('/v1/staff/sites/:siteId/team/:staffId', async ({ params, request }) => {
      const { role } = (await request.json()) as { role: TeamMember['role'] };
      const found = data.team.find((m) => m.id === params.staffId);
      if (!found) return fail('NOT_FOUND');
      const member = { ...found, role };
      data.team = data.team.map((m) => (m.id === member.id ? member : m));
      return HttpResponse.json({ member });
    }),
    http.delete('/v1/staff/sites/:siteId/team/:staffId', ({ params }) => {
      data.team = data.team.filter((m) => m.id !== params.staffId);
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
