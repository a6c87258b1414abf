// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuild, WIDGET_DIR } from '../../bench/support/client-build.js';
import type { ChatChunk } from '../loader/chat-chunk.js';
import { createHost } from '../launcher/create-host.js';
import { createLauncher } from '../launcher/launcher.js';

let chunk: ChatChunk;

beforeAll(async () => {
  await ensureClientBuild();
  const file = readdirSync(WIDGET_DIR).find((name) => /^widget-chat\.[\w-]+\.js$/.test(name)) ?? '';
  chunk = (await import(/* @vite-ignore */ pathToFileURL(path.join(WIDGET_DIR, file)).href)) as ChatChunk;
}, 120_000);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the built chat chunk', () => {
  it('takes over the loader launcher, opens the panel on a click and cleans up on destroy', () => {
    const { host, root } = createHost(document);
    const launcher = createLauncher(root, { locale: 'en', theme: {} });
    const cathy = chunk.startChat({
      host,
      root,
      launcher,
      // Nothing listens there: the chat must render and stay usable while it cannot connect.
      client: { siteKey: 'pk_demo', serverUrl: 'http://127.0.0.1:9', locale: 'en', persistence: 'memory' },
      widget: { locale: 'en', theme: {} },
    });
    launcher.element.click();
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    expect(launcher.element.getAttribute('aria-expanded')).toBe('true');
    cathy.destroy();
    expect(host.isConnected).toBe(false);
  });
});
