import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { createMetrics } from '../metrics/metrics.js';
import { errorHandler } from './error-handler.js';
import { widgetRoutes } from './widget-routes.js';

const LOADER = '!function(){console.log("loader")}();';
const CHUNK = 'export function startChat(){}';
const CHUNK_FILE = 'widget-chat.AbC_12-x.js';

let root: string;
let base: string;
let close: () => Promise<void>;

async function serve(dir: string): Promise<string> {
  const app = express();
  app.use(widgetRoutes({ dir }));
  app.use(errorHandler({ logger: createLogger('silent'), metrics: createMetrics() }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'cathy-widget-'));
  const dir = path.join(root, 'widget');
  await mkdir(dir);
  await writeFile(path.join(dir, 'widget.js'), LOADER);
  await writeFile(path.join(dir, 'widget.js.gz'), gzipSync(LOADER));
  await writeFile(path.join(dir, 'widget.js.br'), brotliCompressSync(LOADER));
  await writeFile(path.join(dir, CHUNK_FILE), CHUNK);
  await writeFile(path.join(dir, `${CHUNK_FILE}.map`), '{"version":3}');
  base = await serve(dir);
});

afterAll(async () => {
  await close();
  await rm(root, { recursive: true, force: true });
});

describe('widget routes', () => {
  it('serves the loader with a short cache, an ETag and the best precompressed copy', async () => {
    const plain = await fetch(`${base}/widget.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(LOADER);

    const br = await fetch(`${base}/widget.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(await br.text()).toBe(LOADER);
    const gzip = await fetch(`${base}/widget.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gzip.headers.get('etag')).toBe(plain.headers.get('etag'));
  });

  it('answers 304 when the ETag still matches', async () => {
    const first = await fetch(`${base}/widget.js`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await fetch(`${base}/widget.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves the hashed chat chunk as immutable, importable from any origin', async () => {
    const res = await fetch(`${base}/${CHUNK_FILE}`, { headers: { origin: 'https://dealer.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.text()).toBe(CHUNK);
    const map = await fetch(`${base}/${CHUNK_FILE}.map`);
    expect(map.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('gives a loader from before a deploy the current chunk, uncached', async () => {
    const res = await fetch(`${base}/widget-chat.0ldHash.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe(CHUNK);
  });

  it('leaves other paths alone', async () => {
    expect((await fetch(`${base}/widget.json`)).status).toBe(404);
    expect((await fetch(`${base}/widget-chat.js/../../etc/passwd`)).status).toBe(404);
  });
});

describe('widget routes without a build', () => {
  it('answer 503 with what to run', async () => {
    const previous = close;
    const url = await serve(path.join(root, 'missing'));
    const res = await fetch(`${url}/widget.js`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: { code: 'UNAVAILABLE', message: 'The widget is not built yet. Run `npm run build` (or `npm run build:client`), then reload.' },
    });
    await close();
    close = previous;
  });
});
