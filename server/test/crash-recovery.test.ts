import { randomUUID } from 'node:crypto';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { MessageSendResult, MessagesSinceResult } from '../../sdk/protocol/index.js';
import { recoverPendingJobs } from '../leads/outbox-relay.js';
import { makeConversation, makeLead, makeVisitor } from '../store/contract/fixtures.js';
import { ok, request, say } from './support/chat.js';
import { eventually } from './support/lead.js';
import { useTestSite, openVisitor } from './support/test-server.js';

describe('recovery after a crash between writes', () => {
  const t = useTestSite({}, { adfRecipients: ['crm@testmotors.example'] });

  it("produces Cathy's reply once when the client resends a message whose reply a crash lost", async () => {
    const { socket, session } = await openVisitor(t);
    const clientId = randomUUID();
    // The state a crash right after storing the visitor message leaves: a message and no reply.
    const id = uuidv7();
    const stored = {
      id,
      seq: id,
      conversationId: session.conversationId,
      siteId: t.site.site.id,
      visitorId: session.visitorId,
      role: 'visitor' as const,
      text: 'Do you finance first-time buyers?',
      clientId,
      createdAt: new Date(),
    };
    await t.server.store.messages.insert(stored);

    const done = new Promise<string | undefined>((resolve) => socket.once('message:done', ({ message }) => resolve(message.replyTo)));
    const resend = await ok(request<MessageSendResult>(socket, 'message:send', { clientId, text: stored.text }));
    expect(resend.message.id).toBe(stored.id);
    expect(await done).toBe(stored.id);
    await ok(request<MessageSendResult>(socket, 'message:send', { clientId, text: stored.text }));
    const { messages } = await ok(request<MessagesSinceResult>(socket, 'messages:since', {}));
    expect(messages.filter((m) => m.replyTo === stored.id)).toHaveLength(1);
    expect(messages.filter((m) => m.clientId === clientId)).toHaveLength(1);
    socket.close();
  });

  it('relays the delivery jobs of a lead saved just before a crash, once, at the next boot', async () => {
    const lead = makeLead(makeConversation(makeVisitor(t.site.site.id)), {
      pendingJobs: [
        { kind: 'email.lead', event: 'lead.created' },
        { kind: 'email.adf', event: 'lead.created' },
      ],
    });
    await t.server.store.leads.save(lead);

    t.server = await t.server.restart();
    expect(await recoverPendingJobs(t.server.store)).toBe(0);
    const jobs = await t.server.store.outbox.list({ siteId: t.site.site.id, leadId: lead.id, limit: 10 });
    expect(jobs.map((job) => job.id).sort()).toEqual([`${lead.id}:1:email.adf`, `${lead.id}:1:email.lead`]);
    expect((await t.server.store.leads.byId(lead.id))?.pendingJobs).toEqual([]);
  });

  it('removes the half-written mail file a crash left, at the next boot', async () => {
    const mailDir = path.join(t.server.dataDir, 'outbox-mail');
    const left = `${randomUUID()}_1_email.lead.eml.${randomUUID()}.tmp`;
    await mkdir(mailDir, { recursive: true });
    await writeFile(path.join(mailDir, left), 'half a mess');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(path.join(mailDir, left), anHourAgo, anHourAgo);

    t.server = await t.server.restart();
    await eventually(() => readdir(mailDir), (names) => !names.includes(left));
  });
});

describe('a resent volunteered number after a crash in the contact step', () => {
  const t = useTestSite();

  it('records the lead, its consent and its notifications once, and a later yes upgrades it once', async () => {
    const first = await openVisitor(t);
    // The process dies right after the lead was written, before the conversation learned of it or Cathy answered.
    const { conversations } = t.server.store;
    const update = conversations.update.bind(conversations);
    conversations.update = async (id, patch) => {
      if (patch.leadId !== undefined) throw new Error('simulated crash: the process died here');
      return update(id, patch);
    };
    const clientId = randomUUID();
    const text = 'You can reach me at (786) 202-3361';
    const acked = await ok(request<MessageSendResult>(first.socket, 'message:send', { clientId, text }));
    const [lead] = await eventually(
      () => t.server.store.leads.listByVisitor(first.session.visitorId),
      (leads) => leads.length === 1 && leads[0]!.pendingJobs.length === 0,
    );
    first.socket.close();
    t.server = await t.server.restart();

    // The boot's sweep answers the message whose reply the crash lost; the widget's resend then finds it answered.
    const reply = await eventually(
      () => t.server.store.messages.replyTo(first.session.conversationId, acked.message.id),
      (found) => found !== null,
    );
    expect(reply?.disclosure).toBeTruthy();
    const again = await openVisitor(t, { visitorId: first.session.visitorId, visitorToken: first.session.visitorToken });
    expect(again.session.conversationId).toBe(first.session.conversationId);
    expect(again.session.messages.map((m) => m.id)).toContain(reply!.id);
    const resent = await ok(request<MessageSendResult>(again.socket, 'message:send', { clientId, text }));
    expect(resent.message.id).toBe(acked.message.id);

    const stored = await t.server.store.leads.byId(lead!.id);
    expect(stored?.version).toBe(1);
    expect(stored?.consent).toEqual(lead!.consent);
    expect(stored?.consent.level).toBe('contact_requested');
    const jobs = () => t.server.store.outbox.list({ siteId: t.site.site.id, leadId: lead!.id, limit: 10 });
    expect((await jobs()).map((job) => job.id)).toEqual([`${lead!.id}:1:email.lead`]);
    expect((await t.server.store.conversations.byId(first.session.conversationId))?.leadId).toBe(lead!.id);

    const yes = await say(again.socket, 'yes');
    expect(yes.reply.text).toMatch(/^(Thank you|Perfect, thanks)!/);
    expect((await t.server.store.leads.byId(lead!.id))?.consent.level).toBe('express_written');
    expect((await jobs()).map((job) => job.id).sort()).toEqual([`${lead!.id}:1:email.lead`, `${lead!.id}:2:email.lead`]);
    again.socket.close();
  });
});
