import { describe, expect, it } from 'vitest';
import { identifySchema, messageSendSchema, sessionStartSchema } from './schemas.js';

const clientId = '0b9f6f2e-5d5e-4c3f-9a51-0d7f3e2a1b4c';

describe('messageSendSchema', () => {
  it('trims the text, keeps line breaks and drops control characters', () => {
    const parsed = messageSendSchema.parse({ clientId, text: '  Hi\r\nI need\u0000 a truck\u0007  ' });
    expect(parsed.text).toBe('Hi\nI need a truck');
  });

  it('refuses empty, control-only and over-long text, unknown keys and non-uuid ids', () => {
    for (const payload of [
      { clientId, text: ' \n ' },
      { clientId, text: '\u0001\u0002' },
      { clientId, text: 'x'.repeat(2001) },
      { clientId, text: 'hi', html: '<b>' },
      { clientId: '42', text: 'hi' },
    ]) {
      expect(messageSendSchema.safeParse(payload).success, JSON.stringify(payload).slice(0, 40)).toBe(false);
    }
  });
});

describe('sessionStartSchema', () => {
  it('takes only http(s) page URLs', () => {
    expect(sessionStartSchema.safeParse({ page: { url: 'https://dealer.example/finance' } }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', '/relative']) {
      expect(sessionStartSchema.safeParse({ page: { url } }).success, url).toBe(false);
    }
  });

  it('drops NUL, BEL, ESC, C1 controls and bidi overrides from page titles and UTM values', () => {
    const parsed = sessionStartSchema.parse({
      page: { url: 'https://dealer.example/', title: 'Deals\u0000\u0007\u001b[31m \u202eadkoH\u202c\u2066 on\u0085\n SUVs\u2069' },
      utm: { source: 'goo\u202egle', campaign: '\u0000\u001b', medium: 'cpc\u2067' },
    });
    expect(parsed.page.title).toBe('Deals[31m adkoH on SUVs');
    expect(parsed.utm).toEqual({ source: 'google', campaign: undefined, medium: 'cpc' });
  });

  it('refuses page URLs carrying raw control or bidi characters, which no browser sends', () => {
    for (const url of ['https://dealer.example/\u202egnp.exe', 'https://dealer.example/a\u0007b']) {
      expect(sessionStartSchema.safeParse({ page: { url } }).success, JSON.stringify(url)).toBe(false);
    }
  });
});

describe('identifySchema', () => {
  it('needs externalId with userHash and a hex hash', () => {
    expect(identifySchema.safeParse({ userHash: 'a'.repeat(64) }).success).toBe(false);
    expect(identifySchema.safeParse({ externalId: 'x', userHash: 'nothex' }).success).toBe(false);
    expect(identifySchema.safeParse({ externalId: 'x', userHash: 'a'.repeat(64) }).success).toBe(true);
  });

  it('drops controls and bidi overrides from a supplied name, and refuses a name of nothing else', () => {
    expect(identifySchema.parse({ name: ' Ana\u202e Lopez\u0007 ' }).name).toBe('Ana Lopez');
    expect(identifySchema.safeParse({ name: '\u202e\u0000' }).success).toBe(false);
  });
});
