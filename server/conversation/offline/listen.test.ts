import { describe, expect, it } from 'vitest';
import { DEMO_KNOWLEDGE } from '../../sites/knowledge/demo-knowledge.js';
import { acrossConversations, buildInput, ES, QUALIFIED, reply } from './test-input.js';

const PHONE = '+15550100142';

describe('listening', () => {
  it('asks for the number at once when the visitor says "you can call me" or "text me"', async () => {
    for (const text of ['Ok fine, you can call me', 'just text me']) {
      for (const r of await acrossConversations({ text, state: { turn: 3 } })) {
        expect(r.meta.state.lastQuestion, r.text).toBe('phone');
        expect(r.meta.asksForContact).toBe(true);
      }
    }
  });

  it('stops qualifying when the visitor is just looking, points to the inventory and stays available', async () => {
    for (const r of await acrossConversations({ text: 'just looking, thanks', state: { turn: 1 } })) {
      expect(r.text).toMatch(/inventory/);
      expect(r.text).not.toMatch(/\?/);
      expect(r.meta.state.browsing).toBe(true);
    }
    const later = await reply(buildInput({ text: 'ok', state: { turn: 2, browsing: true } }));
    expect(later.meta.state.lastQuestion).toBeUndefined();
  });

  it('meets hostility and scam worries calmly with a manager offer and no phone ask', async () => {
    for (const text of ['f off', 'whatever. this is garbage', 'is this a scam?']) {
      for (const r of await acrossConversations({ text, state: { turn: 2, lastQuestion: 'name' } })) {
        expect(r.text, text).toMatch(/manager/);
        expect(r.text, text).not.toMatch(/Garbage|number to reach/);
        expect(r.meta.asksForContact).toBe(false);
      }
    }
  });

  it('says when the team will call from business hours, and confirms a number already given, masked', async () => {
    const when = await reply(buildInput({ text: 'when will they call?', facts: { phone: PHONE }, state: { turn: 4 } }));
    expect(when.text).toMatch(/shortly|reach out/);
    const gave = await reply(buildInput({ text: 'i already gave you my number', facts: { phone: PHONE }, state: { turn: 4 } }));
    expect(gave.text).toContain('0142');
    expect(gave.text).not.toContain('555');
  });

  it('says texting is fine when asked', async () => {
    const r = await reply(buildInput({ text: 'can they text instead of call?', state: { turn: 2 } }));
    expect(r.text).toMatch(/text/i);
    expect(r.text).not.toMatch(/specialist will go over/);
  });

  it('never tells a visitor with good credit that every credit situation is welcome', async () => {
    for (const text of ['Do you offer financing?', 'can i get approved?']) {
      for (const r of await acrossConversations({ text, facts: { credit: 'excellent, around 790' }, state: { turn: 2 } })) {
        expect(r.text, text).not.toMatch(/every credit situation|all kinds of credit/i);
      }
    }
  });

  it('hands one question to a specialist per conversation, then notes the others', async () => {
    const first = await reply(buildInput({ text: 'do you do leasing?', state: { turn: 1 } }));
    expect(first.text).toMatch(/specialist will go over|specialists/);
    expect(first.meta.state.deferred).toBe(true);
    const second = await reply(buildInput({ text: 'do you take itin?', state: { turn: 2, deferred: true } }));
    expect(second.text).not.toMatch(/will go over that/);
    expect(second.text).toMatch(/noted|notes|sees that/);
  });

  it("answers from the dealer's knowledge, names a weekday's hours, and never asks new or used on a used-only lot", async () => {
    const site = { knowledge: DEMO_KNOWLEDGE };
    const leasing = await reply(buildInput({ text: 'Do you offer leasing?', site, state: { turn: 1 } }));
    expect(leasing.text).toMatch(/pre-owned cars only/);
    const saturday = await reply(buildInput({ text: 'what about saturday?', state: { turn: 1 } }));
    expect(saturday.text).toMatch(/Saturday.*10:00 AM.*5:00 PM/);
    for (const r of await acrossConversations({ text: 'i want a civic', site, facts: { vehicle: { text: 'Civic', model: 'Civic' } }, state: { turn: 1, lastQuestion: 'vehicle' } })) {
      expect(r.meta.state.lastQuestion).not.toBe('condition');
    }
    const spanish = await reply(buildInput({ text: '¿hablan español?', site, ...ES, state: { turn: 1 } }));
    expect(spanish.text).toMatch(/español/);
  });

  it("never meets the visitor's first question with a phone ask, whenever it comes", async () => {
    const first = await reply(buildInput({ text: 'how much is it', facts: QUALIFIED, state: { turn: 4 } }));
    expect(first.meta.asksForContact).toBe(false);
    expect(first.meta.state.questionAnswered).toBe(true);
  });

  it('offers a manager calmly, without a phone ask, to a visitor who asks for one after a bad visit', async () => {
    const r = await reply(buildInput({ text: 'the salesman was rude. i want to talk to a manager', state: { turn: 0 } }));
    expect(r.text).toMatch(/sorry|hear you/i);
    expect(r.text).toMatch(/manager/);
    expect(r.meta.asksForContact).toBe(false);
  });

  it("does not say the dealer's same sentence twice", async () => {
    const site = { knowledge: DEMO_KNOWLEDGE };
    const first = await reply(buildInput({ text: 'can i test drive it?', site, state: { turn: 1 } }));
    const input = buildInput({ text: 'i want to test drive a jeep wrangler, can i?', site, state: { turn: 2 } });
    input.history.unshift({ id: 'a1', conversationId: 'conv_1', role: 'assistant', text: first.text, createdAt: input.now.toISOString() });
    const second = await reply(input);
    const said = new Set(first.text.split(/(?<=[.!?])\s+/));
    for (const sentence of second.text.split(/(?<=[.!?])\s+/)) expect(said.has(sentence), sentence).toBe(false);
    expect(second.text).toMatch(/test drives/i);
  });

  it('leaves out a closing line once every phrasing of it was said, rather than repeat one', async () => {
    const closings = ['Is there anything else I can help you with?', 'What else can I help with?', "Anything else you'd like to know?"];
    const input = buildInput({ text: 'cool', facts: { ...QUALIFIED, phone: PHONE, callTime: 'evening' }, state: { turn: 9, questionAnswered: true } });
    input.history.unshift(...closings.map((text, i) => ({ id: `a${i}`, conversationId: 'conv_1', role: 'assistant' as const, text: `Got it. ${text}`, createdAt: input.now.toISOString() })));
    const r = await reply(input);
    for (const closing of closings) expect(r.text).not.toContain(closing);
    expect(r.text.length).toBeGreaterThan(0);
  });

  it('answers several questions in one message', async () => {
    const r = await reply(buildInput({ text: 'r u open sunday? and where are you?', site: { knowledge: DEMO_KNOWLEDGE }, facts: QUALIFIED, state: { turn: 2 } }));
    expect(r.text).toMatch(/closed on Sunday|Sunday is our day off/);
    expect(r.text).toContain('100 Main St');
  });
});
