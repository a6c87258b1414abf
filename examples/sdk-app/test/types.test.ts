import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuild, ROOT } from '../../../bench/support/client-build.js';

const run = promisify(execFile);

beforeAll(() => ensureClientBuild(), 120_000);

describe('the SDK example app', () => {
  // Against the package's published types (sdk/dist via node_modules/cathy-chat), as an app that installed it sees them.
  it('type-checks against the built cathy-chat package', async () => {
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', path.join(ROOT, 'examples/sdk-app/tsconfig.json')]).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe('');
  }, 60_000);
});
