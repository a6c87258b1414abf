import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../bench/support/client-build.js';
import type { MessagesSinceResult, PostMessageResult, SessionStartResult } from '../../sdk/protocol/index.js';
import { SHOPPER_LINES } from './support/chat.js';
import { eventually } from './support/lead.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const run = promisify(execFile);

/** The README's first-run claims, run as a newcomer would run them. */
describe('the README, run as written', () => {
  let server: TestServer;
  const headers = { 'content-type': 'application/json', origin: 'http://localhost:3000' };
  const mailDir = () => path.join(server.dataDir, 'outbox-mail');
  const emails = async () => (await readdir(mailDir()).catch(() => [] as string[])).filter((name) => name.endsWith('.eml'));

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.destroy());

  it('talks to the demo site with the curl calls of the quick start, and reads history with ?after= as written', async () => {
    const session = (await (
      await fetch(`${server.url}/v1/sessions`, { method: 'POST', headers, body: JSON.stringify({ siteKey: 'pk_demo', page: { url: 'http://localhost:3000/' } }) })
    ).json()) as SessionStartResult;
    const auth = { ...headers, authorization: `Bearer ${session.visitorToken}` };
    const sent = await fetch(`${server.url}/v1/conversations/${session.conversationId}/messages`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ clientId: randomUUID(), text: 'Hi, I need a used SUV' }),
    });
    expect(sent.status).toBe(200);
    const { reply } = (await sent.json()) as Required<PostMessageResult>;
    const history = await fetch(`${server.url}/v1/conversations/${session.conversationId}/messages?after=`, { headers: auth });
    expect(history.status).toBe(200);
    expect(((await history.json()) as MessagesSinceResult).messages.at(-1)?.id).toBe(reply.id);
  });

  it('writes lead emails under DATA_DIR/outbox-mail only once a shopper leaves a number, then within seconds', async () => {
    expect(await emails()).toEqual([]);
    const session = (await (
      await fetch(`${server.url}/v1/sessions`, { method: 'POST', headers, body: JSON.stringify({ siteKey: 'pk_demo', page: { url: 'http://localhost:3000/' } }) })
    ).json()) as SessionStartResult;
    const say = (text: string) =>
      fetch(`${server.url}/v1/conversations/${session.conversationId}/messages`, {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${session.visitorToken}` },
        body: JSON.stringify({ clientId: randomUUID(), text }),
      });
    for (const line of SHOPPER_LINES) {
      const { reply } = (await (await say(line)).json()) as Required<PostMessageResult>;
      if (reply.disclosure) break;
    }
    expect(await emails()).toEqual([]);
    await say('Sure, call me at (305) 742-5519');
    expect((await eventually(emails, (names) => names.length > 0)).length).toBeGreaterThan(0);
  });

  it('installs without the "not yet covered by allowScripts" warning (package.json sets the policy)', async () => {
    const { stderr } = await run('npm', ['install', '--offline', '--dry-run', '--no-audit', '--no-fund'], { cwd: ROOT });
    expect(stderr).not.toMatch(/allowScripts/);
  }, 60_000);
});
