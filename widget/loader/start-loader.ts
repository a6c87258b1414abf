import type { Theme } from '../../sdk/protocol/index.js';
import type { ChatChunk } from './chat-chunk.js';
import { pickLocale } from '../i18n/index.js';
import { createCommandQueue } from './command-queue.js';
import { createHost } from '../launcher/create-host.js';
import { createLauncher } from '../launcher/launcher.js';
import { readScriptConfig, type ScriptConfig } from './read-script-config.js';

/** `window.Cathy`: the page's queueing stub before the loader runs, the loader's command function after. */
export type CathyGlobal = ((...args: unknown[]) => unknown) & { q?: ArrayLike<unknown>[]; loaded?: true };

export interface LoaderEnv {
  window: Window & typeof globalThis & { Cathy?: CathyGlobal };
  /** The loader's own script tag. */
  script: HTMLScriptElement | null;
  chunkFile: string;
  loadChunk(url: string): Promise<ChatChunk>;
  /** Default: requestIdleCallback after the page's load event, a timer where that API is missing. */
  whenIdle?: (run: () => void) => void;
}

const IDLE_TIMEOUT_MS = 5_000;
const IDLE_FALLBACK_MS = 2_000;

function defaultWhenIdle(win: Window & typeof globalThis): (run: () => void) => void {
  return (run) => {
    const schedule = () => {
      // Safari has no requestIdleCallback.
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
      else win.setTimeout(run, IDLE_FALLBACK_MS);
    };
    if (win.document.readyState === 'complete') schedule();
    else win.addEventListener('load', schedule, { once: true });
  };
}

function start(env: LoaderEnv, config: ScriptConfig): void {
  const win = env.window;
  const warn = (message: string) => win.console.warn(message);
  const locale = pickLocale(config.locale, ...win.navigator.languages);
  const { host, root } = createHost(win.document);
  const launcher = createLauncher(root, { locale, theme: config.theme, nonce: config.nonce });
  const url = new URL(env.chunkFile, config.baseUrl).href;
  let loading: Promise<void> | null = null;
  let openWhenLoaded = false;
  // Loading on idle only prepares the chat; any sign of the shopper's intent also connects it.
  let connectWhenLoaded = false;
  const loadAndConnect = () => {
    connectWhenLoaded = true;
    return load();
  };

  const queue = createCommandQueue({
    warn,
    onQueued(name, args) {
      if (name === 'setTheme' && typeof args[0] === 'object' && args[0]) launcher.setTheme(args[0] as Theme);
      if (name === 'open' || name === 'toggle' || name === 'send') void loadAndConnect();
    },
  });

  const triggers: Array<[string, () => void]> = [
    ['pointerenter', () => void loadAndConnect()],
    ['focus', () => void loadAndConnect()],
    [
      'click',
      () => {
        openWhenLoaded = true;
        void loadAndConnect();
      },
    ],
  ];
  for (const [type, listener] of triggers) launcher.element.addEventListener(type, listener);

  const load = (): Promise<void> =>
    (loading ??= env.loadChunk(url).then(
      (chunk) => {
        // From here on the chat UI owns the launcher, clicks included.
        for (const [type, listener] of triggers) launcher.element.removeEventListener(type, listener);
        const cathy = chunk.startChat({
          host,
          root,
          launcher,
          // `data-open` opens only for a visitor who has not closed the chat before, so it is the client's default.
          client: { siteKey: config.siteKey, serverUrl: config.serverUrl, locale, open: config.open },
          // Only a data-locale pins the panel's language; otherwise it follows the language Cathy answers in.
          widget: { ...(config.locale ? { locale: config.locale } : {}), theme: config.theme, ...(config.nonce ? { nonce: config.nonce } : {}) },
          setup: (chat) => queue.attach(chat),
          connect: connectWhenLoaded,
        });
        if (openWhenLoaded) cathy.open();
      },
      (error: unknown) => {
        loading = null;
        warn(
          `[Cathy] Failed to load the chat from ${url}: ${error instanceof Error ? error.message : String(error)}. ` +
            'Check that the server is reachable and that your Content-Security-Policy allows it in script-src.',
        );
      },
    ));

  const stub = win.Cathy;
  const command: CathyGlobal = (name, ...args) => queue.call(name, ...args);
  command.loaded = true;
  win.Cathy = command;
  for (const args of Array.from(stub?.q ?? [])) command(...Array.from(args));

  if (config.open) void loadAndConnect();
  else (env.whenIdle ?? defaultWhenIdle(win))(() => void load());
}

/**
 * Boots the script-tag widget: reads the tag's `data-*`, draws the launcher, takes over `window.Cathy`
 * and loads the chat chunk on the first hover, focus or click, on an `open` command, or when the browser is idle.
 * Only the shopper's own acts (or a returning visitor's conversation) open a connection, never idle loading.
 */
export function startLoader(env: LoaderEnv): void {
  const win = env.window;
  if (win.Cathy?.loaded) {
    win.console.warn('[Cathy] widget.js is on this page twice; the second copy does nothing.');
    return;
  }
  if (!env.script) {
    win.console.warn('[Cathy] Failed to start: the widget.js script tag was not found. Load it with <script async src="…/widget.js" data-site="pk_…">.');
    return;
  }
  const { config, problems } = readScriptConfig(env.script, win.location.href);
  if (problems.length) {
    win.console.warn(`[Cathy] ${problems.join('; ')}. ${config ? 'Using the defaults instead.' : 'The chat cannot start without it.'}`);
  }
  if (!config) return;
  if (win.document.body) start(env, config);
  else win.document.addEventListener('DOMContentLoaded', () => start(env, config), { once: true });
}
