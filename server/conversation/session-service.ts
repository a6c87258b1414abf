import { v7 as uuidv7 } from 'uuid';
import type {
  Locale,
  MessagesSinceResult,
  SessionStartPayload,
  SessionStartResult,
} from '../../sdk/protocol/index.js';
import { LIMITS } from '../../sdk/protocol/index.js';
import { AppError } from '../errors/app-error.js';
import type { VisitorTokens } from '../security/visitor-token.js';
import type { ConversationRecord, VisitorRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { SessionRef, VisitorContext } from './context.js';
import { initialState } from './initial-state.js';
import { toChatMessage } from '../wire/message-dto.js';
import { teamHours } from '../sites/team-hours.js';
import type { PresenceRegistry } from '../handoff/presence.js';
import { personaDisplay } from './persona.js';
import { recordActivity, type ActivityDeps } from './record-activity.js';

export const PAGE_VIEWS_KEPT = 20;

export interface SessionDeps extends ActivityDeps {
  store: Store;
  tokens: VisitorTokens;
  now: () => Date;
  /** Who of each site's team has the workspace open (the staff sockets). */
  presence: PresenceRegistry;
}

export interface StartSessionInput extends SessionStartPayload {
  visitorId?: string;
  visitorToken?: string;
}

/**
 * The visitor a presented token proves on this site (a `visitorId`, if also given, must match), or
 * undefined when none is presented. A token never opens another visitor's or site's data.
 */
export function provenVisitorId(tokens: VisitorTokens, siteId: string, visitorId?: string, token?: string): string | undefined {
  if (!visitorId && !token) return undefined;
  const proven = token ? tokens.check(siteId, token) : ({ problem: 'invalid' } as const);
  if ('problem' in proven && proven.problem === 'expired') {
    throw new AppError('INVALID_TOKEN', 'The visitor token expired. Start a new session without it.');
  }
  if (!('visitorId' in proven) || (visitorId && visitorId !== proven.visitorId)) {
    throw new AppError('INVALID_TOKEN', 'The visitor token is not valid for this site and visitor. Start a new session without it.');
  }
  return proven.visitorId;
}

async function findOrCreateVisitor(deps: SessionDeps, ctx: VisitorContext, input: StartSessionInput, now: Date): Promise<VisitorRecord> {
  const visitorId = provenVisitorId(deps.tokens, ctx.site.id, input.visitorId, input.visitorToken);
  if (visitorId) {
    const known = await deps.store.visitors.byId(visitorId);
    if (known && known.siteId === ctx.site.id) {
      return (await deps.store.visitors.update(known.id, { lastSeenAt: now, ip: ctx.ip, userAgent: ctx.userAgent })) ?? known;
    }
  }
  // A valid token for an erased visitor starts afresh under the same id: the browser keeps working.
  const visitor: VisitorRecord = {
    id: visitorId ?? uuidv7(),
    siteId: ctx.site.id,
    createdAt: now,
    lastSeenAt: now,
    supplied: {},
    doNotContact: false,
    locale: input.locale,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    pages: [],
  };
  await deps.store.visitors.insert(visitor);
  return visitor;
}

async function findOrCreateConversation(
  deps: SessionDeps,
  ctx: VisitorContext,
  visitor: VisitorRecord,
  input: StartSessionInput,
  locale: Locale,
  now: Date,
): Promise<ConversationRecord> {
  const open = await deps.store.conversations.openForVisitor(visitor.id);
  if (open) return open;
  const conversation: ConversationRecord = {
    id: uuidv7(),
    siteId: ctx.site.id,
    visitorId: visitor.id,
    status: 'open',
    locale,
    source: { page: input.page, referrer: input.page.referrer || undefined, utm: input.utm },
    facts: {},
    state: initialState(),
    createdAt: now,
    updatedAt: now,
  };
  await deps.store.conversations.insert(conversation);
  const greetingId = uuidv7();
  const { message: greeting } = await deps.store.messages.insert({
    id: greetingId,
    seq: greetingId,
    conversationId: conversation.id,
    siteId: ctx.site.id,
    visitorId: visitor.id,
    role: 'assistant',
    text: personaDisplay(ctx.site, locale).greeting,
    locale,
    createdAt: now,
  });
  await recordActivity(deps, greeting, 'started');
  return conversation;
}

/** `session:start` / `POST /v1/sessions`: the visitor, their open conversation and its history. */
export async function startSession(deps: SessionDeps, ctx: VisitorContext, input: StartSessionInput): Promise<SessionStartResult> {
  const now = deps.now();
  const visitor = await findOrCreateVisitor(deps, ctx, input, now);
  const locale: Locale = input.locale ?? visitor.locale ?? ctx.site.persona.language ?? ctx.site.locale;
  const conversation = await findOrCreateConversation(deps, ctx, visitor, input, locale, now);
  // In order, so the visitor's page list keeps its sequence; a browser clock ahead of ours counts as now.
  for (const early of input.pages ?? []) {
    const at = new Date(Math.min(Date.parse(early.at), now.getTime()));
    await deps.store.visitors.addPageView(visitor.id, { url: early.url, title: early.title, at }, PAGE_VIEWS_KEPT);
  }
  await deps.store.visitors.addPageView(visitor.id, { url: input.page.url, title: input.page.title, at: now }, PAGE_VIEWS_KEPT);
  const messages = await deps.store.messages.latest(conversation.id, LIMITS.sessionHistory);
  const holder = conversation.handoff?.holder;
  const team = teamHours(ctx.site, now, conversation.locale);
  return {
    visitorId: visitor.id,
    visitorToken: deps.tokens.issue(ctx.site.id, visitor.id),
    conversationId: conversation.id,
    messages: messages.map(toChatMessage),
    persona: personaDisplay(ctx.site, conversation.locale),
    theme: ctx.site.theme,
    locale: conversation.locale,
    site: {
      name: ctx.site.name,
      ...(ctx.site.privacyUrl ? { privacyUrl: ctx.site.privacyUrl } : {}),
      team: { ...team, available: team.open && deps.presence.available(ctx.site.id) },
    },
    // A shopper reconnecting while a person answers sees that person, not Cathy.
    ...(holder && {
      agent: {
        name: holder.name,
        ...(holder.avatarUrl ? { avatarUrl: holder.avatarUrl } : {}),
        dealer: ctx.site.name,
        at: holder.since.toISOString(),
      },
    }),
  };
}

/** `messages:since`: what a reconnecting client missed, oldest first. */
export async function messagesSince(
  deps: SessionDeps,
  session: SessionRef,
  after: string | undefined,
  limit: number = LIMITS.historyPage,
): Promise<MessagesSinceResult> {
  if (after) {
    const anchor = await deps.store.messages.byId(after);
    if (!anchor || anchor.conversationId !== session.conversationId) {
      throw new AppError('NOT_FOUND', 'No message with that id in this conversation.');
    }
  }
  const page = await deps.store.messages.after(session.conversationId, after, limit + 1);
  return { messages: page.slice(0, limit).map(toChatMessage), hasMore: page.length > limit };
}

export async function recordPageView(deps: SessionDeps, session: SessionRef, page: { url: string; title?: string }): Promise<void> {
  await deps.store.visitors.addPageView(session.visitorId, { ...page, at: deps.now() }, PAGE_VIEWS_KEPT);
}
