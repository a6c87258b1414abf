import { describe, expect, it } from 'vitest';
import { startTestServer } from './support/test-server.js';

describe('starting on a port already in use', () => {
  it('fails with what to do, not a stack trace, and leaves the other server running', async () => {
    const first = await startTestServer();
    try {
      await expect(startTestServer({ PORT: String(first.port) })).rejects.toThrow(
        `[Cathy] Failed to start: port ${first.port} on 127.0.0.1 is already in use (another Cathy server?). Stop the other server or set PORT to a free port.`,
      );
      expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    } finally {
      await first.destroy();
    }
  });
});
