import type { AddressInfo } from 'node:net';
import { ensureClientBuild } from '../../../bench/support/client-build.js';
import { createExampleApp } from '../backend/create-example-app.js';
import { BUNDLE_DIR, buildBundles } from './build-bundles.js';
import { buildServer, ensureExampleSite, startCathy, type CathyProcess } from './cathy-server.js';
import type { CathySource, ExampleEnv } from './example-env.js';

export interface RunningExample {
  /** The createCathy page (persona, theme, identify, onLead → dataLayer). */
  appUrl: string;
  /** The page drawn with createClient from cathy-chat/headless. */
  headlessUrl: string;
  cathyUrl: string;
  /** Set when this process started Cathy: its store and lead emails (`outbox-mail/`) live here. */
  dataDir?: string;
  stop(): Promise<void>;
}

interface Cathy {
  url: string;
  siteKey: string;
  identitySecret: string;
  process?: CathyProcess;
}

async function reachCathy(source: CathySource): Promise<Cathy> {
  if (source.kind === 'reuse') {
    const healthy = await fetch(`${source.url}/healthz`).then((res) => res.ok, () => false);
    if (!healthy) {
      throw new Error(`[sdk-app] Failed to reach Cathy at ${source.url}/healthz. Start it (npm start), or unset CATHY_URL to let this script start one.`);
    }
    return source;
  }
  await buildServer();
  // Before the server starts: the CLI and the server cannot hold the embedded store at once.
  const site = await ensureExampleSite(source.dataDir);
  const cathy = await startCathy(source.port, source.dataDir);
  return { ...site, url: cathy.url, process: cathy };
}

/**
 * Everything `npm run example:sdk-app` runs: the SDK build (when stale), the pages' bundles, Cathy
 * (started here or reused), and the example's backend on 127.0.0.1.
 */
export async function startExample(env: ExampleEnv): Promise<RunningExample> {
  await ensureClientBuild();
  await buildBundles();
  const cathy = await reachCathy(env.cathy);
  try {
    const app = createExampleApp({ siteKey: cathy.siteKey, serverUrl: cathy.url, identitySecret: cathy.identitySecret, bundleDir: BUNDLE_DIR });
    const server = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
      const listening = app.listen(env.port, '127.0.0.1', (error) =>
        error ? reject(new Error(`[sdk-app] Failed to listen on 127.0.0.1:${env.port}: ${error.message}. Set EXAMPLE_PORT to a free port.`)) : resolve(listening),
      );
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      appUrl: `${base}/`,
      headlessUrl: `${base}/headless.html`,
      cathyUrl: cathy.url,
      ...(env.cathy.kind === 'start' ? { dataDir: env.cathy.dataDir } : {}),
      async stop() {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await cathy.process?.stop();
      },
    };
  } catch (error) {
    await cathy.process?.stop();
    throw error;
  }
}
