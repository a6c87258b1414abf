import { describe, expect, it } from 'vitest';
import { makeConversation, makeSite, makeVisitor, minutesAfter, T0, waitingHandoff } from '../store/contract/fixtures.js';
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

  it('is waiting while its escalation waits, and shows who holds it and how the escalation stands', () => {
    const waiting = makeConversation(visitor, { handoff: waitingHandoff() });
    expect(toInboxItem(waiting, parts)).toMatchObject({
      state: 'waiting',
      escalation: { reason: 'asked', status: 'waiting', at: T0.toISOString(), deadline: minutesAfter(1).toISOString() },
    });
    expect(toInboxItem(waiting, parts)).not.toHaveProperty('holder');
    const holder = { staffId: 's1', name: 'Ana', since: minutesAfter(1) };
    const taken = makeConversation(visitor, {
      handoff: { ...waitingHandoff(), version: 2, holder, escalation: { ...waitingHandoff().escalation!, status: 'taken', endedAt: minutesAfter(1), takenBy: { staffId: 's1', name: 'Ana' } } },
    });
    const item = toInboxItem(taken, parts);
    expect(item.state).not.toBe('waiting');
    expect(item.holder).toEqual({ staffId: 's1', name: 'Ana', since: minutesAfter(1).toISOString() });
    expect(item.escalation).toMatchObject({ status: 'taken', takenBy: { staffId: 's1', name: 'Ana' } });
    expect(toInboxItem(makeConversation(visitor, { state: { ...waiting.state, humanRequested: true } }), parts).state).not.toBe('waiting');
  });
});
