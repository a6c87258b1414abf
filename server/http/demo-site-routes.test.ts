import { readdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { createMetrics } from '../metrics/metrics.js';
import { demoSiteRoutes } from './demo-site-routes.js';
import { errorHandler, notFound } from './error-handler.js';

const SITE = path.resolve(import.meta.dirname, '../../examples/dealer-site');

async function serve(dir: string): Promise<{ base: string; close: () => Promise<void> }> {
  const app = express();
  app.use(demoSiteRoutes({ dir }));
  app.use(notFound);
  app.use(errorHandler({ logger: createLogger('silent'), metrics: createMetrics() }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let site: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  site = await serve(SITE);
});
afterAll(() => site.close());

describe('the demo dealer site', () => {
  it('redirects /demo to /demo/ so the pages’ relative links resolve under it', async () => {
    const res = await fetch(`${site.base}/demo`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/demo/');
  });

  it('serves the inventory and finance pages with the one-line script tag under a strict CSP', async () => {
    for (const page of ['/demo/', '/demo/finance']) {
      const res = await fetch(`${site.base}${page}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<script async src="/widget.js" data-site="pk_demo"></script>');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self';");
      expect(csp).not.toMatch(/unsafe-(inline|eval)|nonce-/);
    }
  });

  it('keeps its pages within that CSP: every script external, no inline style', async () => {
    const pages = (await readdir(SITE)).filter((name) => name.endsWith('.html'));
    expect(pages.sort()).toEqual(['finance.html', 'index.html']);
    for (const name of pages) {
      const html = await readFile(path.join(SITE, name), 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="/);
      expect(html).not.toMatch(/<style\b|\sstyle="/);
    }
  });

  it('serves its assets and nothing outside its folder', async () => {
    const css = await fetch(`${site.base}/demo/assets/site.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect((await fetch(`${site.base}/demo/../package.json`)).status).toBe(404);
    expect((await fetch(`${site.base}/demo/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${site.base}/demo/nothing-here`)).status).toBe(404);
  });
});

describe('the demo dealer site when its folder is missing', () => {
  it('answers 503 saying what is missing', async () => {
    const missing = await serve(path.join(SITE, 'missing'));
    const res = await fetch(`${missing.base}/demo/`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'UNAVAILABLE' });
    await missing.close();
  });
});
