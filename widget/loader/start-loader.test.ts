// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatChunk, StartChatParams } from './chat-chunk.js';
import { fakeCathy } from '../test/fake-cathy.js';
import { startLoader, type CathyGlobal, type LoaderEnv } from './start-loader.js';

type PageWindow = LoaderEnv['window'];
const page = window as unknown as PageWindow;

/** The snippet docs/script-tag.md gives dealers, as a page would run it before widget.js arrives. */
function installStub(): CathyGlobal {
  const stub: CathyGlobal = function (...args: unknown[]) {
    (stub.q = stub.q ?? []).push(args);
  };
  page.Cathy = stub;
  return stub;
}

function scriptTag(attrs: Record<string, string> = { 'data-site': 'pk_demo' }): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = 'https://chat.example.com/widget.js';
  for (const [name, value] of Object.entries(attrs)) script.setAttribute(name, value);
  return script;
}

function boot(attrs?: Record<string, string>) {
  const log: Array<[string, ...unknown[]]> = [];
  const fake = fakeCathy(log);
  const started: StartChatParams[] = [];
  let resolveChunk: (chunk: ChatChunk) => void = () => {};
  let rejectChunk: (error: Error) => void = () => {};
  const loadChunk = vi.fn(
    () =>
      new Promise<ChatChunk>((resolve, reject) => {
        resolveChunk = resolve;
        rejectChunk = reject;
      }),
  );
  let idle: (() => void) | undefined;
  startLoader({ window: page, script: scriptTag(attrs), chunkFile: 'widget-chat.js', loadChunk, whenIdle: (run) => (idle = run) });
  const chunk: ChatChunk = {
    startChat(params) {
      started.push(params);
      params.setup?.(fake.cathy);
      return fake.cathy;
    },
  };
  const button = () => document.querySelector('cathy-chat')?.shadowRoot?.querySelector('button') ?? null;
  return {
    ...fake,
    started,
    loadChunk,
    button,
    runIdle: () => idle?.(),
    arrive: async () => {
      resolveChunk(chunk);
      await vi.waitFor(() => expect(started).toHaveLength(1));
    },
    fail: async (message: string) => {
      rejectChunk(new Error(message));
      await Promise.resolve();
    },
  };
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  delete page.Cathy;
});

