import { describe, expect, it } from 'vitest';
import { acrossConversations, buildInput, ES, reply } from './test-input.js';

describe('bot disclosure', () => {
  it('says plainly it is an automated assistant and offers a person', async () => {
    for (const r of await acrossConversations({ text: 'are you a real person?' })) {
      expect(r.text).toMatch(/automated/);
      expect(r.text).toContain('Cathy');
      expect(r.text).toContain('Sunrise Auto');
      expect(r.meta.state.lastQuestion).toBe('handoff');
    }
    for (const r of await acrossConversations({ ...ES, text: '¿eres un robot?' })) {
      expect(r.text).toMatch(/automatizado|no soy una persona/);
      expect(r.meta.language).toBe('es');
    }
  });

  it('takes a yes to the offer as a request for a person', async () => {
    const r = await reply(buildInput({ text: 'yes', extraction: { affirmative: true }, state: { turn: 2, lastQuestion: 'handoff' } }));
    expect(r.meta.state.humanRequested).toBe(true);
    expect(r.meta.state.lastQuestion).toBe('phone');
  });
});

describe('humanHandoff', () => {
  it('offers a specialist call and the dealership phone when asked for a person', async () => {
    for (const r of await acrossConversations({ text: 'can I talk to a real person', state: { turn: 0 } })) {
      expect(r.meta.state.humanRequested).toBe(true);
      expect(r.meta.asksForContact).toBe(true);
      expect(r.meta.state.lastQuestion).toBe('phone');
      expect(r.text).toContain('(555) 010-0000');
    }
  });

  it('arranges the call without asking again when the number is known', async () => {
    const r = await reply(buildInput({ text: 'I want to speak to a human', facts: { phone: '+13105550123' }, state: { turn: 3 } }));
    expect(r.meta.asksForContact).toBe(false);
    expect(r.text).toMatch(/shortly/);
    expect(r.meta.state.lastQuestion).toBe('callTime');
  });

  it('asks to confirm a volunteered number rather than for a new one', async () => {
    const pendingContact = { phone: '+13105550123', messageId: 'm0' };
    const r = await reply(buildInput({ text: 'I want a human', state: { turn: 3, pendingContact, lastQuestion: 'consent' } }));
    expect(r.meta.state.lastQuestion).toBe('consent');
    expect(r.meta.asksForContact).toBe(true);
  });

  it('gives the dealership phone instead of asking when the visitor declined', async () => {
    for (const r of await acrossConversations({ text: 'I want to talk to a person', state: { turn: 3, declinedPhone: true } })) {
      expect(r.meta.asksForContact).toBe(false);
      expect(r.text).toContain('(555) 010-0000');
    }
    const noPhone = await reply(buildInput({ text: 'human please', site: { phone: undefined }, state: { turn: 3, declinedPhone: true } }));
    expect(noPhone.text).toMatch(/open/);
  });
});
