import { cleanup } from '@testing-library/preact';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { unmountAll } from './render-console.js';

/** One msw server per test file, reset and unmounted after each test. */
export function setupStaffServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    unmountAll();
    cleanup();
    server.resetHandlers();
  });
  afterAll(() => server.close());
  return server;
}
