import { describe, expect, it } from 'vitest';
import { detectIntents, type Intent } from './intents.js';

const CASES: Array<[string, Intent]> = [
  ['Hi there', 'greeting'],
  ['Buenas tardes', 'greeting'],
  ['thanks so much!', 'thanks'],
  ['muchas gracias', 'thanks'],
  ['ok bye', 'goodbye'],
  ['hasta luego', 'goodbye'],
  ['are you a real person?', 'asksIfBot'],
  ['Am I talking to a bot', 'asksIfBot'],
  ['r u human', 'asksIfBot'],
  ['¿Eres un robot?', 'asksIfBot'],
  ['¿Hablo con una persona real?', 'asksIfBot'],
  ['Can I talk to a real person', 'wantsHuman'],
  ['I want to speak with a salesperson', 'wantsHuman'],
  ['agent please', 'wantsHuman'],
  ['quiero hablar con un asesor', 'wantsHuman'],
  ['what are your hours?', 'asksHours'],
  ['Are you open on Sunday?', 'asksHours'],
  ['¿A qué hora cierran?', 'asksHours'],
  ['where are you located', 'asksLocation'],
  ['what is the address', 'asksLocation'],
  ['¿Dónde están ubicados?', 'asksLocation'],
  ["what's your phone number?", 'asksDealerPhone'],
  ['¿Cuál es su número?', 'asksDealerPhone'],
  ["What's the APR?", 'asksFinanceTerms'],
  ['how much is the monthly payment on that?', 'asksFinanceTerms'],
  ['How much down do I need?', 'asksFinanceTerms'],
  ['¿Cuánto pagaría al mes?', 'asksFinanceTerms'],
  ['¿Cuál es la tasa de interés?', 'asksFinanceTerms'],
  ['will I be approved?', 'asksApproval'],
  ['can I get approved with bad credit', 'asksApproval'],
  ['do I qualify', 'asksApproval'],
  ['¿Me aprueban con mal crédito?', 'asksApproval'],
  ['do you offer financing?', 'asksApproval'],
  ['¿Tienen financiamiento?', 'asksApproval'],
  ['I have bad credit', 'creditConcern'],
  ["my credit's not great", 'creditConcern'],
  ['I went through a bankruptcy', 'creditConcern'],
  ['tengo mal crédito', 'creditConcern'],
  ['my credit is excellent', 'strongCredit'],
  ['do you have any used F-150s?', 'asksInventory'],
  ['How much is the 2021 Camry?', 'asksInventory'],
  ['¿Tienen camionetas disponibles?', 'asksInventory'],
  ['What else do you need from me?', 'asksWhatNext'],
  ['¿Qué más necesita?', 'asksWhatNext'],
  ["I'd rather not give my number", 'declinesPhone'],
  ['prefiero no dar mi teléfono', 'declinesPhone'],
];

describe('detectIntents', () => {
  it.each(CASES)('reads %j as %s', (text, intent) => {
    expect(detectIntents(text)).toContain(intent);
  });

  it('treats money statements as statements, not questions', () => {
    const intents = detectIntents('I can put $2000 down and do about 300 a month');
    expect(intents).not.toContain('asksFinanceTerms');
    expect(intents).not.toContain('question');
  });

  it('does not read interest in a vehicle as a rate question', () => {
    expect(detectIntents("I'm interested in a truck")).not.toContain('asksFinanceTerms');
    expect(detectIntents('tengo interés en una camioneta')).not.toContain('asksFinanceTerms');
  });

  it('does not mistake a visitor giving their number for asking ours', () => {
    expect(detectIntents('my number is 310 555 0123')).not.toContain('asksDealerPhone');
    expect(detectIntents('el número es 310 555 0123')).not.toContain('asksDealerPhone');
  });

  it('lets a credit worry win over words that sound positive', () => {
    const intents = detectIntents("my credit isn't great");
    expect(intents).toContain('creditConcern');
    expect(intents).not.toContain('strongCredit');
  });

  it('does not take "no thanks" as thanks', () => {
    expect(detectIntents('no thanks')).not.toContain('thanks');
    expect(detectIntents('no, gracias')).not.toContain('thanks');
  });

  it('finds nothing in a plain statement', () => {
    expect([...detectIntents('looking for a blue SUV')]).toEqual([]);
  });
});
