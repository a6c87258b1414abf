import { randomUUID } from 'node:crypto';
import { vi } from 'vitest';
import { createKeyedQueue } from '../../concurrency/keyed-queue.js';
import { createEventHub, type ConversationActivity } from '../../conversation/event-hub.js';
import type { MessageDeps } from '../../conversation/message-service.js';
import { sendMessage } from '../../conversation/message-service.js';
import { createOfflineResponder } from '../../conversation/offline/offline-responder.js';
import { createPresenceRegistry } from '../../handoff/presence.js';
import { createLogger } from '../../logging/logger.js';
import { createRateLimits } from '../../security/rate-limits.js';
import { DEFAULT_BUSINESS_HOURS } from '../../sites/site-input.js';
import { makeConversation, makeSite, makeVisitor } from '../../store/contract/fixtures.js';
import type { SiteRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import { createReplyAborts } from '../../handoff/reply-aborts.js';
import { createEscalations, type Escalations } from '../escalations.js';

/** Tuesday 2025-03-04, 11:00 in Los Angeles: the store is open. */
export const OPEN = new Date('2025-03-04T19:00:00Z');
/** Tuesday 2025-03-04, 21:00 in Los Angeles: closed until Wednesday 9:00. */
export const CLOSED = new Date('2025-03-05T05:00:00Z');

/**
 * One conversation of a site on the real reply pipeline (offline Cathy, a real embedded store, hub, queue and
 * presence), with the escalations wired as app.ts wires them and a clock the test moves with the fake timers.
 */
export async function escalationHarness(store: Store, options: { online?: boolean; at?: Date; site?: Partial<SiteRecord> } = {}) {
  let clock = options.at ?? OPEN;
  const now = () => clock;
  const hub = createEventHub();
  const queue = createKeyedQueue();
  const presence = createPresenceRegistry(now);
  const site = makeSite({ timezone: 'America/Los_Angeles', businessHours: DEFAULT_BUSINESS_HOURS, ...options.site });
  await store.sites.insert(site);
  if (options.online ?? true) presence.connect('socket-1', { staffId: 'staff-1', name: 'Ana' }, [site.id]);
  const outcomes: string[] = [];
  const activity: ConversationActivity[] = [];
  hub.onActivity((event) => activity.push(event));
  const published: string[] = [];
  hub.subscribe((_, event) => published.push(event.name));
  const logger = createLogger('silent');
  const escalations: Escalations = createEscalations({ store, hub, queue, presence, logger, now, onOutcome: (outcome) => outcomes.push(outcome) });
  const offline = createOfflineResponder();
  const deps: MessageDeps = {
    store,
    responder: offline,
    fallback: offline,
    limits: createRateLimits({ messagesPerMinute: 1000, ipPerMinute: 1000 }),
    hub,
    queue,
    logger,
    now,
    presence,
    aborts: createReplyAborts(),
    escalations,
  };
  const visitor = makeVisitor(site.id, { createdAt: clock });
  await store.visitors.insert(visitor);
  const conversation = makeConversation(visitor, { createdAt: clock, updatedAt: clock });
  await store.conversations.insert(conversation);
  const session = { site, visitorId: visitor.id, conversationId: conversation.id, ip: '127.0.0.1' };
  return {
    site,
    conversation,
    escalations,
    hub,
    outcomes,
    activity,
    published,
    /** The shopper writes; resolves with Cathy's reply once stored. */
    say: async (text: string) => {
      const reply = await (await sendMessage(deps, session, { clientId: randomUUID(), text })).reply;
      if (!reply) throw new Error(`no reply to "${text}": a person holds the chat`);
      return reply;
    },
    /** The shopper writes to the person holding the chat; resolves once it is read (no reply comes). */
    post: async (text: string) => {
      await (await sendMessage(deps, session, { clientId: randomUUID(), text })).reply;
    },
    handoff: async () => (await store.conversations.byId(conversation.id))?.handoff,
    messages: () => store.messages.latest(conversation.id, 50),
    /** Moves the clock and the fake timers together, then waits for the queued work they started. */
    async advance(ms: number) {
      clock = new Date(clock.getTime() + ms);
      await vi.advanceTimersByTimeAsync(ms);
      await queue.idle();
    },
  };
}
