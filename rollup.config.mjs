// Builds the browser side: the staff console (dist/console/), the script-tag loader and its lazily loaded chat chunk (dist/widget/), and the
// npm SDK `cathy-chat` (sdk/dist/, ESM + CJS sharing one chunk set per format; its .d.ts come from
// `tsc -p sdk/tsconfig.build.json`, the .d.cts from sdk/scripts/cjs-types.mjs). The SDK bundles Preact and
// @preact/signals (its UI renders into its own shadow root, so a private, pinned copy never meets a host's React
// or Preact) but imports socket.io-client as a dependency: a host that already ships socket.io-client 4 gets one
// copy, deduplicated by its package manager and bundler.
// Rollup runs the configs of this array in order, which the loader relies on to learn the chunk's hashed name.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const WIDGET_DIR = 'dist/widget';
const CONSOLE_DIR = 'dist/console';
const SDK_DIR = 'sdk/dist';

/**
 * Applies a package's `browser` file map to its relative imports, which node-resolve skips for packages
 * that also have an `exports` map. engine.io-client swaps its Node transports (and with them the
 * xmlhttprequest-ssl and ws packages, ~7 KB gzip) for the browser ones this way.
 */
const browserFileMap = () => {
  const maps = new Map();
  const packageOf = (file) => {
    for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
      if (!maps.has(dir) && existsSync(join(dir, 'package.json'))) {
        const { browser } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        maps.set(dir, typeof browser === 'object' && browser ? browser : {});
      }
      if (maps.has(dir)) return { dir, map: maps.get(dir) };
    }
    return null;
  };
  return {
    name: 'browser-file-map',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !importer.includes('node_modules')) return null;
      const pkg = packageOf(importer);
      const target = pkg?.map[`./${relative(pkg.dir, resolvePath(dirname(importer), source)).replaceAll('\\', '/')}`];
      return typeof target === 'string' ? join(pkg.dir, target) : null;
    },
  };
};

// `production` is explicit: node-resolve otherwise picks `development` exports (socket.io-client's `debug`
// build) whenever NODE_ENV is set to anything else, e.g. `test` inside vitest.
const resolve = () => [browserFileMap(), nodeResolve({ browser: true, exportConditions: ['production'], extensions: ['.mjs', '.js', '.ts', '.tsx'] })];
const compile = () =>
  esbuild({
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Debug output is compiled out of every published build.
    define: { __DEV__: 'false' },
  });
const minify = (module) => terser({ ecma: 2020, module, compress: { passes: 3 }, format: { comments: false } });

/**
 * After writing, removes the earlier builds' content-hashed files that this build did not produce (and their
 * .map/.gz/.br). Pruning afterwards, instead of emptying the directory first, keeps a running server or a
 * parallel test from ever seeing the directory half-built.
 */
const prune = (pattern) => ({
  name: 'prune',
  writeBundle(options, bundle) {
    const fresh = new Set(Object.keys(bundle));
    const walk = (dir) =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : [relative(options.dir, join(dir, entry.name)).replaceAll('\\', '/')],
      );
    for (const file of walk(options.dir)) {
      const base = file.replace(/\.(map|gz|br)$/, '');
      const built = base.endsWith(options.format === 'cjs' ? '.cjs' : '.js') || base.endsWith('.css');
      if (pattern.test(base) && !fresh.has(base) && built) rmSync(join(options.dir, file));
    }
  },
});

/** Writes .gz and .br next to each script (and stylesheet and page) so the server can send them precompressed. */
const precompress = () => ({
  name: 'precompress',
  writeBundle(options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'chunk' && !/\.(css|html)$/.test(file.fileName)) continue;
      const path = join(options.dir, file.fileName);
      const body = file.type === 'chunk' ? file.code : file.source;
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  },
});

/**
 * Emits the console's stylesheet as a content-hashed file and its index.html naming both hashed files: the page
 * itself stays small and uncached, and loads nothing inline, so its CSP needs neither 'unsafe-inline' nor a nonce.
 */
