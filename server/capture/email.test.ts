import { describe, expect, it } from 'vitest';
import { findEmails } from './email.js';

describe('findEmails', () => {
  it.each([
    ['my email is Maria.Lopez@Gmail.com.', 'maria.lopez@gmail.com'],
    ['mi correo es carmen.r@yahoo.com y mi cel 786 555 1234', 'carmen.r@yahoo.com'],
    ['(ana_2020@hotmail.com)', 'ana_2020@hotmail.com'],
    ['send it to jo.hn+cars@my-mail.co.uk, thanks!', 'jo.hn+cars@my-mail.co.uk'],
    ['email: MIKE@OUTLOOK.COM!', 'mike@outlook.com'],
  ])('finds the address in %j, lower-cased and without trailing punctuation', (text, email) => {
    expect(findEmails(text).emails).toEqual([email]);
  });

  it.each([['x@y'], ['a@b.c'], ['user@@gmail.com'], ['@gmail.com'], ['meet me @ 5pm'], ['$400 @ 5% apr']])(
    'finds nothing in %j',
    (text) => {
      expect(findEmails(text)).toEqual({ emails: [], spans: [] });
    },
  );

  it('lists each address once, in the order written', () => {
    expect(findEmails('b@x.com or A@x.com, I mean b@X.com').emails).toEqual(['b@x.com', 'a@x.com']);
  });

  it('does not take an address on a header-like line as the shopper\'s, but still marks where it sits', () => {
    expect(findEmails('Bcc: evil@x.example')).toEqual({ emails: [], spans: [[5, 19]] });
    const pasted = 'hi\nFrom: boss@work.example\n  cc : hr@work.example\nmine is ana@x.example';
    expect(findEmails(pasted).emails).toEqual(['ana@x.example']);
    expect(findEmails('email: ana@x.example').emails).toEqual(['ana@x.example']);
  });

  it('returns where each address sits', () => {
    const text = 'write to ana@gmail.com please';
    expect(findEmails(text).spans.map(([start, end]) => text.slice(start, end))).toEqual(['ana@gmail.com']);
  });
});
