import type { ChatMessage, ConversationDetail, InboxItem, Lead, LeadDeliveryView, StaffMe, TeamMember } from '../../sdk/protocol/index.js';

export const SITE = 'site_1';

export function makeMe(overrides: Partial<StaffMe> = {}): StaffMe {
  return {
    id: 'staff_me',
    email: 'maria@sunrise.example',
    name: 'Maria Lopez',
    locale: 'en',
    memberships: [{ siteId: SITE, siteName: 'Sunrise Auto', role: 'manager', assistantName: 'Cathy' }],
    csrfToken: 'csrf-token-1',
    ...overrides,
  };
}

let clock = Date.parse('2026-12-06T12:00:00Z');
const tick = () => new Date((clock += 60_000)).toISOString();

export function makeItem(id: string, overrides: Partial<InboxItem> = {}): InboxItem {
  const at = tick();
  return {
    conversationId: id,
    siteId: SITE,
    state: 'quiet',
    unread: false,
    visitor: { name: `Shopper ${id}`, returning: false, identified: false },
    lastMessage: { role: 'visitor', text: `hello from ${id}`, at },
    messageCount: 2,
    lastActivityAt: at,
    createdAt: at,
    ...overrides,
  };
}

export function makeMessage(id: string, conversationId: string, role: ChatMessage['role'], text: string): ChatMessage {
  return { id, conversationId, role, text, createdAt: tick() };
}

export function makeLead(conversationId: string, overrides: Partial<Lead> = {}): Lead {
  const at = tick();
  return {
    id: `lead_${conversationId}`,
    siteId: SITE,
    visitorId: `v_${conversationId}`,
    conversationId,
    status: 'new',
    pipeline: { stage: 'new' },
    doNotContact: false,
    version: 1,
    contact: { name: 'Dana Reyes', phone: '+15125550142', phoneNational: '(512) 555-0142' },
    interest: { vehicle: '2022 Honda CR-V' },
    consent: { level: 'express_written', text: 'By giving your number…', shownAt: at, givenAt: at, messageId: 'm1' },
    conversations: [],
    source: {},
    language: 'en',
    summary: 'Wants a CR-V, trade-in a 2015 Civic.',
    delivery: { status: 'delivered', updatedAt: at },
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function makeDelivery(id: string, status: LeadDeliveryView['status'], kind: LeadDeliveryView['kind'] = 'email'): LeadDeliveryView {
  return { id, kind, event: 'lead.created', status, attempts: status === 'failed' ? 5 : 1, retryable: status === 'failed', lastError: status === 'failed' ? 'SMTP 550' : undefined };
}

export function makeDetail(item: InboxItem, overrides: Partial<ConversationDetail> = {}): ConversationDetail {
  return {
    item,
    messages: [makeMessage(`${item.conversationId}_m1`, item.conversationId, 'visitor', 'Do you have a CR-V?')],
    context: { pagesViewed: [], returning: false, identified: false, locale: 'en', firstSeenAt: item.createdAt },
    deliveries: [],
    notes: [],
    handoff: [],
    ...overrides,
  };
}

export function makeMember(id: string, role: TeamMember['role'], overrides: Partial<TeamMember> = {}): TeamMember {
  return { id, email: `${id}@sunrise.example`, name: `Person ${id}`, role, status: 'active', ...overrides };
}
