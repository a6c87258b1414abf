import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSite } from '../sites/site-service.js';
import type { StaffMailJobRecord } from '../store/records.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { runStaffCli } from './staff-cli.js';

describe('npm run site -- staff', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  let publicKey: string;
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
  const open = () => openStore({ dataDir: dir });
  const run = (...argv: string[]) => runStaffCli(argv, open, io, { publicUrl: 'https://chat.sunrise.example' });
  const withStore = async <T>(read: (store: Store) => Promise<T>) => {
    const store = await open();
    try {
      return await read(store);
    } finally {
      await store.close();
    }
  };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'cathy-staff-cli-'));
    out = [];
    err = [];
    publicKey = await withStore(async (store) => (await createSite(store, { name: 'Sunrise Auto', allowedOrigins: ['https://sunrise.example'], locale: 'es' })).site.publicKey);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('invites a person: an invited account and an invitation email in the outbox, in the site language', async () => {
    expect(await run('add', publicKey, '--email', 'Ana@Sunrise.example', '--role', 'owner', '--name', 'Ana Ruiz')).toBe(0);
    expect(out.join('')).toBe('Added ana@sunrise.example to Sunrise Auto as owner: an invitation email (one-time link, 72 hours) is in the outbox.\n');

    const { staff, job } = await withStore(async (store) => ({
      staff: await store.staff.byEmail('ana@sunrise.example'),
      job: (await store.outbox.claim('test', new Date(), 1000)) as StaffMailJobRecord | null,
    }));
    expect(staff).toMatchObject({ name: 'Ana Ruiz', locale: 'es', memberships: [{ role: 'owner' }] });
    expect(staff?.passwordHash).toBeUndefined();
    expect(job).toMatchObject({ kind: 'email.staff', event: 'staff.invitation', staffId: staff?.id, mail: { to: 'ana@sunrise.example', locale: 'es', siteName: 'Sunrise Auto' } });
    expect(job?.mail?.link).toMatch(/^https:\/\/chat\.sunrise\.example\/console\/invitation#token=[\w-]{43}$/);
  });

  it('lists the team as text and as JSON', async () => {
    await run('add', publicKey, '--email', 'ana@sunrise.example', '--role', 'owner');
    out = [];
    expect(await run('list', publicKey)).toBe(0);
    expect(out.join('')).toBe('ana@sunrise.example  owner  invited  ana\n');
    out = [];
    expect(await run('list', publicKey, '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toEqual({ members: [expect.objectContaining({ email: 'ana@sunrise.example', role: 'owner', status: 'invited' })] });
  });

  it('removes a person, but never the last owner', async () => {
    await run('add', publicKey, '--email', 'ana@sunrise.example', '--role', 'owner');
    await run('add', publicKey, '--email', 'luis@sunrise.example', '--role', 'salesperson');
    expect(await run('remove', publicKey, '--email', 'luis@sunrise.example')).toBe(0);
    expect(await run('remove', publicKey, '--email', 'ana@sunrise.example')).toBe(2);
    expect(err.join('')).toBe('[Cathy] The last owner cannot be removed: make someone else owner first.\n');
    const team = await withStore(async (store) => store.staff.listBySite((await store.sites.byPublicKey(publicKey))!.id));
    expect(team.map((s) => s.email)).toEqual(['ana@sunrise.example']);
  });

  it("changes a person's role, but never takes the owner role from the last owner", async () => {
    await run('add', publicKey, '--email', 'ana@sunrise.example', '--role', 'owner');
    await run('add', publicKey, '--email', 'luis@sunrise.example', '--role', 'salesperson');
    out = [];
    expect(await run('role', publicKey, '--email', 'luis@sunrise.example', '--role', 'manager')).toBe(0);
    expect(out.join('')).toBe('luis@sunrise.example is now manager at Sunrise Auto.\n');
    expect(await run('role', publicKey, '--email', 'ana@sunrise.example', '--role', 'manager')).toBe(2);
    expect(err.join('')).toBe('[Cathy] The last owner keeps the owner role: make someone else owner first.\n');
    expect(await run('role', publicKey, '--email', 'luis@sunrise.example', '--role', 'boss')).toBe(2);
    expect(await withStore(async (store) => (await store.staff.byEmail('luis@sunrise.example'))?.memberships[0]?.role)).toBe('manager');
  });

  it('refuses bad flags and unknown sites with a clear message, exit 2, and writes nothing', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['add', publicKey, '--role', 'owner'], /--email is required/],
      [['add', publicKey, '--email', 'not-an-email', '--role', 'owner'], /Invalid --email: \(root\): must be an email address/],
      [['add', publicKey, '--email', 'a@b.example', '--role', 'boss'], /Invalid --role: \(root\): must be one of owner, manager, salesperson/],
      [['add', publicKey, '--email', 'a@b.example'], /--role is required/],
      [['add', 'pk_nope', '--email', 'a@b.example', '--role', 'owner'], /No site "pk_nope"/],
      [['add', publicKey, 'extra', '--email', 'a@b.example', '--role', 'owner'], /Unexpected argument "extra"/],
      [['add', publicKey, '--email', 'a@b.example', '--role', 'owner', '--admin'], /Unknown option '--admin'/],
      [['promote', publicKey], /Unknown staff command "promote"/],
      [['list'], /staff list needs a site id or public key/],
      [['list', publicKey, '--role', 'owner'], /staff list takes no --email, --role or --name/],
      [['remove', publicKey, '--email', 'a@b.example', '--role', 'owner'], /staff remove takes only --email/],
      [['remove', publicKey, '--email', 'ghost@b.example'], /ghost@b.example is not on the team of Sunrise Auto/],
    ];
    for (const [argv, message] of cases) {
      err = [];
      expect(await run(...argv), argv.join(' ')).toBe(2);
      expect(err.join(''), argv.join(' ')).toMatch(message);
    }
    expect(await withStore(async (store) => [await store.staff.byEmail('a@b.example'), await store.outbox.claim('test', new Date(), 1000)])).toEqual([null, null]);
  });

  it('runs from `npm run site -- staff …` (the CLI entry hands staff commands over)', async () => {
    const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
    const main = path.resolve(import.meta.dirname, '../sites/site-cli-main.ts');
    const { stdout } = await promisify(execFile)(tsx, [main, 'staff', 'add', publicKey, '--email', 'ana@sunrise.example', '--role', 'manager'], {
      env: { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'silent' },
    });
    expect(stdout).toContain('Added ana@sunrise.example to Sunrise Auto as manager');
  });
});
