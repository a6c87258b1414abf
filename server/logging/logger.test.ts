import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { maskText } from './mask.js';

describe('maskText', () => {
  it('masks phones, emails and keys in free text', () => {
    const masked = maskText('Call (305) 814-2279 or +1 786 202 3344, mail maria.lopez@example.com, key sk_abcdef123456');
    expect(masked).not.toMatch(/814-2279|202 3344|maria\.lopez|abcdef123456/);
    expect(masked).toContain('***79');
    expect(masked).toContain('m***@example.com');
  });

  it('leaves ordinary numbers alone', () => {
    expect(maskText('a 2019 CR-V at $350 a month')).toBe('a 2019 CR-V at $350 a month');
  });

  it('leaves ids alone, even when a group of a uuid is all digits', () => {
    const ids = 'lead 01a20867-e906-74ec-b70d-092346125449, job 01a20868-1d16-760a-8a52-fda1439eb836:1:email.lead';
    expect(maskText(ids)).toBe(ids);
    expect(maskText('phone:3058142279; tel 305.814.2279')).toBe('phone:***79; tel ***79');
  });
});

describe('createLogger', () => {
  it('writes JSON lines with phones, emails and tokens masked', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      { phone: '+13058142279', email: 'ana@example.com', visitorToken: 'v1.abc.def', nested: { text: 'my number is 305 814 2279' } },
      'lead from 305-814-2279',
    );
    const entry = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    const raw = lines.join('');
    expect(raw).not.toMatch(/8142279|814-2279|814 2279|ana@example|v1\.abc/);
    expect(entry.visitorToken).toBe('***');
    expect(entry.msg).toBe('lead from ***79');
  });

  it('masks what the sales workspace handles: emails, session cookies, CSRF tokens and one-time links', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const token = 'k3JpZ0x9QvB2mN7rT1wYcE5uH8aLdF4sG6jKoP0iXzA';
    createLogger('info', sink).info(
      { email: 'nina@sunrise.example', cookie: `cathy_staff=${token}`, csrfToken: token, passwordHash: 'scrypt$N=32768', mail: { link: `https://c.example/console/reset#token=${token}` } },
      `invitation https://c.example/console/invitation#token=${token} for nina@sunrise.example; cookie cathy_staff=${token}`,
    );
    const raw = lines.join('');
    expect(raw).not.toContain(token);
    expect(raw).not.toMatch(/nina@|scrypt\$/);
    expect(JSON.parse(raw).msg).toBe('invitation https://c.example/console/invitation#token=*** for n***@sunrise.example; cookie cathy_staff=***');
  });
});
