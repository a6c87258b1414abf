import type {
  AcceptInvitationBody,
  ChatMessage,
  ConversationDetail,
  ConversationHolder,
  EscalationSummary,
  InboxPage,
  InboxQuery,
  InviteBody,
  Lead,
  LeadDeliveryView,
  LeadStage,
  PresenceEntry,
  ProfileBody,
  ResetPasswordBody,
  SignInBody,
  StaffLeadPatch,
  StaffMe,
  StaffNote,
  StaffRole,
  TeamMember,
} from '../../sdk/protocol/index.js';
import type { Http } from './http.js';

const enc = encodeURIComponent;

/** A query string from the defined values only. */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The staff REST routes (docs/staff-api.md), one function each.
 *
 * @example
 * const api = createStaffApi(createHttp({ csrfToken, onUnauthorized }));
 * const me = await api.me();
 */
export function createStaffApi(http: Http) {
  return {
    me: () => http.request<StaffMe>('GET', '/v1/staff/me'),
    updateProfile: (body: ProfileBody) => http.request<StaffMe>('PATCH', '/v1/staff/me', body),
    signIn: (body: SignInBody) => http.request<StaffMe>('POST', '/v1/staff/auth/sign-in', body, { anonymous: true }),
    acceptInvitation: (body: AcceptInvitationBody) =>
      http.request<StaffMe>('POST', '/v1/staff/auth/accept-invitation', body, { anonymous: true }),
    requestReset: (email: string) => http.request<void>('POST', '/v1/staff/auth/request-reset', { email }, { anonymous: true }),
    resetPassword: (body: ResetPasswordBody) => http.request<StaffMe>('POST', '/v1/staff/auth/reset', body, { anonymous: true }),
    signOut: () => http.request<void>('POST', '/v1/staff/auth/sign-out', undefined, { anonymous: true }),
    signOutEverywhere: () => http.request<void>('POST', '/v1/staff/auth/sign-out-everywhere', undefined, { anonymous: true }),
    team: (siteId: string) => http.request<{ members: TeamMember[] }>('GET', `/v1/staff/sites/${enc(siteId)}/team`),
    invite: (siteId: string, body: InviteBody) => http.request<{ member: TeamMember }>('POST', `/v1/staff/sites/${enc(siteId)}/team`, body),
    changeRole: (siteId: string, staffId: string, role: StaffRole) =>
      http.request<{ member: TeamMember }>('PATCH', `/v1/staff/sites/${enc(siteId)}/team/${enc(staffId)}`, { role }),
    removeMember: (siteId: string, staffId: string) => http.request<void>('DELETE', `/v1/staff/sites/${enc(siteId)}/team/${enc(staffId)}`),
    inbox: (siteId: string, query: InboxQuery) =>
      http.request<InboxPage>('GET', `/v1/staff/sites/${enc(siteId)}/conversations${queryString({ ...query })}`),
    conversation: (id: string) => http.request<ConversationDetail>('GET', `/v1/staff/conversations/${enc(id)}`),
    markRead: (id: string) => http.request<void>('POST', `/v1/staff/conversations/${enc(id)}/read`),
    addNote: (id: string, text: string) => http.request<{ note: StaffNote }>('POST', `/v1/staff/conversations/${enc(id)}/notes`, { text }),
    takeover: (id: string, force?: boolean) =>
      http.request<{ holder: ConversationHolder }>('POST', `/v1/staff/conversations/${enc(id)}/takeover`, force ? { force } : {}),
    handback: (id: string) => http.request<{ ok: true }>('POST', `/v1/staff/conversations/${enc(id)}/handback`, {}),
    sendMessage: (id: string, clientId: string, text: string) =>
      http.request<{ message: ChatMessage }>('POST', `/v1/staff/conversations/${enc(id)}/messages`, { clientId, text }),
    presence: (siteId: string) => http.request<{ staff: PresenceEntry[] }>('GET', `/v1/staff/sites/${enc(siteId)}/presence`),
    escalations: (siteId: string, from: string, to: string) =>
      http.request<EscalationSummary>('GET', `/v1/staff/sites/${enc(siteId)}/escalations${queryString({ from, to })}`),
    leads: (siteId: string, stage?: LeadStage) =>
      http.request<{ leads: Lead[] }>('GET', `/v1/staff/sites/${enc(siteId)}/leads${queryString({ stage, limit: 100 })}`),
    patchLead: (id: string, patch: StaffLeadPatch) => http.request<{ lead: Lead }>('PATCH', `/v1/staff/leads/${enc(id)}`, patch),
    retryDelivery: (jobId: string) => http.request<{ delivery: LeadDeliveryView }>('POST', `/v1/staff/deliveries/${enc(jobId)}/retry`),
    /** A plain link: the browser downloads it with the session cookie. */
    exportUrl: (siteId: string, from?: string, to?: string) => `/v1/staff/sites/${enc(siteId)}/leads/export.csv${queryString({ from, to })}`,
  };
}

export type StaffApi = ReturnType<typeof createStaffApi>;
