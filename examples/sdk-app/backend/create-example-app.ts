import path from 'node:path';
import express, { type Express } from 'express';
import type { ExampleConfig } from '../shared/api-types.js';
import { identityRoute } from './identity-route.js';

export interface ExampleAppOptions extends ExampleConfig {
  /** The site's identity secret; stays on this server. */
  identitySecret: string;
  /** The pages' bundles, as scripts/build-bundles.ts writes them. */
  bundleDir: string;
}

const PUBLIC_DIR = path.resolve(import.meta.dirname, '../public');

/**
 * The example's own backend: two small JSON routes, the HTML pages and their bundles.
 *
 * @example
 * createExampleApp({ siteKey: 'pk_demo', serverUrl: 'http://127.0.0.1:8787', identitySecret, bundleDir }).listen(5180);
 */
export function createExampleApp({ siteKey, serverUrl, identitySecret, bundleDir }: ExampleAppOptions): Express {
  const app = express();
  app.get('/api/config', (_req, res) => {
    res.json({ siteKey, serverUrl } satisfies ExampleConfig);
  });
  app.get('/api/cathy-identity', identityRoute(identitySecret));
  app.use('/assets', express.static(bundleDir));
  app.use(express.static(PUBLIC_DIR));
  return app;
}
