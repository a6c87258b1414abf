import { describe, expect, it } from 'vitest';
import { findPhones } from './phone.js';

describe('findPhones', () => {
  it.each([
    ['305.555.1234', '+13055551234', '(305) 555-1234'],
    ['3055551234', '+13055551234', '(305) 555-1234'],
    ['+1 (305) 555-0823', '+13055550823', '(305) 555-0823'],
    ['1-786-555-9876', '+17865559876', '(786) 555-9876'],
    ['mi número es 786 555 1234', '+17865551234', '(786) 555-1234'],
    ['sure, call me at (954) 555-2671 after 5', '+19545552671', '(954) 555-2671'],
    ['my cell is 305-555-1234.', '+13055551234', '(305) 555-1234'],
    ['llámame al 305 555 1234 por favor', '+13055551234', '(305) 555-1234'],
  ])('finds the US number in %j', (text, e164, national) => {
    const scan = findPhones(text, 'US');
    expect(scan.phones).toEqual([{ e164, national }]);
    expect(scan.badPhone).toBeUndefined();
  });

  it('keeps the extension in the national format but not in E.164', () => {
    expect(findPhones('call me at 305-555-1234 ext 2', 'US').phones).toEqual([
      { e164: '+13055551234', national: '(305) 555-1234 ext. 2' },
    ]);
  });

  it('finds a number written with a + in another country', () => {
    expect(findPhones('mi cel de México es +52 55 1234 5678', 'US').phones[0]?.e164).toBe('+525512345678');
  });

  it('finds two different numbers and drops a repeated one', () => {
    const scan = findPhones('305 555 1234 or 786-555-9876, again 305.555.1234', 'US');
    expect(scan.phones.map((phone) => phone.e164)).toEqual(['+13055551234', '+17865559876']);
  });

  it('accepts 555 numbers outside the fictional range', () => {
    expect(findPhones('305-555-0200', 'US').phones[0]?.e164).toBe('+13055550200');
  });

  it.each([
    ['my number is 212-555-0150', '212-555-0150'],
    ['+1 (305) 555-0123', '+1 (305) 555-0123'],
    ['1-800-555-0199', '1-800-555-0199'],
  ])('rejects the fictional 555-01xx range in %j', (text, raw) => {
    const scan = findPhones(text, 'US');
    expect(scan.phones).toEqual([]);
    expect(scan.badPhone).toEqual({ raw, reason: 'fictional' });
  });

  it.each([
    ['911-555-1234', 'an N11 area code'],
    ['call 411-555-2671', 'an N11 area code'],
    ['305-211-1234', 'an N11 exchange'],
    ['123-456-7890', 'an area code starting with 1'],
    ['305-155-1234', 'an exchange starting with 1'],
    ['(305) 555-12345', 'one digit too many'],
  ])('flags %j as invalid (%s)', (text) => {
    const scan = findPhones(text, 'US');
    expect(scan.phones).toEqual([]);
    expect(scan.badPhone?.reason).toBe('invalid');
  });

  it.each([['305-555-12'], ['305 555 123'], ['(305) 555-12'], ['555-1234'], ['30555512']])(
    'flags %j as incomplete',
    (text) => {
      expect(findPhones(`my number is ${text} thanks`, 'US').badPhone).toEqual({ raw: text, reason: 'incomplete' });
    },
  );

  it.each([
    ['$400/month'],
    ['a 2019 with 60,000 miles'],
    ['my zip is 33101'],
    ['zip 33101-1234'],
    ['anything from 2018-2020'],
    ['somewhere in the 15000-20000 range'],
    ['I can do $15,000 with $2,000 down'],
    ['I need it by 12-15-2024'],
    ['stock #1234567'],
    ['VIN 1HGCM82633A004352'],
    ["I'm 25 and make 45000 a year"],
  ])('ignores %j, which is not a phone number', (text) => {
    expect(findPhones(text, 'US')).toEqual({ phones: [], spans: [] });
  });

  it('reports the first problem when there are several', () => {
    expect(findPhones('305-555-12 or 212-555-0150', 'US').badPhone?.reason).toBe('incomplete');
  });

  it('reports both a good number and a bad one', () => {
    const scan = findPhones('cell 786-555-9876, work 305-555-12', 'US');
    expect(scan.phones.map((phone) => phone.e164)).toEqual(['+17865559876']);
    expect(scan.badPhone).toEqual({ raw: '305-555-12', reason: 'incomplete' });
  });

  it('returns the spans of numbers and number-like runs', () => {
    const text = 'call 305-555-1234 or 305-555-12';
    expect(findPhones(text, 'US').spans.map(([start, end]) => text.slice(start, end))).toEqual([
      '305-555-1234',
      '305-555-12',
    ]);
  });

  it('accepts a lower-case country code', () => {
    expect(findPhones('3055551234', 'us').phones).toHaveLength(1);
  });

  it('throws an actionable error for an unknown country', () => {
    expect(() => findPhones('3055551234', 'USA')).toThrow(/\[Cathy\] Failed to find phone numbers: "USA".*"US"/);
  });
});