describe('startLoader', () => {
  it('draws the launcher and sets only window.Cathy, with no network before the visitor interacts', () => {
    const before = new Set(Object.keys(window));
    const fetchSpy = vi.spyOn(window, 'fetch');
    const xhrSpy = vi.spyOn(XMLHttpRequest.prototype, 'open');
    const { button, loadChunk } = boot();
    expect(button()?.getAttribute('aria-label')).toBe('Chat with us');
    expect(Object.keys(window).filter((key) => !before.has(key))).toEqual(['Cathy']);
    expect(loadChunk).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(xhrSpy).not.toHaveBeenCalled();
    expect(document.querySelectorAll('script, iframe, link, img')).toHaveLength(0);
    expect(warn).not.toHaveBeenCalled();
  });

  it('applies the tag attributes to the launcher and the chat', async () => {
    const { button, loadChunk, started, arrive } = boot({
      'data-site': 'pk_demo',
      'data-locale': 'es',
      'data-position': 'left',
      'data-accent': '#0a7a3d',
    });
    expect(button()?.dataset.position).toBe('left');
    expect(button()?.getAttribute('aria-label')).toBe('Chatea con nosotros');
    button()?.dispatchEvent(new Event('focus'));
    expect(loadChunk).toHaveBeenCalledWith('https://chat.example.com/widget-chat.js');
    await arrive();
    expect(started[0]).toMatchObject({
      client: { siteKey: 'pk_demo', serverUrl: 'https://chat.example.com', locale: 'es' },
      widget: { locale: 'es', theme: { position: 'left', accent: '#0a7a3d' } },
    });
    expect(started[0]?.launcher.element).toBe(button());
  });

  it('warns exactly once about bad attributes and uses the defaults', () => {
    const { button } = boot({ 'data-site': 'pk_demo', 'data-position': 'middle', 'data-accent': 'blue;}', 'data-open': 'sure' });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toBe(
      '[Cathy] data-position="middle" is not "left" or "right"; data-accent="blue;}" is not a hex, rgb() or hsl() colour; ' +
        'data-open="sure" is not "true" or "false". Using the defaults instead.',
    );
    expect(button()?.dataset.position).toBe('right');
  });

  it('draws nothing and keeps the page stub without a site key', () => {
    const stub = installStub();
    const { button } = boot({});
    expect(warn).toHaveBeenCalledWith('[Cathy] data-site is missing (your public key, pk_…). The chat cannot start without it.');
    expect(button()).toBeNull();
    expect(page.Cathy).toBe(stub);
  });

  it.each(['pointerenter', 'focus'])('loads the chat on %s without opening it', async (type) => {
    const { button, loadChunk, arrive, calls } = boot();
    button()?.dispatchEvent(new Event(type));
    button()?.dispatchEvent(new Event(type));
    expect(loadChunk).toHaveBeenCalledOnce();
    await arrive();
    expect(calls.open).not.toHaveBeenCalled();
  });

  it('loads the chat when the browser is idle', async () => {
    const { loadChunk, runIdle, arrive } = boot();
    runIdle();
    expect(loadChunk).toHaveBeenCalledOnce();
    await arrive();
  });

  it('opens once loaded when the launcher is clicked before the chat arrives, then leaves clicks to the chat', async () => {
    const { button, arrive, calls } = boot();
    button()?.click();
    expect(calls.open).not.toHaveBeenCalled();
    await arrive();
    expect(calls.open).toHaveBeenCalledOnce();
    button()?.click();
    expect(calls.open).toHaveBeenCalledOnce();
  });

  it('loads at once for data-open="true" and leaves opening to the client, which remembers a visitor who closed it', async () => {
    const { loadChunk, arrive, calls, started } = boot({ 'data-site': 'pk_demo', 'data-open': 'true' });
    expect(loadChunk).toHaveBeenCalledOnce();
    await arrive();
    expect(started[0]?.client.open).toBe(true);
    expect(calls.open).not.toHaveBeenCalled();
  });

  it('replays the page queue in order before connecting, and Cathy("open") loads at once', async () => {
    installStub();
    const onLead = () => {};
    page.Cathy?.('identify', { name: 'Ana' });
    page.Cathy?.('on', 'lead', onLead);
    page.Cathy?.('setTheme', { accent: '#123456' });
    const { loadChunk, arrive, log, button } = boot();
    expect(button()?.style.getPropertyValue('--cathy-accent')).toBe('#123456');
    expect(loadChunk).not.toHaveBeenCalled();
    page.Cathy?.('open');
    expect(loadChunk).toHaveBeenCalledOnce();
    await arrive();
    expect(log).toEqual([['identify', { name: 'Ana' }], ['on', 'lead', onLead], ['setTheme', { accent: '#123456' }], ['open']]);
    page.Cathy?.('close');
    expect(log.at(-1)).toEqual(['close']);
  });

  it('warns about unknown commands at once', () => {
    boot();
    page.Cathy?.('shutdown');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[Cathy] Unknown command "shutdown"'));
  });

  it('says what to check when the chat cannot load, and tries again on the next interaction', async () => {
    const { button, loadChunk, fail } = boot();
    button()?.click();
    await fail('Failed to fetch dynamically imported module');
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(
        '[Cathy] Failed to load the chat from https://chat.example.com/widget-chat.js: Failed to fetch dynamically imported module. ' +
          'Check that the server is reachable and that your Content-Security-Policy allows it in script-src.',
      ),
    );
    button()?.click();
    expect(loadChunk).toHaveBeenCalledTimes(2);
  });

  it('ignores a second copy of the loader on the same page', () => {
    boot();
    const again = boot();
    expect(warn).toHaveBeenCalledWith('[Cathy] widget.js is on this page twice; the second copy does nothing.');
    expect(document.querySelectorAll('cathy-chat')).toHaveLength(1);
    expect(again.loadChunk).not.toHaveBeenCalled();
  });
});
