import { z } from 'zod';
import { parseOrThrow, toErrorBody } from '../errors/app-error.js';
import type { Logger } from '../logging/logger.js';
import type { RateLimits } from '../security/rate-limits.js';
import { requireSiteRole } from '../staff/site-role.js';
import type { StaffSessions } from '../staff/staff-sessions.js';
import { findConversation } from '../workspace/conversation-detail.js';
import type { PresenceRegistry } from '../handoff/presence.js';
import type { TypingRelay } from '../conversation/typing-relay.js';
import { guardPayload } from './payload-guard.js';
import { attachStaffFanout, type StaffFanoutDeps } from './staff-fanout.js';
import { staffHandshake } from './staff-handshake.js';
import { startStaffRecheck } from './staff-recheck.js';
import type { CathyServer } from './socket-types.js';
import { STAFF_NAMESPACE, staffSiteRoom, staffWatchRoom, type StaffNamespace, type StaffSocket } from './staff-socket-types.js';

export interface StaffNamespaceDeps extends StaffFanoutDeps {
  sessions: StaffSessions;
  /** Fed from these sockets: a person counts on their sites while one of their consoles is connected. */
  presence: PresenceRegistry;
  typing: TypingRelay;
  publicUrl: string;
  logger: Logger;
  /** Each handshake and event counts against the client address's limit, as on the visitor namespace. */
  limits: RateLimits;
  trustProxy: boolean;
}

const watchSchema = z.strictObject({ conversationId: z.uuid() });
const agentTypingPayload = z.strictObject({ conversationId: z.uuid(), on: z.boolean() });
const presencePayload = z.strictObject({ status: z.enum(['online', 'away']) });

/** A listener that limits, validates the payload, runs `handle` and acknowledges `{ ok: true }` or `{ error }`. */
function answered<T>(limit: () => Promise<void>, schema: z.ZodType<T>, handle: (payload: T) => Promise<void>) {
  return async (...args: unknown[]) => {
    const last = args.at(-1);
    const ack = typeof last === 'function' ? (last as (result: unknown) => void) : undefined;
    try {
      const payload = typeof args[0] === 'function' ? undefined : args[0];
      guardPayload(payload);
      await limit();
      await handle(parseOrThrow(schema, payload, 'payload'));
      ack?.({ ok: true });
    } catch (error) {
      ack?.({ error: toErrorBody(error) });
    }
  };
}

/**
 * The staff namespace `/v1/staff` (docs/staff-api.md, "Live updates"): session cookie and the workspace's
 * origin at the handshake, one room per site of the person, `conversation:watch` only for a conversation of
 * one of those sites (NOT_FOUND otherwise, as for a missing one). A session that ends (sign-out everywhere,
 * removal from the team, expiry) gets `session:ended` and is disconnected at once; every socket's session is also
 * proved again every 30 s, for what this process does not hear of (see staff-recheck.ts).
 */
export function attachStaffNamespace(io: CathyServer, deps: StaffNamespaceDeps) {
  // Socket.IO types every namespace with its server's event maps; this one speaks the staff maps of
  // sdk/protocol/staff.ts instead, and is used only through this type.
  const nsp = io.of(STAFF_NAMESPACE) as unknown as StaffNamespace;
  nsp.use(staffHandshake(deps));

  nsp.on('connection', (socket: StaffSocket) => {
    const { principal } = socket.data;
    const limit = () => deps.limits.ip(socket.data.ip);
    for (const membership of principal.memberships) void socket.join(staffSiteRoom(membership.siteId));
    deps.presence.connect(socket.id, { staffId: principal.staffId, name: principal.name }, principal.memberships.map((m) => m.siteId));
    socket.on('disconnect', () => deps.presence.disconnect(socket.id));
    socket.on(
      'presence:set',
      answered(limit, presencePayload, async ({ status }) => deps.presence.set(principal.staffId, status)),
    );
    // No ack, like the shopper's: from anyone but the holder it is dropped.
    socket.on(
      'conversation:typing',
      answered(limit, agentTypingPayload, async ({ conversationId, on }) => {
        await deps.typing.agent(principal, conversationId, on);
      }),
    );
    socket.on(
      'conversation:watch',
      answered(limit, watchSchema, async ({ conversationId }) => {
        const conversation = await findConversation(deps.store, conversationId);
        requireSiteRole(principal, conversation.siteId);
        await socket.join(staffWatchRoom(conversationId));
      }),
    );
    socket.on(
      'conversation:unwatch',
      answered(limit, watchSchema, async ({ conversationId }) => {
        await socket.leave(staffWatchRoom(conversationId));
      }),
    );
  });

  deps.sessions.onEnded((event) => {
    for (const socket of nsp.sockets.values()) {
      const { staffId, sessionId } = socket.data.principal;
      if (staffId !== event.staffId) continue;
      if (event.sessionIds !== 'all' && !event.sessionIds.includes(sessionId)) continue;
      socket.emit('session:ended', { reason: event.reason });
      socket.disconnect(true);
    }
  });

  deps.presence.onChange((siteId) => nsp.to(staffSiteRoom(siteId)).emit('presence', { siteId, staff: deps.presence.list(siteId) }));
  attachStaffFanout(nsp, deps);
  return startStaffRecheck(nsp, deps.sessions, deps.logger);
}

