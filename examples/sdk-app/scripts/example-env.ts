import path from 'node:path';

export const EXAMPLE_DIR = path.resolve(import.meta.dirname, '..');

/** Where the Cathy server comes from: started here on its own data, or one the developer already runs. */
export type CathySource =
  | { kind: 'start'; port: number; dataDir: string }
  | { kind: 'reuse'; url: string; siteKey: string; identitySecret: string };

export interface ExampleEnv {
  /** The example's own backend: its pages, bundles and identity route. 0 picks a free port. */
  port: number;
  cathy: CathySource;
}

export class ExampleEnvError extends Error {
  override name = 'ExampleEnvError';
}

const DEFAULTS = { EXAMPLE_PORT: '5180', CATHY_PORT: '8787', EXAMPLE_DATA_DIR: path.join(EXAMPLE_DIR, 'data') };

/**
 * Reads and checks the example's environment once; every problem is listed in one error.
 *
 * @example
 * readExampleEnv({ CATHY_URL: 'http://localhost:8787', CATHY_IDENTITY_SECRET: '…' });
 * // { port: 5180, cathy: { kind: 'reuse', url: 'http://localhost:8787', siteKey: 'pk_demo', identitySecret: '…' } }
 */
export function readExampleEnv(env: NodeJS.ProcessEnv): ExampleEnv {
  const problems: string[] = [];
  const read = (name: string) => env[name]?.trim() || undefined;
  const port = (name: keyof typeof DEFAULTS, min: number) => {
    const raw = read(name) ?? DEFAULTS[name];
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > 65535) problems.push(`${name}: must be a port number ${min}–65535 (got "${raw}")`);
    return value;
  };

  const examplePort = port('EXAMPLE_PORT', 0);
  const url = read('CATHY_URL');
  let cathy: CathySource;
  if (url) {
    if (!isHttpUrl(url)) problems.push(`CATHY_URL: must be the server's http(s) origin, e.g. http://localhost:8787 (got "${url}")`);
    const siteKey = read('CATHY_SITE_KEY') ?? 'pk_demo';
    if (!siteKey.startsWith('pk_')) problems.push(`CATHY_SITE_KEY: must be a site's public key, pk_… (got "${siteKey}")`);
    const identitySecret = read('CATHY_IDENTITY_SECRET') ?? '';
    if (!identitySecret) {
      problems.push(
        `CATHY_IDENTITY_SECRET: required with CATHY_URL; it signs userHash. Stop that server and run ` +
          `\`npm run --silent site -- show ${siteKey} --json\` (the "identitySecret" field)`,
      );
    }
    cathy = { kind: 'reuse', url: url.replace(/\/+$/, ''), siteKey, identitySecret };
  } else {
    cathy = { kind: 'start', port: port('CATHY_PORT', 1), dataDir: path.resolve(read('EXAMPLE_DATA_DIR') ?? DEFAULTS.EXAMPLE_DATA_DIR) };
    for (const name of ['CATHY_SITE_KEY', 'CATHY_IDENTITY_SECRET']) {
      if (read(name)) problems.push(`${name}: only used with CATHY_URL; without it this script starts Cathy with a site of its own`);
    }
  }

  if (problems.length > 0) {
    throw new ExampleEnvError(
      `[sdk-app] Failed to start: invalid environment.\n${problems.map((p) => `  ${p}`).join('\n')}\n` +
        'Fix these variables (see examples/sdk-app/README.md).',
    );
  }
  return { port: examplePort, cathy };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname === '/' && !url.search;
  } catch {
    return false;
  }
}
