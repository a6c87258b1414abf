import type { BrowserContext, Page } from 'playwright-core';
import type { StaffRole } from '../../sdk/protocol/index.js';
import type { SiteSettings } from '../../server/sites/site-input.js';
import { findSite, updateSite } from '../../server/sites/site-service.js';
import { addStaff } from '../../server/test/support/staff.js';
import { startTestServer, type TestServer } from '../../server/test/support/test-server.js';
import { freePort } from './processes.js';

export interface Workspace {
  server: TestServer;
  /** The demo site (`pk_demo`), which /demo/ chats with. */
  siteId: string;
  staff: { email: string; password: string };
}

/**
 * The real server on 127.0.0.1 with PUBLIC_URL set to its own address (the staff routes and socket accept only that
 * origin), the demo site, and one staff member of it.
 */
export async function startWorkspace(options: { env?: Record<string, string>; role?: StaffRole; webhook?: { url: string; secret: string } } = {}): Promise<Workspace> {
  const port = await freePort();
  const server = await startTestServer({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    RATE_LIMIT_MESSAGES_PER_MINUTE: '10000',
    ...options.env,
  });
  const demo = await findSite(server.store, 'pk_demo');
  if (!demo) throw new Error('[Cathy] Failed to start the workspace: the server created no demo site.');
  if (options.webhook) await updateSite(server.store, demo, { webhook: options.webhook }, { allowPrivateWebhook: server.config.webhookAllowPrivate });
  const staff = await addStaff(server.store, { siteId: demo.id, email: 'sales@demo-dealer.example', role: options.role ?? 'manager', name: 'Sam Sales' });
  return { server, siteId: demo.id, staff };
}

/** Signs in through the console's own form, as a salesperson does, and waits for the inbox. */
export async function signInToConsole(page: Page, workspace: Workspace, path = '/console/'): Promise<void> {
  await page.goto(`${workspace.server.url}${path}`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(workspace.staff.email);
  await page.getByLabel('Password').fill(workspace.staff.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Inbox' }).waitFor();
}

/**
 * Opening hours that hold for the whole run whatever hour it starts: every day, all day, in the fixed-offset zone
 * where it is about noon now (`Etc/GMT-3` is UTC+3). A shopper who asks for a person then waits for one.
 */
export function openAllDay(now = new Date()): Pick<SiteSettings, 'timezone' | 'businessHours'> {
  const offset = 12 - now.getUTCHours();
  const timezone = offset === 0 ? 'Etc/GMT' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
  const day = { open: '00:00', close: '23:59' };
  return { timezone, businessHours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day } };
}

/** Refuses every Socket.IO connection, WebSocket and long-polling alike, as a strict proxy does; counts the tries. */
export async function blockSocketIo(context: BrowserContext): Promise<{ attempts: () => number }> {
  let attempts = 0;
  await context.routeWebSocket(/\/socket\.io\//, (ws) => {
    attempts++;
    return ws.close({ code: 1011, reason: 'blocked by the test' });
  });
  await context.route(/\/socket\.io\//, (route) => {
    attempts++;
    return route.abort('blockedbyclient');
  });
  return { attempts: () => attempts };
}
