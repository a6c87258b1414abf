import { describe, expect, it } from 'vitest';
import type { CapturedFacts } from './facts.js';
import { extract } from './extract.js';
import { mergeFacts } from './merge.js';

const options = { defaultCountry: 'US', now: new Date('2025-06-01T12:00:00Z') };

describe('extract', () => {
  it('reads a full English lead message', () => {
    const found = extract(
      "Hi, my name is Maria Lopez. I'm looking for a used 2019 Honda CR-V, around $350 a month with $2,000 down. " +
        'I want to trade in my 2015 Civic. I had a repo in 2021. Call me at 305-555-1234 in the evening, this weekend.',
      options,
    );
    expect(found).toEqual({
      phones: [{ e164: '+13055551234', national: '(305) 555-1234' }],
      emails: [],
      facts: {
        firstName: 'Maria',
        lastName: 'Lopez',
        phone: '+13055551234',
        vehicle: { text: '2019 Honda CR-V', year: 2019, make: 'Honda', model: 'CR-V' },
        condition: 'used',
        budget: { text: 'around $350 a month with $2,000 down', monthly: 350, down: 2000 },
        tradeIn: { has: true, text: '2015 Civic' },
        credit: 'I had a repo in 2021.',
        timeframe: 'this weekend',
        callTime: 'evening',
        language: 'en',
      },
      optOut: false,
      affirmative: false,
      negative: false,
      language: 'en',
    });
  });

  it('reads a full Spanish lead message', () => {
    const found = extract(
      'Hola, me llamo José Pérez. Busco una troca usada, puedo dar 2000 de enganche y 400 al mes. ' +
        'No tengo crédito, es mi primer carro. Mi cel es 786 555 1234, llámenme por la tarde. Lo necesito esta semana.',
      options,
    );
    expect(found.phones).toEqual([{ e164: '+17865551234', national: '(786) 555-1234' }]);
    expect(found.facts).toEqual({
      firstName: 'José',
      lastName: 'Pérez',
      phone: '+17865551234',
      vehicle: { text: 'troca', bodyType: 'truck' },
      condition: 'used',
      budget: { text: '2000 de enganche y 400 al mes', down: 2000, monthly: 400 },
      credit: 'No tengo crédito, es mi primer carro.',
      timeframe: 'esta semana',
      callTime: 'afternoon',
      language: 'es',
    });
    expect(found.language).toBe('es');
  });

  it('takes a bare phone number as a phone only', () => {
    expect(extract('3055551234', options)).toEqual({
      phones: [{ e164: '+13055551234', national: '(305) 555-1234' }],
      emails: [],
      facts: { phone: '+13055551234' },
      optOut: false,
      affirmative: false,
      negative: false,
    });
  });

  it('reports an incomplete number so Cathy can re-ask', () => {
    const found = extract('my number is 305-555-12', options);
    expect(found.phones).toEqual([]);
    expect(found.badPhone).toEqual({ raw: '305-555-12', reason: 'incomplete' });
    expect(found.facts.phone).toBeUndefined();
  });

  it('reports a fictional number', () => {
    expect(extract('sure, 212-555-0150', options).badPhone).toEqual({ raw: '212-555-0150', reason: 'fictional' });
  });

  it('does not read the digits of a phone number as a year, budget or name', () => {
    const found = extract('call me 305 201 9876 or 786-555-2019', options);
    expect(found.facts.vehicle).toBeUndefined();
    expect(found.facts.budget).toBeUndefined();
    expect(found.facts.firstName).toBeUndefined();
  });

  it('finds an email and keeps it out of the name', () => {
    const found = extract("I'm Kevin, kevin.o@gmail.com", options);
    expect(found.emails).toEqual(['kevin.o@gmail.com']);
    expect(found.facts).toMatchObject({ firstName: 'Kevin', email: 'kevin.o@gmail.com' });
  });

  it('does not take an email address as the credit situation', () => {
    for (const text of ['My email is bad.credit.maria@gmail.com', 'email: creditrepair@fico.example']) {
      const found = extract(text, options);
      expect(found.facts.credit, text).toBeUndefined();
      expect(found.emails).toHaveLength(1);
    }
    expect(extract('My credit is bad, write to maria@x.com please', options).facts.credit).toBe('My credit is bad, write to [email] please');
  });

  it('reads a name typed with combining accents (NFD) whole', () => {
    const found = extract('my name is José Nuñez'.normalize('NFD'), options);
    expect(found.facts).toMatchObject({ firstName: 'José', lastName: 'Nuñez' });
    expect(found.facts.firstName).toBe('José'.normalize('NFC'));
  });

  it('does not take an address on a "Bcc:" line as the visitor\'s email', () => {
    const found = extract('Bcc: evil@x.example', options);
    expect(found.emails).toEqual([]);
    expect(found.facts.email).toBeUndefined();
  });

  it('does not take a trade-in as the vehicle of interest', () => {
    const found = extract('I have a 2012 Altima to trade', options);
    expect(found.facts.tradeIn).toEqual({ has: true, text: '2012 Altima' });
    expect(found.facts.vehicle).toBeUndefined();
  });

  it.each([
    ['STOP', true],
    ['please stop texting me', true],
    ['no me llamen', true],
    ['I want to stop by the dealership Saturday', false],
  ])('flags %j as opt-out: %s', (text, optOut) => {
    expect(extract(text, options).optOut).toBe(optOut);
  });

  it.each([
    ['yes', true, false],
    ['sí, claro', true, false],
    ['no thanks', false, true],
    ['no credit, first time buyer', false, false],
  ])('reads %j as yes=%s no=%s', (text, affirmative, negative) => {
    const found = extract(text, options);
    expect([found.affirmative, found.negative]).toEqual([affirmative, negative]);
  });

  it.each([
    ["how much is the 2020 Camry? I'm 25 and make 45000 a year", 'a price question'],
    ['do you have any 2018-2020 Tacomas under 60,000 miles?', 'a year range and mileage'],
    ['What are your hours on Saturday? Zip 33101', 'an hours question'],
  ])('raises no phone problem for %j (%s)', (text) => {
    const found = extract(text, options);
    expect(found.phones).toEqual([]);
    expect(found.badPhone).toBeUndefined();
  });

  it('builds a lead over a whole conversation with mergeFacts', () => {
    const messages = [
      'hola, busco una camioneta',
      'una Toyota RAV4 2020 o más nueva',
      'puedo pagar unos 400 al mes',
      'tengo mal crédito',
      'soy Carmen',
      '786 555 1234, por la mañana',
    ];
    const facts = messages.reduce<CapturedFacts>((known, text) => mergeFacts(known, extract(text, options).facts), {});
    expect(facts).toEqual({
      firstName: 'Carmen',
      phone: '+17865551234',
      vehicle: { text: 'Toyota RAV4 2020', year: 2020, make: 'Toyota', model: 'RAV4', bodyType: 'SUV' },
      budget: { text: 'unos 400 al mes', monthly: 400 },
      credit: 'tengo mal crédito',
      callTime: 'morning',
      language: 'es',
    });
  });

  it('defaults the model-year bound to the current time', () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(extract(`a ${nextYear} Camry`, { defaultCountry: 'US' }).facts.vehicle?.year).toBe(nextYear);
  });
});