const consolePage = ({ css, html }) => ({
  name: 'console-page',
  buildStart() {
    this.addWatchFile(css);
    this.addWatchFile(html);
  },
  generateBundle(_options, bundle) {
    const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
    if (!entry) this.error('The console build produced no entry chunk.');
    const source = readFileSync(css, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s*\n\s*/g, '\n')
      .trim();
    const cssFile = this.getFileName(this.emitFile({ type: 'asset', name: 'console.css', source }));
    const page = readFileSync(html, 'utf8').replace('%CSS%', cssFile).replace('%JS%', entry.fileName);
    this.emitFile({ type: 'asset', fileName: 'index.html', source: page });
  },
});

/**
 * Leaves WebTransport out of the chat chunk (~0.9 KB gzip): socket.io-client imports every engine.io
 * transport, but our client only ever asks for websocket and polling (sdk/client/socket-transport.ts).
 */
const withoutWebTransport = () => ({
  name: 'without-webtransport',
  load(id) {
    if (!id.replaceAll('\\', '/').endsWith('engine.io-client/build/esm/transports/webtransport.js')) return null;
    return 'export class WT { constructor() { throw new Error("[Cathy] WebTransport is not part of this build."); } }';
  },
});

/**
 * Replaces socket.io-client's reconnection backoff with an inert one (~0.1 KB gzip): our client turns the
 * Manager's reconnection off (`reconnection: false`, sdk/client/socket-transport.ts) and retries by itself, so
 * only `reset()` and `attempts` are ever reached.
 */
const withoutBackoff = () => ({
  name: 'without-backoff',
  load(id) {
    if (!id.replaceAll('\\', '/').endsWith('socket.io-client/build/esm/contrib/backo2.js')) return null;
    return 'export class Backoff { constructor() { this.attempts = 0; } duration() { return 0; } reset() { this.attempts = 0; } setMin() {} setMax() {} setJitter() {} }';
  },
});

let chatChunkFile;

/** Remembers the content-hashed name of the chat chunk for the loader build that follows. */
const recordChatChunk = () => ({
  name: 'record-chat-chunk',
  generateBundle(_options, bundle) {
    chatChunkFile = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry)?.fileName;
  },
});

/** Bakes the chunk's hashed name into the loader in place of the development default. */
const injectChatChunk = () => ({
  name: 'inject-chat-chunk',
  load(id) {
    if (!id.replaceAll('\\', '/').endsWith('widget/loader/chat-chunk-file.ts')) return null;
    if (!chatChunkFile) this.error('The chat chunk must be built before the loader (keep its config first).');
    return `export const CHAT_CHUNK_FILE = ${JSON.stringify(chatChunkFile)};`;
  },
});

export default [
  {
    input: 'console/entry/console-entry.ts',
    plugins: [
      withoutWebTransport(),
      ...resolve(),
      commonjs(),
      compile(),
      minify(true),
      consolePage({ css: 'console/styles/console.css', html: 'console/entry/index.html' }),
      precompress(),
      prune(/^console\./),
    ],
    output: {
      dir: CONSOLE_DIR,
      format: 'es',
      entryFileNames: 'console.[hash].js',
      assetFileNames: 'console.[hash][extname]',
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
  {
    input: 'widget/entry/chat-entry.ts',
    plugins: [withoutWebTransport(), withoutBackoff(), ...resolve(), commonjs(), compile(), minify(true), recordChatChunk(), precompress(), prune(/^widget-chat\./)],
    output: {
      dir: WIDGET_DIR,
      format: 'es',
      entryFileNames: 'widget-chat.[hash].js',
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
  {
    input: 'widget/entry/embed.ts',
    plugins: [injectChatChunk(), ...resolve(), commonjs(), compile(), minify(false), precompress()],
    output: { dir: WIDGET_DIR, format: 'iife', entryFileNames: 'widget.js', sourcemap: true },
  },
  {
    input: { index: 'sdk/index.ts', headless: 'sdk/headless.ts' },
    external: (id) => id === 'socket.io-client',
    plugins: [...resolve(), commonjs(), compile(), prune(/^chunks\//)],
    output: [
      { dir: SDK_DIR, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
      { dir: SDK_DIR, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', sourcemap: true },
    ],
  },
];
