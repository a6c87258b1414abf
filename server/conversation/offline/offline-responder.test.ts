import { describe, expect, it } from 'vitest';
import type { CapturedFacts } from '../../capture/facts.js';
import { defaultGreeting } from './greeting.js';
import { createOfflineResponder } from './offline-responder.js';
import { acrossConversations, AFTER_HOURS, buildInput, createChat, ES, QUALIFIED, reply, type InputOverrides } from './test-input.js';

describe('createOfflineResponder', () => {
  it('streams the whole reply as one delta, then done', async () => {
    const responder = createOfflineResponder();
    expect(responder.mode).toBe('offline');
    const chunks = [];
    for await (const chunk of responder.respond(buildInput())) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['delta', 'done']);
  });

  it('yields nothing once aborted', async () => {
    const chunks = [];
    for await (const chunk of createOfflineResponder().respond(buildInput(), AbortSignal.abort())) chunks.push(chunk);
    expect(chunks).toEqual([]);
  });

  it('says the same thing for the same turn and varies between conversations', async () => {
    const first = await reply(buildInput({ text: 'hi', conversationId: 'c1' }));
    const again = await reply(buildInput({ text: 'hi', conversationId: 'c1' }));
    expect(again.text).toBe(first.text);
    const texts = new Set((await acrossConversations({ text: 'hi' })).map((r) => r.text));
    expect(texts.size).toBeGreaterThan(1);
  });

  it('keeps replies to one to three sentences, and one more per extra question asked', async () => {
    const busy: InputOverrides[] = [
      { text: 'are you a bot? what are your hours? what is the APR?' },
      { text: "hi I'm Maria, looking for a 2019 CR-V", extraction: { facts: { firstName: 'Maria', vehicle: { text: '2019 CR-V' } } } },
      { text: 'I have bad credit, what would my payments be? where are you?' },
      { text: 'Maria', facts: { ...QUALIFIED }, state: { turn: 5, lastQuestion: 'name' } },
      { text: 'hola', ...ES, state: { turn: 1 } },
    ];
    for (const overrides of busy) {
      for (const r of await acrossConversations(overrides)) {
        const questions = (overrides.text?.match(/\?/g) ?? []).length;
        expect(r.text.split(/(?<=[.!?])\s+/).length, r.text).toBeLessThanOrEqual(Math.min(5, Math.max(3, questions + 2)));
      }
    }
  });
});

