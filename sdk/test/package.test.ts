import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuild, ROOT, SDK_DIST } from '../../bench/support/client-build.js';

const run = promisify(execFile);
const SDK = path.join(ROOT, 'sdk');
const CONSUMER = path.join(SDK, 'test/consumer');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

/** Runs a script in a fresh Node process: no window, no document, like server-side rendering. */
async function inNode(script: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: SDK });
  return stdout.trim();
}

beforeAll(async () => {
  await ensureClientBuild();
  // The consumer installs the package the way npm links a local one.
  const link = path.join(CONSUMER, 'node_modules/cathy-chat');
  rmSync(link, { recursive: true, force: true });
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(SDK, link, 'dir');
}, 120_000);

describe('the cathy-chat package', () => {
  it('maps both entries to ESM, CJS and types that exist', () => {
    const manifest = JSON.parse(readFileSync(path.join(SDK, 'package.json'), 'utf8')) as {
      exports: Record<string, Record<string, string> | string>;
      sideEffects: boolean;
    };
    expect(manifest.sideEffects).toBe(false);
    for (const entry of ['.', './headless']) {
      const conditions = manifest.exports[entry] as unknown as Record<string, Record<string, string>>;
      expect(Object.keys(conditions)).toEqual(['import', 'require']);
      // Types first in each, and .d.cts for require: a CommonJS consumer must not read ES module declarations.
      expect(Object.keys(conditions.import!)).toEqual(['types', 'default']);
      expect(conditions.require!.types).toMatch(/\.d\.cts$/);
      for (const file of Object.values(conditions).flatMap((c) => Object.values(c))) expect(() => readFileSync(path.join(SDK, file))).not.toThrow();
    }
    expect(SDK_DIST).toBe(path.join(SDK, 'dist'));
  });

  it('imports and requires without a window, and exposes exactly its public surface', async () => {
    const surface = await inNode(`
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const names = (m) => Object.keys(m).filter((k) => k !== 'default' && k !== '__esModule').sort();
      console.log(JSON.stringify({
        esm: names(await import('cathy-chat')),
        esmHeadless: names(await import('cathy-chat/headless')),
        cjs: names(require('cathy-chat')),
        cjsHeadless: names(require('cathy-chat/headless')),
        window: typeof window,
      }));
    `);
    expect(JSON.parse(surface)).toEqual({
      esm: ['createCathy'],
      esmHeadless: ['createClient'],
      cjs: ['createCathy'],
      cjsHeadless: ['createClient'],
      window: 'undefined',
    });
  });

  it('says how to fix a createCathy call during server-side rendering', async () => {
    const message = await inNode(`
      const { createCathy } = await import('cathy-chat');
      try { createCathy({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com' }); } catch (error) { console.log(error.message); }
    `);
    expect(message).toBe(
      '[Cathy] Failed to create the chat: there is no document body here. Call createCathy in the browser after the page has loaded ' +
        '(e.g. in useEffect or onMounted), not during server-side rendering',
    );
  });

  it.each(['tsconfig.json', 'tsconfig.nodenext.json'])('type-checks a TypeScript consumer against the built .d.ts (%s)', async (config) => {
    const result = await run(process.execPath, [TSC, '-p', path.join(CONSUMER, config)], { cwd: CONSUMER }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe('');
  }, 60_000);
});
