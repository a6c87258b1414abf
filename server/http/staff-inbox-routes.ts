import { Router, type Response } from 'express';
import type { EventHub } from '../conversation/event-hub.js';
import { parseOrThrow } from '../errors/app-error.js';
import { requireSiteRole } from '../staff/site-role.js';
import type { Store } from '../store/store.js';
import { addNote } from '../workspace/add-note.js';
import { conversationDetail, findConversation } from '../workspace/conversation-detail.js';
import { listInbox, markRead } from '../workspace/inbox-service.js';
import { conversationId } from './request-params.js';
import { staffOf } from './staff-guard.js';
import { inboxQuery, inboxRange, noteBody, siteIdParam } from './staff-params.js';

export interface StaffInboxDeps {
  store: Store;
  hub: EventHub;
  now: () => Date;
}

/**
 * The inbox and the conversation view (docs/staff-api.md), behind the staff guard. Every conversation is
 * looked up first and its site checked against the person's memberships: another dealer's conversation answers
 * NOT_FOUND, exactly like one that does not exist.
 */
/** The conversation of `:id`, once the person is shown to be on its site (NOT_FOUND otherwise), and their role there. */
export async function ownedConversation(store: Store, res: Response, id: string) {
  const principal = staffOf(res);
  const conversation = await findConversation(store, parseOrThrow(conversationId, id, 'conversation id'));
  const role = requireSiteRole(principal, conversation.siteId);
  return { principal, conversation, role };
}

export function staffInboxRoutes(deps: StaffInboxDeps): Router {
  const router = Router();
  const { store } = deps;

  router.get('/v1/staff/sites/:siteId/conversations', async (req, res) => {
    const principal = staffOf(res);
    const siteId = parseOrThrow(siteIdParam, req.params.siteId, 'site id');
    requireSiteRole(principal, siteId);
    const query = parseOrThrow(inboxQuery, req.query, 'query');
    const { state, hasLead, q, cursor, limit } = query;
    res.json(await listInbox(store, { siteId, staffId: principal.staffId, state, hasLead, q, cursor, limit, ...inboxRange(query), now: deps.now() }));
  });

  const owned = (res: Response, id: string) => ownedConversation(store, res, id);

  router.get('/v1/staff/conversations/:id', async (req, res) => {
    const { principal, conversation } = await owned(res, req.params.id);
    res.json(await conversationDetail(store, conversation, principal.staffId, deps.now()));
  });

  router.post('/v1/staff/conversations/:id/read', async (req, res) => {
    const { principal, conversation } = await owned(res, req.params.id);
    await markRead(store, conversation, principal.staffId, deps.now());
    res.status(204).end();
  });

  router.post('/v1/staff/conversations/:id/notes', async (req, res) => {
    const { principal, conversation } = await owned(res, req.params.id);
    const { text } = parseOrThrow(noteBody, req.body, 'note');
    const note = await addNote(store, { conversation, author: { id: principal.staffId, name: principal.name }, text, now: deps.now() });
    deps.hub.announce({ conversationId: conversation.id, siteId: conversation.siteId, kind: 'note', note });
    res.status(201).json({ note });
  });

  return router;
}
