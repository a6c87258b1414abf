import { describe, expect, it } from 'vitest';
import type { ChatMessage, Lead, LeadCapturedEvent } from '../../sdk/protocol/index.js';
import { BANKRUPTCY_SHOPPER_LINES, say, waitForLead } from './support/chat.js';
import { api, eventually, leadOf } from './support/lead.js';
import { useMailedSite } from './support/mailed-site.js';
import { openVisitor } from './support/test-server.js';

const SALES = 'sales@testmotors.example';
const MARIA = '(305) 814-2279';


interface Conversation {
  leadId: string | null;
  visitorId: string;
}

describe('a stranger who types another shopper’s phone number', () => {
  const t = useMailedSite({}, { leadRecipients: [SALES] });

  it('sees nothing of her lead, leaves her consent and conversation link alone, and the dealer gets one attributed lead', async () => {
    const maria = await openVisitor(t);
    for (const line of BANKRUPTCY_SHOPPER_LINES) if ((await say(maria.socket, line)).reply.disclosure) break;
    const mariaLead = waitForLead(maria.socket);
    await say(maria.socket, `Sure, call me at ${MARIA}`);
    const { leadId } = await mariaLead;
    await t.smtp.waitFor(1);
    const before = await leadOf(t, leadId);
    expect(before.interest.credit).toMatch(/bankruptcy/);
    let mariaHeard = 0;
    maria.socket.onAny(() => mariaHeard++);

    const stranger = await openVisitor(t);
    const seen: unknown[] = [];
    stranger.socket.onAny((_event, payload) => seen.push(payload));
    const asked = await say(stranger.socket, MARIA);
    const captured: Promise<LeadCapturedEvent> = waitForLead(stranger.socket);
    const { reply } = await say(stranger.socket, 'yes');
    const event = await captured;

    // The stranger's page hears only what the stranger said.
    expect(event.fields).toEqual({ phone: MARIA });
    const strangerSaw = JSON.stringify([seen, asked.reply, reply]);
    // Ids are random: a uuid may hold "350" by chance, so the budget is looked for as an amount.
    for (const secret of ['Maria', 'Lopez', 'bankruptcy', 'CR-V', 'Corolla', 'weekend']) expect(strangerSaw).not.toContain(secret);
    expect(strangerSaw).not.toMatch(/\b350\b/);

    // Her lead keeps her visitor, conversation and consent record, byte for byte; the stranger is a second entry,
    // joined when the number was typed (version 2) and upgraded by the yes (version 3).
    const after = await eventually(() => leadOf(t, leadId), (lead) => lead.version === 3);
    expect(after).toMatchObject({ visitorId: maria.session.visitorId, conversationId: maria.session.conversationId, consent: before.consent });
    expect(after.contact).toEqual(before.contact);
    expect(after.interest).toEqual(before.interest);
    expect(after.conversations.map((c) => c.visitorId)).toEqual([maria.session.visitorId, stranger.session.visitorId]);
    expect(after.conversations[0]).toEqual(before.conversations[0]);
    const strangerPart = after.conversations[1]!;
    expect(strangerPart).toMatchObject({ conversationId: stranger.session.conversationId, contact: { phone: '+13058142279' }, interest: {}, joinedVersion: 2 });
    expect(strangerPart.consent.messageId).not.toBe(before.consent.messageId);
    expect(strangerPart.consent.level).toBe('express_written');
    const mariaConversation = await api<{ conversation: Conversation }>(t, `/v1/conversations/${maria.session.conversationId}`);
    expect(mariaConversation.body.conversation).toMatchObject({ leadId, visitorId: maria.session.visitorId });

    // The salespeople hear of one lead: Maria's, with the second conversation shown apart.
    const [, , update] = await t.smtp.waitFor(3);
    expect(update!.mail.subject).toMatch(/^Updated lead: call now: Maria Lopez/);
    const text = update!.mail.text ?? '';
    const [mine, second] = text.split(/^— Second conversation with this phone number: another visitor \(another browser or device\), from .* —$/m);
    expect(text).toContain('A second conversation used the same phone number or email.');
    expect(mine).toContain('Visitor: I had a bankruptcy last year');
    expect(mine).not.toMatch(/Visitor: yes/);
    expect(second).toMatch(/\] Visitor: \(305\) 814-2279\n.*\n?\[.*\] Visitor: yes/);
    expect(second).not.toContain('bankruptcy');

    // The stranger's "stop" withdraws the stranger's consent only.
    await say(stranger.socket, 'stop, do not call me');
    const optedOut = await eventually(() => leadOf(t, leadId), (lead) => lead.version === 4);
    expect(optedOut).toMatchObject({ doNotContact: false, status: 'updated', consent: before.consent });
    expect(optedOut.conversations[0]!.consent.revokedAt).toBeUndefined();
    expect(optedOut.conversations[1]!.consent.revokedAt).toEqual(expect.any(String));
    const [, , , notice] = await t.smtp.waitFor(4);
    expect(notice!.mail.subject).toMatch(/^Updated lead: call now: Maria Lopez/);
    expect(notice!.mail.text).toMatch(/Consent withdrawn: this visitor opted out/);
    expect(mariaHeard).toBe(0);

    // Her own "stop" makes the lead do-not-contact once no consent stands... hers is the last one standing.
    await say(maria.socket, 'Actually please stop, do not call me');
    const closed: Lead = await eventually(() => leadOf(t, leadId), (lead) => lead.version === 5);
    expect(closed).toMatchObject({ doNotContact: true, status: 'do_not_contact' });
    for (const socket of [maria.socket, stranger.socket]) socket.close();
  });

  it('thanks a stranger as a first-time shopper, never as someone whose details were updated', async () => {
    const first = await openVisitor(t);
    await say(first.socket, '(786) 202-3391');
    await say(first.socket, 'yes');
    const second = await openVisitor(t);
    await say(second.socket, '(786) 202-3391');
    const joined: ChatMessage = (await say(second.socket, 'yes')).reply;
    expect(joined.text).toMatch(/^(Thank you|Perfect, thanks)!/);
    expect(joined.text).not.toMatch(/updated/i);
    for (const one of [first, second]) one.socket.close();
  });
});
