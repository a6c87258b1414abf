import { afterAll, beforeAll } from 'vitest';
import type { SiteSettings } from '../../sites/site-input.js';
import { startTestSmtp, type TestSmtp } from './smtp.js';
import { addSite, startTestServer, type TestSiteContext } from './test-server.js';

export interface MailedSiteContext extends TestSiteContext {
  /** The real SMTP server the test server sends lead emails to. */
  smtp: TestSmtp;
}

/** A test site whose lead emails go over SMTP to a real server in this process, for the whole file. */
export function useMailedSite(env: Record<string, string> = {}, settings: Partial<SiteSettings> = {}): MailedSiteContext {
  const context = {} as MailedSiteContext;
  beforeAll(async () => {
    context.smtp = await startTestSmtp();
    context.server = await startTestServer({ SMTP_URL: context.smtp.url, ...env });
    context.site = await addSite(context.server, settings);
  });
  afterAll(async () => {
    await context.server.destroy();
    await context.smtp.stop();
  });
  return context;
}
