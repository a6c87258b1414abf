// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StartChatParams } from '../widget/loader/chat-chunk.js';
import type { Cathy } from '../widget/cathy-types.js';

const started: StartChatParams[] = [];
const cathy = { on: vi.fn(() => () => undefined), open: vi.fn() } as unknown as Cathy;

vi.mock('../widget/entry/start-chat.js', () => ({
  startChat: (params: StartChatParams) => {
    started.push(params);
    params.setup?.(cathy);
    return cathy;
  },
}));

const { createCathy } = await import('./create-cathy.js');

afterEach(() => {
  started.length = 0;
  document.body.innerHTML = '';
  vi.clearAllMocks();
});

describe('createCathy', () => {
  it('leaves `open` to the client, so a visitor who closed the chat is not reopened on every page', () => {
    createCathy({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com', open: true });
    expect(started[0]?.client).toMatchObject({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com', open: true });
    expect(cathy.open).not.toHaveBeenCalled();
  });

  it('wires the hooks to the events of the same name', () => {
    const onLead = () => undefined;
    const onPhoneCaptured = () => undefined;
    const onMessage = () => undefined;
    createCathy({ siteKey: 'pk_demo', serverUrl: 'https://chat.example.com', onLead, onPhoneCaptured, onMessage });
    expect(cathy.on).toHaveBeenCalledWith('lead', onLead);
    expect(cathy.on).toHaveBeenCalledWith('phone', onPhoneCaptured);
    expect(cathy.on).toHaveBeenCalledWith('message', onMessage);
  });

  it.each([
    [{ siteKey: 'sk_secret', serverUrl: 'https://chat.example.com' }, 'siteKey must be the public key'],
    [{ siteKey: 'pk_demo', serverUrl: '/relative' }, 'serverUrl must be an absolute URL'],
  ])('refuses misuse at once with the fix: %j', (options, message) => {
    expect(() => createCathy(options)).toThrow(`[Cathy] Failed to create the chat: ${message}`);
    expect(started).toHaveLength(0);
  });

  it('checks the client options before drawing anything', () => {
    const options = { siteKey: 'pk_demo', serverUrl: 'https://chat.example.com', persistence: 'disk' as 'memory' };
    expect(() => createCathy(options)).toThrow('[Cathy] Failed to create the chat client: persistence "disk" is unknown');
    expect(document.querySelector('cathy-chat')).toBeNull();
    expect(started).toHaveLength(0);
  });
});
