import { describe, expect, it } from 'vitest';
import type { ReadingContext, Slot } from './reading.js';
import { understand } from './understand.js';

const context = (lastQuestion?: Slot, locale: 'en' | 'es' = 'en'): ReadingContext => ({
  lastQuestion,
  locale,
  defaultCountry: 'US',
  now: new Date('2026-12-06T15:00:00Z'),
});
const topics = (text: string, lastQuestion?: Slot) =>
  understand(text, context(lastQuestion))
    .acts.flatMap((act) => (act.kind === 'question' ? [act.topic] : []));
const kinds = (text: string, lastQuestion?: Slot) => understand(text, context(lastQuestion)).acts.map((act) => act.kind);

describe('understand', () => {
  it.each([
    ['Do you offer leasing?', 'leasing'],
    ['will this hurt my credit?', 'creditPull'],
    ['do you take itin?', 'itin'],
    ['can they text instead of call?', 'texting'],
    ['when will they call?', 'whenCall'],
    ['i already gave you my number', 'gaveNumber'],
    ['is there a bus stop near you? i dont have a car rn', 'transit'],
    ['wat u hav on sat?', 'hours'],
    ['what about saturday', 'hours'],
    ['what would u give me for my accord', 'tradeInValue'],
    ['i get paid cash, is that ok?', 'selfEmployed'],
    ['how much do i need to put down?', 'downPayment'],
    ['what do i need to bring', 'documents'],
    ['can i just walk in?', 'walkIns'],
    ['¿hablan español?', 'languages'],
    ['does it come with a warranty', 'warranty'],
    ['¿Abren el sábado?', 'hours'],
    ['necesito un aval?', 'cosigner'],
    ['are you still there?', 'stillThere'],
    ['can i get finacing with a repo?', 'approval'],
  ])('places "%s" under %s', (text, topic) => {
    expect(topics(text)).toContain(topic);
  });

  it('reads several questions in one message', () => {
    expect(topics('r u open sunday? and do u have any trucks?')).toEqual(expect.arrayContaining(['hours', 'stock']));
  });

  it('reads call-me, text-me and manager requests, and an opt-out as no request to call', () => {
    const requests = (text: string) => understand(text, context()).acts.flatMap((act) => (act.kind === 'request' ? [act.request] : []));
    expect(requests('Ok fine, you can call me')).toEqual(['callMe']);
    expect(requests('text me instead')).toEqual(['textMe']);
    expect(requests('let me talk to your manager')).toContain('manager');
    expect(requests("don't call me")).toEqual([]);
    expect(kinds("stop, don't call me")).toContain('optOut');
  });

  it('reads hostility, complaints, scam worry and browsing, and no name from an insult', () => {
    const garbage = understand('whatever. this is garbage', context('name'));
    expect(garbage.acts.map((act) => act.kind)).toContain('hostility');
    expect(garbage.entities.name).toBeUndefined();
    expect(garbage.sentiment).toBeLessThan(0);
    expect(kinds('f off')).toContain('hostility');
    expect(kinds('is this a scam?')).toContain('scamWorry');
    expect(kinds('just looking, thanks')).toContain('browsing');
  });

  it('fills the asked slot only with an answer of its type', () => {
    expect(understand('my name is Aaliyah', context('timeframe')).facts?.timeframe).toBeUndefined();
    expect(understand('i already gave you my number', context('timeframe')).facts?.timeframe).toBeUndefined();
    expect(understand("It's Darnell", context('name')).facts?.firstName).toBe('Darnell');
    expect(understand('probably in a couple weeks', context('timeframe')).facts?.timeframe).toBe('in a couple weeks');
    expect(understand('do you take itin?', context('credit')).facts?.credit).toBeUndefined();
  });

  it("keeps the visitor's own words for bare credit and timeframe answers, and ignores filler, questions and refusals", () => {
    expect(understand('maria lopez', context('name')).facts).toMatchObject({ firstName: 'Maria', lastName: 'Lopez' });
    expect(understand('maria lopez', context('vehicle')).facts?.firstName).toBeUndefined();
    expect(understand('it has been rough since my divorce', context('credit')).facts?.credit).toBe('it has been rough since my divorce');
    expect(understand('once my tax refund comes in', context('timeframe')).facts?.timeframe).toBe('once my tax refund comes in');
    for (const text of ['thanks!', 'gracias', 'hmm', 'ok', 'why do you ask?', 'no']) {
      expect(understand(text, context('credit')).facts?.credit, text).toBeUndefined();
      expect(understand(text, context('timeframe')).facts?.timeframe, text).toBeUndefined();
    }
  });

  it('keeps the credit story and never the question beside it', () => {
    const reading = understand('Will this hurt my credit? I had a repossession two years ago', context('credit'));
    expect(reading.facts?.credit).toBe('I had a repossession two years ago');
    expect(reading.entities.credit?.kinds).toContain('repossession');
  });

  it('reads a credit score as a score, not a monthly budget', () => {
    const reading = understand('my score is 640', context('budget'));
    expect(reading.entities.credit?.score).toBe(640);
    expect(reading.facts?.budget).toBeUndefined();
  });

  it('tells the car they own from the car they want, with what they still owe', () => {
    const reading = understand('I want to trade my 2017 Accord, I still owe 6k', context());
    expect(reading.entities.vehicleOwned).toMatchObject({ year: 2017, model: 'Accord', owed: 6000 });
    expect(reading.entities.vehicleWanted).toEqual([]);
    expect(reading.facts?.budget).toBeUndefined();
    expect(understand('a 2017 Accord', context('tradeIn')).facts).toMatchObject({ tradeIn: { has: true, text: '2017 Accord' } });
  });

  it('reads a car they still owe on as their trade-in when the trade itself names no car', () => {
    expect(understand('still owe about 8 grand on the 2018 civic, can i trade it?', context()).facts).toMatchObject({ tradeIn: { has: true, text: '2018 civic' } });
    expect(understand('owe like 3k on my 2015 sentra, what would you give me for it', context()).facts?.vehicle).toBeUndefined();
    expect(understand('tengo una 2014 tacoma y todavia debo como 5 mil, la puedo dar a cuenta?', context()).facts).toMatchObject({ tradeIn: { has: true, text: '2014 tacoma' } });
  });

  it('reads a capitalised name signed beside the number given for the phone question', () => {
    expect(understand('Andre Pierce, 404 552 1817', context('phone')).facts).toMatchObject({ firstName: 'Andre', lastName: 'Pierce', phone: '+14045521817' });
    for (const text of ['text 404 552 1817', 'Text 404 552 1817', 'mi cel es 404 552 1817', 'Sure 404 552 1817']) {
      expect(understand(text, context('phone')).facts?.firstName, text).toBeUndefined();
    }
  });

  it('reads noon and lunch as the afternoon, and a call-time answer as no buying timeframe', () => {
    expect(understand('lunch time works best', context('callTime')).facts?.callTime).toBe('afternoon');
    expect(understand('around noon', context('callTime')).facts?.callTime).toBe('afternoon');
    expect(understand('before noon', context('callTime')).facts?.callTime).toBe('morning');
    expect(understand('tomorrow after 6', context('callTime')).facts).toEqual({ callTime: 'evening' });
    expect(understand('mañana en la tarde', context('callTime', 'es')).facts?.timeframe).toBeUndefined();
  });

  it('gives a hedged or hurried monthly amount the monthly role', () => {
    expect(understand('like 300 a mnth', context()).entities.money).toEqual([{ amount: 300, role: 'monthly', text: '300' }]);
    expect(understand('500ish a month', context()).entities.money).toEqual([{ amount: 500, role: 'monthly', text: '500' }]);
  });

  it('reads a call or text request asked as a question as the request, not an unknown question', () => {
    expect(kinds('could someone give me a call about the 4runner?')).not.toContain('question');
    expect(kinds('pueden llamarme mañana?')).not.toContain('question');
    expect(kinds('can someone call me? also whats your address')).toContain('question');
  });

  it('keeps a Spanish repossession told beside a financing question', () => {
    const reading = understand('me quitaron la camioneta el año pasado, me pueden financiar todavia?', context(undefined, 'es'));
    expect(reading.facts?.credit).toBe('me quitaron la camioneta el año pasado');
    expect(reading.acts).toContainEqual({ kind: 'question', topic: 'approval' });
  });

  it('reads the car they drive now as the car they own, and the other as the one they want', () => {
    const reading = understand('i drive a 2014 buick now but want a crv', context());
    expect(reading.facts).toMatchObject({ vehicle: { model: 'CR-V' }, tradeIn: { has: true, text: '2014 buick' } });
  });

  it('reads vehicle models through typos, with low confidence', () => {
    const reading = understand('do u hav a coroll?', context());
    expect(reading.entities.vehicleWanted[0]?.model).toBe('Corolla');
    expect(reading.confidence?.vehicle).toBe('low');
    expect(understand('civc', context('vehicle')).entities.vehicleWanted[0]?.model).toBe('Civic');
  });

  it('keeps the credit clause of a run-on that ends asking, and a statement beside an ITIN question', () => {
    const runOn = understand('looking for a crv, credit is around 600 bc of a repo in 2021 and id like to stay under 400 a month, do i need money down??', context());
    expect(runOn.facts?.credit).toBe('credit is around 600 bc of a repo in 2021');
    expect(understand('do you take itin? i dont have a social', context()).facts?.credit).toBe('i dont have a social');
  });

  it('reads a bare amount after the budget question', () => {
    expect(understand('450', context('budget')).facts?.budget).toMatchObject({ monthly: 450 });
    expect(understand('20k', context('budget')).facts?.budget).toMatchObject({ total: 20000 });
  });

  it('reads call times like "after 6pm", "after 3" and "saturday morning"', () => {
    expect(understand('after 3, im in class', context('callTime')).facts?.callTime).toBe('afternoon');
    expect(understand('after 6pm works', context('callTime')).facts?.callTime).toBe('evening');
    expect(understand('saturday morning', context('callTime')).facts?.callTime).toBe('morning');
  });

  it('reads Spanish', () => {
    const reading = understand('Hola, soy Ana, quiero una troca, me pueden llamar', context(undefined, 'es'));
    expect(reading.language).toBe('es');
    expect(reading.entities.name?.first).toBe('Ana');
    expect(reading.acts).toEqual(expect.arrayContaining([{ kind: 'greeting' }, { kind: 'request', request: 'callMe' }]));
  });

  it.each([
    ['emoji', '😀'.repeat(5000)],
    ['RTL marks', '\u200f\u202e'.repeat(5000)],
    ['repeated words', 'car '.repeat(2500)],
  ])('reads ten thousand characters of %s without failing', (_name, text) => {
    const reading = understand(text, context());
    expect(reading.language).toBeDefined();
  });
});
