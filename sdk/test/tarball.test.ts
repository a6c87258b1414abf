import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuild, ROOT } from '../../bench/support/client-build.js';

const run = promisify(execFile);
const SDK = path.join(ROOT, 'sdk');
// The repository's own tools, so the test needs no download beyond the package's one dependency (from npm's cache).
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const ESBUILD = path.join(ROOT, 'node_modules/esbuild/bin/esbuild');

const ESM_CONSUMER = `import { createCathy, type CathyOptions } from 'cathy-chat';
import { createClient } from 'cathy-chat/headless';
import { io } from 'socket.io-client';

const options: CathyOptions = { siteKey: 'pk_demo', serverUrl: 'https://chat.example.com', onLead: (lead) => console.log(lead.callback?.opens) };
export const start = () => createCathy(options);
export const headless = createClient({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com' });
// The host's own socket.io-client: the bundle must hold one copy, shared with the chat.
export const hostSocket = () => io('https://example.com');
`;

const CJS_CONSUMER = `import cathy = require('cathy-chat');
import headless = require('cathy-chat/headless');

const chat: cathy.Cathy = cathy.createCathy({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com' });
chat.on('lead', (lead) => console.log(lead.leadId));
const client: headless.CathyClient = headless.createClient({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com' });
export = { chat, client };
`;

const TSCONFIG = {
  compilerOptions: { module: 'Node16', moduleResolution: 'Node16', target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
  files: ['consumer.ts', 'consumer.cts'],
};

let project: string;
let packDir: string;

async function sh(file: string, args: string[], cwd: string): Promise<string> {
  const { stdout } = await run(file, args, { cwd, env: { ...process.env, npm_config_update_notifier: 'false' } });
  return stdout;
}

/** esbuild's list of bundled inputs for one consumer: which copies of socket.io-client went in. */
async function bundle(entry: string, format: 'esm' | 'cjs'): Promise<string[]> {
  const meta = path.join(project, `${format}.meta.json`);
  await sh(ESBUILD, [entry, '--bundle', `--format=${format}`, '--platform=browser', `--outfile=${format}.js`, `--metafile=${meta}`, '--log-level=error'], project);
  return Object.keys((JSON.parse(await readFile(meta, 'utf8')) as { inputs: Record<string, unknown> }).inputs);
}

describe('the packed cathy-chat tarball in a project outside the repository', () => {
  beforeAll(async () => {
    await ensureClientBuild();
    [project, packDir] = await Promise.all([mkdtemp(path.join(os.tmpdir(), 'cathy-consumer-')), mkdtemp(path.join(os.tmpdir(), 'cathy-pack-'))]);
    const [packed] = JSON.parse(await sh('npm', ['pack', '--json', '--pack-destination', packDir], SDK)) as Array<{ filename: string }>;
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'dealer-app', private: true, type: 'module' }));
    await Promise.all([
      writeFile(path.join(project, 'consumer.ts'), ESM_CONSUMER),
      writeFile(path.join(project, 'consumer.cts'), CJS_CONSUMER),
      writeFile(path.join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG)),
    ]);
    // As a host app would: the tarball, plus its own socket.io-client 4 (resolved from npm's cache when it can).
    await sh('npm', ['install', path.join(packDir, packed!.filename), 'socket.io-client@4', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], project);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([project, packDir].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('ships the license, its README and both declaration flavours, and nothing from the repository besides', async () => {
    const installed = path.join(project, 'node_modules/cathy-chat');
    const manifest = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ license: 'MIT', dependencies: { 'socket.io-client': expect.stringMatching(/^\^4\./) } });
    await expect(readFile(path.join(installed, 'LICENSE'), 'utf8')).resolves.toMatch(/MIT License/);
    await expect(readFile(path.join(installed, 'README.md'), 'utf8')).resolves.toMatch(/npm install cathy-chat/);
    await expect(readFile(path.join(installed, 'dist/types-cjs/sdk/index.d.cts'), 'utf8')).resolves.toMatch(/\.cjs'/);
  });

  it('type-checks an ES module and a CommonJS consumer (module and moduleResolution Node16, where CommonJS cannot require ES module types)', async () => {
    const result = await run(process.execPath, [TSC, '-p', project], { cwd: project }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe('');
  }, 60_000);

  it.each(['esm', 'cjs'] as const)('bundles the %s consumer with one socket.io-client, shared with the host', async (format) => {
    const inputs = await bundle(format === 'esm' ? 'consumer.ts' : 'consumer.cts', format);
    const socketIo = inputs.filter((input) => input.includes('socket.io-client/'));
    expect(socketIo.length).toBeGreaterThan(0);
    expect(socketIo.every((input) => input.startsWith('node_modules/socket.io-client/'))).toBe(true);
    expect(inputs.some((input) => input.startsWith(`node_modules/cathy-chat/dist/${format === 'esm' ? 'index.js' : 'index.cjs'}`))).toBe(true);
  }, 60_000);
});
