import { describe, expect, it } from 'vitest';
import { makeConversation, makeSite, makeVisitor, T0 } from '../store/contract/fixtures.js';
import { toInboxItem } from './staff-dto.js';

describe('an inbox row', () => {
  const site = makeSite();
  const visitor = makeVisitor(site.id, { externalId: 'crm-4411', supplied: { name: 'Dana Whitfield', externalId: 'crm-4411' } });
  const parts = { visitor, lead: null, readAt: undefined, activeSince: T0 };

  it('names the shopper by what they said in the chat before the name the host page identified them with', () => {
    const told = makeConversation(visitor, { facts: { firstName: 'Dani', phone: '+13055550142' } });
    expect(toInboxItem(told, parts).visitor).toMatchObject({ name: 'Dani', phoneLast4: '0142' });
  });

  it("falls back to the name the host page proved (a valid userHash) for a shopper who gave none in the chat", () => {
    const silent = makeConversation(visitor, { facts: {} });
    expect(toInboxItem(silent, parts).visitor).toMatchObject({ name: 'Dana Whitfield', identified: true });
    const claimed = makeVisitor(site.id, { supplied: { name: 'Dana Whitfield' } });
    expect(toInboxItem(silent, { ...parts, visitor: claimed }).visitor.name).toBeUndefined();
  });
});
