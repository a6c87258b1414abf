import { describe, expect, it } from 'vitest';
import { acrossConversations, AFTER_HOURS, buildInput, createChat, ES, QUALIFIED, reply } from './test-input.js';

describe('contact outcomes', () => {
  it('thanks by name and asks when to call after a lead is created', async () => {
    const facts = { ...QUALIFIED, phone: '+13105550123' };
    for (const r of await acrossConversations({ contact: { kind: 'lead_created', phone: '(310) 555-0123' }, facts })) {
      expect(r.text).toContain('Maria');
      expect(r.text).toMatch(/shortly/);
      expect(r.meta.state.lastQuestion).toBe('callTime');
      expect(r.meta.asksForContact).toBe(false);
    }
  });

  it('confirms an updated lead without asking the call time again', async () => {
    const facts = { ...QUALIFIED, phone: '+13105550123', callTime: 'evening' as const };
    for (const r of await acrossConversations({ contact: { kind: 'lead_updated' }, facts })) {
      expect(r.text).toMatch(/updated/);
      expect(r.meta.state.lastQuestion).toBeUndefined();
    }
  });

  it('says when a specialist will call back after hours', async () => {
    const contact = { kind: 'lead_created', phone: '(310) 555-0123' } as const;
    const facts = { phone: '+13105550123' };
    for (const r of await acrossConversations({ contact, now: AFTER_HOURS, facts })) {
      expect(r.text).toContain('when we open tomorrow at 9:00 AM');
    }
    for (const r of await acrossConversations({ ...ES, contact, now: AFTER_HOURS, facts })) {
      expect(r.text).toContain('cuando abramos, mañana a las 9:00');
    }
    // Saturday 18:00 in Los Angeles: closed on Sunday.
    const saturday = await reply(buildInput({ contact, now: new Date('2024-03-10T02:00:00Z'), facts }));
    expect(saturday.text).toContain('Monday at 9:00 AM');
  });

  it('asks to confirm consent for a volunteered number', async () => {
    for (const r of await acrossConversations({ text: '310 555 0123', contact: { kind: 'needs_consent', phone: '(310) 555-0123' } })) {
      expect(r.text).toMatch(/okay for Sunrise Auto to call or text/);
      expect(r.meta.asksForContact).toBe(true);
      expect(r.meta.state.lastQuestion).toBe('consent');
      expect(r.meta.state.phoneAsks).toBe(0);
    }
  });

  it('respects a consent refusal and keeps helping', async () => {
    for (const r of await acrossConversations({ text: 'no', contact: { kind: 'consent_declined' }, state: { turn: 3, declinedPhone: true } })) {
      expect(r.text).toMatch(/won't (reach out|contact you)/);
      expect(r.meta.asksForContact).toBe(false);
      expect(r.meta.state.declinedPhone).toBe(true);
    }
  });

  it('re-asks kindly for an unusable number', async () => {
    const cases = [
      ['fictional', /sample number/],
      ['incomplete', /missing a digit|incomplete/],
      ['invalid', /double-check|doesn't look quite right/],
    ] as const;
    for (const [reason, wording] of cases) {
      for (const r of await acrossConversations({ text: '555-0100', contact: { kind: 'bad_phone', reason } })) {
        expect(r.text).toMatch(wording);
        expect(r.meta.asksForContact).toBe(true);
        expect(r.meta.state.lastQuestion).toBe('phone');
      }
    }
  });

  it('confirms an opt-out and asks for nothing', async () => {
    for (const r of await acrossConversations({ text: 'stop', contact: { kind: 'opted_out' }, state: { turn: 3, optedOut: true } })) {
      expect(r.text).toMatch(/won't call or text you|won't be contacted/);
      expect(r.text).toMatch(/keep chatting/);
      expect(r.text).not.toContain('?');
      expect(r.meta.asksForContact).toBe(false);
    }
  });

  it('lets a visitor leave after a lead, but still confirms consent on the way out', async () => {
    const lead = await reply(buildInput({ text: '310 555 0123, bye!', contact: { kind: 'lead_created', phone: '(310) 555-0123' }, facts: { phone: '+13105550123' } }));
    expect(lead.meta.state.lastQuestion).toBeUndefined();
    expect(lead.text).not.toContain('?');
    const pending = await reply(buildInput({ text: '310 555 0123, bye!', contact: { kind: 'needs_consent', phone: '(310) 555-0123' } }));
    expect(pending.meta.state.lastQuestion).toBe('consent');
  });

  it('never asks for contact details after an opt-out', async () => {
    const chat = createChat({ facts: { vehicle: { text: 'truck' } }, state: { turn: 3, optedOut: true } });
    for (const text of ['ok', 'I want to talk to a person', 'what is the APR?', 'hmm']) {
      const r = await chat.send(text);
      expect(r.meta.asksForContact).toBe(false);
    }
  });
});
