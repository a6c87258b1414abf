import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeConversation, makeSite, makeVisitor, minutesAfter } from '../store/contract/fixtures.js';
import { openEmbeddedStore } from '../store/embedded/open-embedded-store.js';
import type { ConversationRecord, SiteRecord, VisitorRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { eraseFromLeads } from './erase-from-leads.js';
import { captureLead, markDoNotContact, refreshLeadFacts } from './lead-service.js';

const PHONE = { phone: '+13058142279', phoneNational: '(305) 814-2279' };

describe('a lead shared by several conversations', () => {
  let dir: string;
  let store: Store;
  const site: SiteRecord = makeSite();

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cathy-leads-'));
    store = await openEmbeddedStore(dir);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  function capture(visitor: VisitorRecord, conversation: ConversationRecord, facts: Parameters<typeof captureLead>[1]['facts'], messageId: string, at = 5) {
    const now = minutesAfter(at);
    return captureLead(store, {
      site,
      conversation,
      visitor,
      facts,
      contact: PHONE,
      consent: { level: 'express_written', text: 'Disclosure', shownAt: now, givenAt: now, messageId, ip: `10.0.0.${at}` },
      now,
    });
  }

  async function twoShoppers() {
    const maria = makeVisitor(site.id);
    const mariaChat = makeConversation(maria);
    const stranger = makeVisitor(site.id);
    const strangerChat = makeConversation(stranger);
    const first = await capture(maria, mariaChat, { firstName: 'Maria', credit: 'bankruptcy last year', vehicle: { text: 'CR-V' } }, 'm-1');
    const joined = await capture(stranger, strangerChat, { firstName: 'Jo', vehicle: { text: 'F-150' } }, 's-1', 6);
    return { maria, mariaChat, stranger, strangerChat, lead: first.lead, joined: joined.lead };
  }

  it("keeps the first shopper's top and consent, and adds the stranger as an attributed entry", async () => {
    const { lead, joined, stranger } = await twoShoppers();
    expect(joined).toMatchObject({ id: lead.id, version: 2, status: 'updated', contact: lead.contact, interest: lead.interest, consent: lead.consent });
    expect(joined.conversations[1]).toMatchObject({ visitorId: stranger.id, contact: { firstName: 'Jo', ...PHONE }, interest: { vehicle: 'F-150' }, joinedVersion: 2 });
    expect(joined.conversations[1]!.consent).toMatchObject({ messageId: 's-1', ip: '10.0.0.6' });
  });

  it("refreshes only the speaking conversation's entry", async () => {
    const { joined, strangerChat } = await twoShoppers();
    const refreshed = await refreshLeadFacts(store, joined, strangerChat.id, { firstName: 'Jo', credit: 'perfect credit' }, minutesAfter(7));
    expect(refreshed.interest.credit).toBe('bankruptcy last year');
    expect(refreshed.conversations[1]!.interest.credit).toBe('perfect credit');
    expect(refreshed.version).toBe(2);
  });

  it("never drops another conversation's entry when it writes from a copy read before that conversation joined", async () => {
    const maria = makeVisitor(site.id);
    const mariaChat = makeConversation(maria);
    const { lead: before } = await capture(maria, mariaChat, { firstName: 'Maria' }, 'm-1');
    const stranger = makeVisitor(site.id);
    await capture(stranger, makeConversation(stranger), { firstName: 'Jo' }, 's-1', 6);
    const [refreshed, optedOut] = await Promise.all([
      refreshLeadFacts(store, before, mariaChat.id, { firstName: 'Maria', timeframe: 'this weekend' }, minutesAfter(7)),
      markDoNotContact(store, site, before, mariaChat.id, minutesAfter(7)),
    ]);
    expect(refreshed.conversations.map((entry) => entry.visitorId)).toEqual([maria.id, stranger.id]);
    const stored = await store.leads.byId(before.id);
    expect(stored?.conversations.map((entry) => entry.visitorId)).toEqual([maria.id, stranger.id]);
    expect(stored).toMatchObject({ version: optedOut.version, interest: { timeframe: 'this weekend' }, doNotContact: false });
  });

  it('revokes only the opting-out visitor’s consent, and is do-not-contact once none stands', async () => {
    const { joined, mariaChat, strangerChat } = await twoShoppers();
    const once = await markDoNotContact(store, site, joined, strangerChat.id, minutesAfter(8));
    expect(once).toMatchObject({ version: 3, doNotContact: false, status: 'updated' });
    expect(once.consent.revokedAt).toBeUndefined();
    expect(await markDoNotContact(store, site, once, strangerChat.id, minutesAfter(9))).toMatchObject({ version: 3, conversations: once.conversations });
    const both = await markDoNotContact(store, site, once, mariaChat.id, minutesAfter(10));
    expect(both).toMatchObject({ version: 4, doNotContact: true, status: 'do_not_contact' });
  });

  it("lets the same visitor's later conversation update the top, and sends a repeated consent once", async () => {
    const maria = makeVisitor(site.id);
    const { lead } = await capture(maria, makeConversation(maria), { firstName: 'Maria', vehicle: { text: 'CR-V' } }, 'm-1');
    const later = makeConversation(maria);
    const { lead: updated } = await capture(maria, later, { vehicle: { text: 'RAV4' } }, 'm-2', 6);
    expect(updated).toMatchObject({ version: 2, contact: { firstName: 'Maria' }, interest: { vehicle: 'RAV4' }, consent: lead.consent });
    const again = await capture(maria, { ...later, leadId: lead.id }, { vehicle: { text: 'RAV4' } }, 'm-2', 7);
    expect(again).toMatchObject({ sent: false, lead: { version: 2 } });
  });

  it("erases a visitor's entry from a shared lead, and the lead with its undelivered jobs once nobody remains", async () => {
    const { joined, maria, stranger, strangerChat } = await twoShoppers();
    await store.conversations.insert(strangerChat);
    const [trimmed] = await eraseFromLeads(store, [maria.id]);
    expect(trimmed).toMatchObject({ deleted: false, fromVersion: 1 });
    const left = await store.leads.byId(joined.id);
    expect(left).toMatchObject({ visitorId: stranger.id, contact: { firstName: 'Jo', ...PHONE }, interest: { vehicle: 'F-150' }, source: strangerChat.source });
    expect(JSON.stringify(left)).not.toMatch(/Maria|bankruptcy|CR-V/);

    const [deleted] = await eraseFromLeads(store, [stranger.id]);
    expect(deleted).toMatchObject({ deleted: true, deliveries: 2 });
    expect(await store.leads.byId(joined.id)).toBeNull();
    expect(await store.outbox.list({ siteId: site.id, leadId: joined.id, limit: 10 })).toEqual([]);
  });
});
