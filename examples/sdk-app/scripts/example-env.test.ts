import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_DIR, readExampleEnv } from './example-env.js';

describe('readExampleEnv', () => {
  it('starts its own Cathy on the default ports and data directory when nothing is set', () => {
    expect(readExampleEnv({})).toEqual({
      port: 5180,
      cathy: { kind: 'start', port: 8787, dataDir: path.join(EXAMPLE_DIR, 'data') },
    });
  });

  it('reuses a running Cathy with the demo site and the identity secret it is given', () => {
    expect(readExampleEnv({ EXAMPLE_PORT: '3000', CATHY_URL: 'http://localhost:8787/', CATHY_IDENTITY_SECRET: 's3cret' })).toEqual({
      port: 3000,
      cathy: { kind: 'reuse', url: 'http://localhost:8787', siteKey: 'pk_demo', identitySecret: 's3cret' },
    });
  });

  it('lists every problem in one error that says how to fix it', () => {
    expect(() => readExampleEnv({ EXAMPLE_PORT: 'abc', CATHY_URL: 'localhost:8787', CATHY_SITE_KEY: 'sk_live' })).toThrow(
      [
        '[sdk-app] Failed to start: invalid environment.',
        '  EXAMPLE_PORT: must be a port number 0–65535 (got "abc")',
        `  CATHY_URL: must be the server's http(s) origin, e.g. http://localhost:8787 (got "localhost:8787")`,
        '  CATHY_SITE_KEY: must be a site\'s public key, pk_… (got "sk_live")',
        '  CATHY_IDENTITY_SECRET: required with CATHY_URL; it signs userHash. Stop that server and run `npm run --silent site -- show sk_live --json` (the "identitySecret" field)',
        'Fix these variables (see examples/sdk-app/README.md).',
      ].join('\n'),
    );
  });

  it('refuses reuse-only settings and port 0 for a Cathy it starts itself', () => {
    expect(() => readExampleEnv({ CATHY_PORT: '0', CATHY_IDENTITY_SECRET: 's3cret' })).toThrow(
      /CATHY_PORT: must be a port number 1–65535 \(got "0"\)\n {2}CATHY_IDENTITY_SECRET: only used with CATHY_URL/,
    );
  });
});
