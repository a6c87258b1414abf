import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { hashSecret } from './keys.js';
import { runSiteCli } from './site-cli.js';

describe('npm run site', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
  const open = () => openStore({ dataDir: dir });
  const run = (...argv: string[]) => runSiteCli(argv, open, io);
  const sites = async () => {
    const store = await open();
    try {
      return await store.sites.list();
    } finally {
      await store.close();
    }
  };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cathy-cli-'));
    out = [];
    err = [];
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('creates a site and prints its keys as JSON, storing only the secret hash', async () => {
    const code = await run('create', '--name', 'Sunrise Auto', '--origin', 'https://sunriseauto.example', '--lead-email', 'sales@sunriseauto.example', '--adf-email', 'crm@sunriseauto.example', '--json');
    expect(code).toBe(0);
    const printed = JSON.parse(out.join('')) as { id: string; publicKey: string; secretKey: string };
    expect(printed.publicKey).toMatch(/^pk_/);
    expect(printed.secretKey).toMatch(/^sk_/);
    const [site] = await sites();
    expect(site).toMatchObject({ id: printed.id, name: 'Sunrise Auto', leadRecipients: ['sales@sunriseauto.example'], adfRecipients: ['crm@sunriseauto.example'] });
    expect(site?.secretKeyHash).toBe(hashSecret(printed.secretKey));
    expect(JSON.stringify(site)).not.toContain(printed.secretKey);
  });

  it('sets dealer knowledge from a YAML file, and a bad file names the field and writes nothing', async () => {
    await run('create', '--name', 'A', '--origin', 'https://a.example', '--json');
    const { publicKey } = JSON.parse(out.join('')) as { publicKey: string };
    const demo = path.resolve(import.meta.dirname, '../../examples/dealer-site/knowledge.yaml');
    expect(await run('knowledge', 'set', publicKey, '--file', demo)).toBe(0);
    const [site] = await sites();
    expect(site?.knowledge?.inventory).toEqual({ conditions: ['used'] });

    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ walkIns: 'Walk-ins welcome.', languages: 'Spanish' }));
    expect(await run('knowledge', 'set', publicKey, '--file', bad)).toBe(2);
    expect(err.join('')).toMatch(/languages/);
    const [after] = await sites();
    expect(after?.knowledge).toEqual(site?.knowledge);
  });

  it('updates a site that has dealer knowledge, keeping the knowledge', async () => {
    await run('create', '--name', 'A', '--origin', 'https://a.example', '--json');
    const { publicKey } = JSON.parse(out.join('')) as { publicKey: string };
    const knowledge = path.resolve(import.meta.dirname, '../../examples/dealer-site/knowledge.yaml');
    expect(await run('knowledge', 'set', publicKey, '--file', knowledge)).toBe(0);
    expect(await run('update', publicKey, '--name', 'A Motors')).toBe(0);
    const [site] = await sites();
    expect(site?.name).toBe('A Motors');
    expect(site?.knowledge?.inventory).toEqual({ conditions: ['used'] });
  });

  it('updates and rotates the secret of a site named by its public key', async () => {
    await run('create', '--name', 'A', '--origin', 'https://a.example', '--json');
    const { publicKey, secretKey } = JSON.parse(out.join('')) as { publicKey: string; secretKey: string };
    out = [];
    expect(await run('update', publicKey, '--origin', 'https://a.example', '--origin', 'https://www.a.example', '--accent', '#112233')).toBe(0);
    expect(await run('rotate-secret', publicKey, '--json')).toBe(0);
    const rotated = JSON.parse(out.at(-1) ?? '{}') as { secretKey: string };
    const [site] = await sites();
    expect(site?.allowedOrigins).toEqual(['https://a.example', 'https://www.a.example']);
    expect(site?.theme.accent).toBe('#112233');
    expect(site?.secretKeyHash).toBe(hashSecret(rotated.secretKey));
    expect(rotated.secretKey).not.toBe(secretKey);
    out = [];
    expect(await run('show', publicKey, '--json')).toBe(0);
    const shown = JSON.parse(out.join('')) as Record<string, unknown>;
    expect(shown).toMatchObject({ publicKey, identitySecret: site?.identitySecret });
    expect(shown).not.toHaveProperty('secretKeyHash');
    out = [];
    expect(await run('list', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual([expect.objectContaining({ publicKey, name: 'A' })]);
  });

  it("sets the CRM's ADF preferences and keeps the others when one changes", async () => {
    await run('create', '--name', 'A', '--origin', 'https://a.example', '--adf-email', 'crm@a.example', '--adf-xml-declaration', 'no', '--adf-phone', 'e164', '--json');
    const { publicKey } = JSON.parse(out.join('')) as { publicKey: string };
    expect(await run('update', publicKey, '--adf-attachment', 'yes')).toBe(0);
    const [site] = await sites();
    expect(site?.adf).toEqual({ xmlDeclaration: false, phoneFormat: 'e164', attachment: true });
  });

  it.each([
    [['create', '--name', 'A', '--origin', 'https://a.example', '--adf-phone', 'dots']],
    [['create', '--name', 'A', '--origin', 'https://a.example', '--adf-attachment', 'maybe']],
    [['create', '--name', 'A', '--origin', 'https://a.example', '--bogus']],
    [['create', '--name', 'A']],
    [['create', '--name', 'A', '--origin', 'a.example']],
    [['create', '--name', 'A', '--origin', 'https://a.example', '--lead-email', 'not-an-email']],
    [['create', '--name', 'A', '--origin', 'https://a.example', '--timezone', 'Mars/Olympus']],
    [['create', '--name', 'A', '--origin', 'https://a.example', '--privacy-url', 'javascript:alert(1)']],
    [['create', '--name', 'A', '--origin', 'https://a.example', '--privacy-url', 'a.example/privacy']],
    [['frobnicate']],
    [['update', 'pk_missing', '--name', 'B']],
    [[]],
  ])('exits 2 with a clear message and writes nothing for %j', async (argv) => {
    expect(await run(...argv)).toBe(2);
    expect(err.join('')).toMatch(/\S/);
    expect(await sites()).toEqual([]);
  });

  it('sets the privacy-policy URL the chat links from its recorded-chat notice', async () => {
    await run('create', '--name', 'A', '--origin', 'https://a.example', '--json');
    const { publicKey } = JSON.parse(out.join('')) as { publicKey: string };
    expect(await run('update', publicKey, '--privacy-url', 'https://a.example/privacy')).toBe(0);
    expect(await run('update', publicKey, '--privacy-url', 'ftp://a.example/privacy')).toBe(2);
    expect(err.join('')).toMatch(/privacyUrl: must be an http\(s\) URL/);
    const [site] = await sites();
    expect(site?.privacyUrl).toBe('https://a.example/privacy');
  });

  it('sets how long a shopper waits for a person and the phrases that call for one, each flag keeping the other', async () => {
    await run('create', '--name', 'A', '--origin', 'https://a.example', '--json');
    const { publicKey } = JSON.parse(out.join('')) as { publicKey: string };
    expect(await run('update', publicKey, '--escalate-on', 'lease return, recall', '--escalate-on', 'trade appraisal')).toBe(0);
    expect((await sites())[0]?.handoff).toEqual({ timeoutSeconds: 60, rules: ['lease return', 'recall', 'trade appraisal'] });
    expect(await run('update', publicKey, '--handoff-timeout', '120')).toBe(0);
    expect((await sites())[0]?.handoff).toEqual({ timeoutSeconds: 120, rules: ['lease return', 'recall', 'trade appraisal'] });
    expect(await run('update', publicKey, '--escalate-on', '')).toBe(0);
    expect((await sites())[0]?.handoff).toEqual({ timeoutSeconds: 120, rules: [] });
  });

  it('refuses a bad wait or phrase with a message naming it, and changes nothing', async () => {
    await run('create', '--name', 'A', '--origin', 'https://a.example', '--json');
    const { publicKey } = JSON.parse(out.join('')) as { publicKey: string };
    const refused = async (flags: string[], message: RegExp) => {
      err = [];
      expect(await run('update', publicKey, '--name', 'B', ...flags)).toBe(2);
      expect(err.join('')).toMatch(message);
    };
    await refused(['--handoff-timeout', '2'], /handoff\.timeoutSeconds: must be at least 5 seconds/);
    await refused(['--handoff-timeout', '901'], /handoff\.timeoutSeconds: must be at most 900 seconds/);
    await refused(['--handoff-timeout', 'soon'], /handoff\.timeoutSeconds: must be a whole number of seconds from 5 to 900/);
    await refused(['--handoff-timeout', '1.5'], /handoff\.timeoutSeconds: must be a whole number of seconds/);
    await refused(['--escalate-on', 'x'], /handoff\.rules\.0: must be at least 2 characters/);
    await refused(['--escalate-on', '!!'], /handoff\.rules\.0: must hold a word/);
    await refused(['--escalate-on', 'a'.repeat(81)], /must be at most 80 characters/);
    const [site] = await sites();
    expect(site?.name).toBe('A');
    expect(site?.handoff).toBeUndefined();
  });

  it('leaves a site unchanged when an update is invalid', async () => {
    await run('create', '--name', 'A', '--origin', 'https://a.example', '--json');
    const { publicKey } = JSON.parse(out.join('')) as { publicKey: string };
    expect(await run('update', publicKey, '--name', 'B', '--accent', 'blue')).toBe(2);
    expect(err.join('')).toMatch(/accent/);
    const [site] = await sites();
    expect(site?.name).toBe('A');
  });

  it('refuses a webhook on a private, loopback or link-local address unless WEBHOOK_ALLOW_PRIVATE allows it', async () => {
    const hook = ['--webhook-secret', 'whsec_0123456789abcdef'];
    for (const url of ['http://127.0.0.1:9000/hook', 'http://169.254.169.254/latest', 'http://localhost/hook', 'https://10.0.0.7/hook']) {
      err = [];
      expect(await run('create', '--name', 'A', '--origin', 'https://a.example', '--webhook-url', url, ...hook), url).toBe(2);
      expect(err.join('')).toMatch(/webhook\.url: must reach a public address.*WEBHOOK_ALLOW_PRIVATE=1/);
    }
    expect(await sites()).toEqual([]);

    await run('create', '--name', 'A', '--origin', 'https://a.example', '--webhook-url', 'https://crm.a.example/hook', ...hook, '--json');
    const { publicKey } = JSON.parse(out.join('')) as { publicKey: string };
    expect(await run('update', publicKey, '--webhook-url', 'http://192.168.1.20/hook', ...hook)).toBe(2);
    expect((await sites())[0]?.webhook?.url).toBe('https://crm.a.example/hook');

    const allowed = await runSiteCli(['update', publicKey, '--webhook-url', 'http://192.168.1.20/hook', ...hook], open, io, { allowPrivateWebhook: true });
    expect(allowed).toBe(0);
    expect((await sites())[0]?.webhook?.url).toBe('http://192.168.1.20/hook');
  });
});
