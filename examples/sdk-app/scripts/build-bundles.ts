import path from 'node:path';
import { build } from 'esbuild';
import { EXAMPLE_DIR } from './example-env.js';

export const BUNDLE_DIR = path.join(EXAMPLE_DIR, 'dist');

/**
 * Bundles both pages the way an app would: `cathy-chat` resolves through node_modules to the
 * package's published entry (sdk/dist), not to the repository's sources.
 */
export async function buildBundles(): Promise<void> {
  await build({
    entryPoints: [path.join(EXAMPLE_DIR, 'src/widget-page.ts'), path.join(EXAMPLE_DIR, 'src/headless-page.ts')],
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
}
