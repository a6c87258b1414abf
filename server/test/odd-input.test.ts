// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../sdk/protocol/limits.js';
import { request, say } from './support/chat.js';
import { openVisitor, useTestSite } from './support/test-server.js';

// The longest message the protocol takes, in characters that are hard on text handling.
const fill = (unit: string) => unit.repeat(Math.floor(LIMITS.messageText / unit.length));

describe('odd input', () => {
  const t = useTestSite();

  it.each([
    ['emoji', fill('😀')],
    ['RTL marks', fill('\u200f\u202e')],
    ['repeated words', fill('car ')],
    ['mixed', fill('¿Tienen 😀 financing\u200f? ')],
  ])('answers a message of nothing but %s', async (_name, text) => {
    const { socket } = await openVisitor(t);
    const { reply } = await say(socket, text.trim());
    expect(reply.text.length).toBeGreaterThan(0);
    socket.close();
  });

  it('refuses ten thousand characters of emoji with a clear error, and the chat goes on', async () => {
    const { socket } = await openVisitor(t);
    const refused = await request(socket, 'message:send', { clientId: randomUUID(), text: '😀'.repeat(5000) });
    expect(refused).toMatchObject({ error: { code: expect.stringMatching(/^(?:VALIDATION_ERROR|PAYLOAD_TOO_LARGE)$/) } });
    const { reply } = await say(socket, 'are you open saturday?');
    expect(reply.text).toMatch(/Saturday/);
    socket.close();
  });
});
