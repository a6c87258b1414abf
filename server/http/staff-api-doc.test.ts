import { readFile } from 'node:fs/promises';
import express, { type Express } from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registeredRoutes } from '../test/support/registered-routes.js';
import { startTestServer, type TestServer } from '../test/support/test-server.js';

const staffDoc = () => readFile(new URL('../../docs/staff-api.md', import.meta.url), 'utf8');

describe('docs/staff-api.md', () => {
  let server: TestServer;
  let app: Express;

  beforeAll(async () => {
    const init = vi.spyOn(express.application, 'init');
    server = await startTestServer();
    app = init.mock.contexts.at(-1) as Express;
    init.mockRestore();
  });
  afterAll(() => server.destroy());

  it('has a section for every staff route the app serves', async () => {
    const headings = new Set((await staffDoc()).split('\n').filter((line) => line.startsWith('### ')));
    const routes = registeredRoutes(app).filter((route) => route.includes(' /v1/staff/'));
    expect(routes).toContain('get /v1/staff/me');
    const missing = routes
      .map((route) => route.split(' '))
      .map(([method = '', path = '']) => `### \`${method.toUpperCase()} ${path}\``)
      .filter((heading) => !headings.has(heading));
    expect(missing).toEqual([]);
  });
});