describe('conversation flow', () => {
  it('asks in policy order and acknowledges each answer', async () => {
    const chat = createChat();
    const asked: Array<string | undefined> = [];
    const turns: Array<[string, CapturedFacts]> = [
      ['hi', {}],
      ['maybe a 2019 honda crv', { vehicle: { text: '2019 honda crv', year: 2019, make: 'Honda', model: 'CR-V' } }],
      ['around 300 a month', { budget: { text: 'around 300 a month', monthly: 300 } }],
      ['no trade', { tradeIn: { has: false } }],
      ['rebuilding after a rough patch', { credit: 'rebuilding after a rough patch' }],
      ['this month', { timeframe: 'this month' }],
      ['Maria', { firstName: 'Maria' }],
    ];
    const texts = [];
    for (const [text, facts] of turns) {
      const r = await chat.send(text, { extraction: { facts } });
      asked.push(r.meta.state.lastQuestion);
      texts.push(r.text);
    }
    expect(asked).toEqual(['vehicle', 'budget', 'tradeIn', 'credit', 'timeframe', 'name', 'phone']);
    expect(texts[1]).toContain('2019 Honda CR-V');
    expect(texts[2]).not.toMatch(/300/);
    expect(texts[6]).toContain('Maria');
  });

  it('names the vehicle the way a person would, and praises only a model the visitor named', async () => {
    const said = async (vehicle: CapturedFacts['vehicle']) => (await reply(buildInput({ text: 'x', extraction: { facts: { vehicle } } }))).text;
    expect(await said({ text: 'SUV', bodyType: 'SUV' })).not.toMatch(/great pick|great choice|popular/i);
    expect(await said({ text: 'CR-V', make: 'Honda', model: 'CR-V' })).toMatch(/Honda CR-V/);
    expect(await said({ text: 'SUV, maybe a Honda', bodyType: 'SUV', make: 'Honda' })).not.toMatch(/SUV/);
    expect(await said({ text: '2019', year: 2019 })).not.toMatch(/2019/);
  });

  it('acknowledges a trade-in rather than calling it a great pick', async () => {
    const extraction = { facts: { tradeIn: { has: true, text: '2012 Corolla' }, vehicle: { text: '2012 Corolla', model: 'Corolla' } } };
    for (const r of await acrossConversations({ text: 'I have a 2012 Corolla to trade in', extraction })) {
      expect(r.text).toMatch(/trade-in/);
      expect(r.text).not.toMatch(/great pick|great choice|popular/i);
    }
  });

  it('answers "what else do you need?" with the next question, even one just asked', async () => {
    const r = await reply(buildInput({ text: 'What else do you need from me?', facts: QUALIFIED, state: { turn: 6, phoneAsks: 1, lastQuestion: 'phone', questionAnswered: true } }));
    expect(r.meta.state.lastQuestion).toBe('phone');
    expect(r.text).not.toMatch(/good question|great one/i);
    const done = await reply(buildInput({ text: 'what else do you need?', facts: { ...QUALIFIED, phone: '+13105550123', callTime: 'evening' }, state: { turn: 8 } }));
    expect(done.meta.state.lastQuestion).toBeUndefined();
    expect(done.text).toMatch(/everything I need|nothing else/i);
  });

  it('skips what the visitor already said', async () => {
    const r = await reply(buildInput({ text: 'hi', facts: { vehicle: { text: 'truck' }, condition: 'new' }, state: { turn: 1 } }));
    expect(r.meta.state.lastQuestion).toBe('budget');
  });

  it('does not ask for the phone before value is given', async () => {
    const first = await reply(buildInput({ text: 'hello', facts: QUALIFIED, state: { turn: 0 } }));
    expect(first.meta.asksForContact).toBe(false);
    expect(first.meta.state.phoneAsks).toBe(0);
    const second = await reply(buildInput({ text: 'ok', facts: QUALIFIED, state: { turn: 1 } }));
    expect(second.meta.asksForContact).toBe(true);
    expect(second.meta.state).toMatchObject({ phoneAsks: 1, lastQuestion: 'phone' });
  });

  it('asks for the phone right after answering a question, but never in reply to the first message', async () => {
    const first = await reply(buildInput({ text: "What's the APR?", state: { turn: 0 } }));
    expect(first.meta.asksForContact).toBe(false);
    expect(first.text).toMatch(/rates|numbers/i);
    expect(first.meta.state.questionAnswered).toBe(true);
    const later = await reply(buildInput({ text: "What's the APR?", state: { turn: 1, questionAnswered: true } }));
    expect(later.meta.asksForContact).toBe(true);
  });

  it('asks for the phone at most twice however long the chat goes', async () => {
    const chat = createChat({ facts: QUALIFIED });
    let asks = 0;
    for (let i = 0; i < 10; i++) {
      const r = await chat.send(i % 2 ? 'what are your hours?' : 'ok');
      if (r.meta.asksForContact) asks += 1;
    }
    expect(asks).toBe(2);
    expect(chat.state.phoneAsks).toBe(2);
  });

  it('offers email once after the phone is declined, then asks for no contact', async () => {
    const chat = createChat({ facts: QUALIFIED, state: { turn: 2, phoneAsks: 1, lastQuestion: 'phone' } });
    const declined = await chat.send('no thanks', { extraction: { negative: true } });
    expect(declined.meta.state).toMatchObject({ declinedPhone: true, lastQuestion: 'email' });
    expect(declined.text).toMatch(/email/i);
    expect(declined.meta.asksForContact).toBe(false);
    for (const text of ['ok', 'what are your hours?', 'hmm', 'cool']) {
      const r = await chat.send(text);
      expect(r.meta.asksForContact).toBe(false);
      expect(r.text).not.toMatch(/email|number/i);
    }
  });

  it('reads an explicit refusal as a decline', async () => {
    const r = await reply(buildInput({ text: "I'd rather not give my number", facts: QUALIFIED, state: { turn: 3 } }));
    expect(r.meta.state.declinedPhone).toBe(true);
    expect(r.meta.asksForContact).toBe(false);
  });

  it('acknowledges a credit worry warmly', async () => {
    for (const r of await acrossConversations({ text: 'I have bad credit', extraction: { facts: { credit: 'bad credit' } } })) {
      expect(r.text).toMatch(/credit situation|rebuilding/);
    }
  });

  it('says goodbye without asking anything', async () => {
    const r = await reply(buildInput({ text: 'ok thanks, bye!', state: { turn: 3 } }));
    expect(r.text).not.toContain('?');
    expect(r.meta.state.lastQuestion).toBeUndefined();
  });

  it('greets a returning visitor', async () => {
    for (const r of await acrossConversations({ text: 'hi', returning: true })) {
      expect(r.text).toMatch(/welcome back|good to see you again/i);
    }
  });
});

