import { describe, expect, it } from 'vitest';
import { AFTER_HOURS, buildInput, ES, reply } from './test-input.js';

const started = (phase: 'waiting' | 'unavailable' | 'closed') => ({ phase, started: true });

describe('a call for a person the team was told of', () => {
  it('says someone will join when the team is online, asking for no number and offering no person', async () => {
    const r = await reply(buildInput({ text: 'can I talk to a real person', escalation: started('waiting') }));
    expect(r.text).toContain('someone will join this chat in a moment');
    expect(r.text).not.toContain('(555) 010-0000');
    expect(r.meta.asksForContact).toBe(false);
    expect(r.meta.state.lastQuestion).toBeUndefined();
    const es = await reply(buildInput({ ...ES, text: 'quiero hablar con una persona', escalation: started('waiting') }));
    expect(es.text).toContain('alguien se unirá a este chat en un momento');
    expect(es.meta.asksForContact).toBe(false);
  });

  it('while someone is on the way, answers questions without asking for the number', async () => {
    const r = await reply(buildInput({ text: 'do you have any trucks?', state: { turn: 5, questionAnswered: true }, escalation: { phase: 'waiting', started: false } }));
    expect(r.meta.asksForContact).toBe(false);
    expect(r.text).not.toContain('join this chat');
  });

  it('says at once that nobody is at the chat and asks for the best number', async () => {
    const r = await reply(buildInput({ text: 'can I talk to a real person', escalation: started('unavailable') }));
    expect(r.text).toMatch(/nobody from our team is at the chat right now/i);
    expect(r.meta.asksForContact).toBe(true);
    expect(r.meta.state.lastQuestion).toBe('phone');
  });

  it('after hours says when the store opens and asks for the number, or says when they call when it is known', async () => {
    const r = await reply(buildInput({ text: 'I want a person', now: AFTER_HOURS, escalation: started('closed') }));
    expect(r.text).toMatch(/open tomorrow at 9:00 AM/);
    expect(r.meta.state.lastQuestion).toBe('phone');
    const known = await reply(buildInput({ text: 'I want a person', now: AFTER_HOURS, facts: { phone: '+13105550123' }, escalation: started('closed') }));
    expect(known.text).toMatch(/open tomorrow at 9:00 AM/);
    expect(known.meta.asksForContact).toBe(false);
    const es = await reply(buildInput({ ...ES, text: 'quiero hablar con una persona', now: AFTER_HOURS, escalation: started('closed') }));
    expect(es.text).toMatch(/abrimos mañana a las 9:00/);
  });

  it('meets an upset shopper with an apology and someone on the way, or the manager offer when nobody can come', async () => {
    const waiting = await reply(buildInput({ text: 'this is useless', escalation: started('waiting') }));
    expect(waiting.text).toContain('someone will join this chat in a moment');
    expect(waiting.text).not.toMatch(/manager/);
    const nobody = await reply(buildInput({ text: 'this is useless', escalation: started('unavailable') }));
    expect(nobody.text).toMatch(/manager/);
    expect(nobody.text).toContain('(555) 010-0000');
    expect(nobody.meta.asksForContact).toBe(false);
  });

  it('starts the call-back flow for a site rule, which asks for no person in words', async () => {
    const r = await reply(buildInput({ text: 'I have a lease return question', escalation: started('unavailable') }));
    expect(r.text).toMatch(/nobody from our team is at the chat right now/i);
    expect(r.meta.state.lastQuestion).toBe('phone');
  });
});
