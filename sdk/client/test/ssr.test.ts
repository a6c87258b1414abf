// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('server-side rendering', () => {
  it('imports the headless entry and creates a client without a window', async () => {
    expect(typeof window).toBe('undefined');
    const { createClient } = await import('../../headless.js');
    const client = createClient({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com' });
    expect(client.snapshot()).toMatchObject({ status: 'idle', ready: false, open: false });
    expect(() => client.start()).toThrow('[Cathy] Failed to start the chat: there is no page outside a browser.');
    client.destroy();
  });
});
