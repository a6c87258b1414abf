import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeadLinks } from '../security/lead-link.js';
import { captureLead } from './support/lead.js';
import { startTestSmtp, type TestSmtp } from './support/smtp.js';
import { addSite, startTestServer, type TestSiteContext } from './support/test-server.js';

const SECRET = 'conversation-page-test-secret-0123456789';
const PUBLIC_URL = 'https://chat.testmotors.example';

describe("the lead email's conversation page", () => {
  let smtp: TestSmtp;
  const t = {} as TestSiteContext;
  let link = '';
  let leadId = '';

  beforeAll(async () => {
    smtp = await startTestSmtp();
    t.server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL, CATHY_SECRET: SECRET });
    t.site = await addSite(t.server, { leadRecipients: ['sales@testmotors.example'] });
    ({ leadId } = await captureLead(t, '(305) 814-2279'));
    const [mail] = await smtp.waitFor(1);
    link = /Transcript without signing in: (\S+)/.exec(mail?.mail.text ?? '')?.[1] ?? '';
  });
  afterAll(async () => {
    await t.server.destroy();
    await smtp.stop();
  });

  const open = (url: string) => fetch(url.replace(PUBLIC_URL, t.server.url));

  it('opens without an API key: the lead card and the transcript, read-only, under a CSP that forbids every script', async () => {
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/conversation/v1\\.${leadId}\\.`));
    const res = await open(link);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain('<h1>Maria Lopez</h1>');
    expect(html).toContain('Calls and texts OK — written consent at');
    expect(html).toContain('href="tel:+13058142279"');
    expect(html).toContain('Sure, call me at (305) 814-2279');
    expect(html).not.toMatch(/<script|<style|style="|<form|<input/);
    const css = await fetch(`${t.server.url}/conversation/page.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('refuses an altered link with a clear page, not a stack trace', async () => {
    const altered = link.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    const res = await open(altered);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('This link is not valid');
    expect(html).not.toMatch(/Error:|at .*\.ts:\d+|Maria/);
  });

  it('says an expired link has expired', async () => {
    const expired = createLeadLinks(SECRET, -1_000).issue(leadId, new Date());
    const res = await open(`${PUBLIC_URL}/conversation/${expired}`);
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toContain('This link has expired');
    expect(html).not.toContain('Maria');
  });
});