describe('answers', () => {
  it('answers hours from the site timezone', async () => {
    for (const r of await acrossConversations({ text: 'what are your hours?' })) expect(r.text).toContain('until 7:00 PM');
    for (const r of await acrossConversations({ text: 'are you open?', now: AFTER_HOURS })) {
      expect(r.text).toMatch(/closed .*tomorrow at 9:00 AM/);
    }
    const unknown = await reply(buildInput({ text: 'what are your hours?', site: { businessHours: {} } }));
    expect(unknown.text).toMatch(/hours/);
  });

  it('gives the address and the dealership phone when the site has them', async () => {
    for (const r of await acrossConversations({ text: 'where are you located?' })) expect(r.text).toContain('100 Main St, Springfield');
    for (const r of await acrossConversations({ text: "what's your phone number?" })) expect(r.text).toContain('(555) 010-0000');
    const unknown = await reply(buildInput({ text: 'where are you located?', site: { address: undefined } }));
    expect(unknown.text).toMatch(/address/);
  });

  it('counts an answered question as value for the phone ask', async () => {
    const r = await reply(buildInput({ text: 'where are you located?', facts: QUALIFIED, state: { turn: 1, questionAnswered: true } }));
    expect(r.meta.state.lastQuestion).toBe('phone');
  });
});

describe('Spanish', () => {
  it('answers Spanish messages in Spanish', async () => {
    for (const text of ['hola', '¿a qué hora abren?', 'busco una camioneta', '¿me aprueban?', 'quiero hablar con una persona']) {
      const r = await reply(buildInput({ ...ES, text, state: { turn: 1 } }));
      expect(r.meta.language).toBe('es');
      expect(r.text).toMatch(/[¿¡]|usted|le /);
      expect(r.text).not.toMatch(/\b(the|you|what)\b/i);
    }
  });

  it('follows the message language over the conversation locale', async () => {
    const r = await reply(buildInput({ locale: 'en', text: '¿tienen camionetas?', extraction: { language: 'es' } }));
    expect(r.meta.language).toBe('es');
  });
});

describe('defaultGreeting', () => {
  it('discloses an automated assistant up front in both languages', () => {
    expect(defaultGreeting('en', 'Cathy', 'Sunrise Auto')).toMatch(/^Hi! I'm Cathy, an automated assistant for Sunrise Auto\./);
    expect(defaultGreeting('es', 'Cathy', 'Sunrise Auto')).toMatch(/Soy Cathy, asistente virtual de Sunrise Auto: un sistema automatizado/);
  });
});
