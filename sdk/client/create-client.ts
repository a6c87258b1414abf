import { isErrorResponse, type EarlyPageView, type IdentifyResult, type PageViewPayload, type SessionStartResult } from '../protocol/index.js';
import { watchBrowserSignals } from './browser-signals.js';
import { checkText, normalizeOptions } from './client-options.js';
import { defaultTransports, pageWindow, type ClientInternals } from './client-internals.js';
import { createClientStore } from './client-store.js';
import { DEFAULT_TIMING } from './client-timing.js';
import { createGapFiller } from './fill-gap.js';
import { createConnection, type LinkStatus } from './connection.js';
import { misuse } from './misuse.js';
import { watchNavigation } from './navigation-watcher.js';
import { pageInfo, pageView, readPage, type PageInfo } from './page-context.js';
import { createPersistence } from './persistence.js';
import { createSendQueue } from './send-queue.js';
import { isNoConnection, type Transport } from './transport.js';
import { createTypingSender } from './typing-sender.js';
import type { CathyClient, ClientOptions, ClientSnapshot } from './types.js';

export type { ClientInternals };

/** `createClient` with replaceable parts (see `ClientInternals`), for options already checked. */
export function createClientWith(options: ClientOptions, internals: ClientInternals = {}): CathyClient {
  const config = normalizeOptions(options);
  const win = pageWindow(internals);
  const timing = { ...DEFAULT_TIMING, ...internals.timing };
  const persistence = createPersistence(config.siteKey, config.persistence, win);
  let visitor = persistence.loadVisitor();
  const store = createClientStore(initialSnapshot(config.locale ?? 'en', visitor.open ?? config.open ?? false));
  const { events } = store;
  const gaps = createGapFiller(store);
  let page: PageInfo | undefined;
  // Page views before the first session, which `session:start` carries; none once a session exists.
  let earlyPages: EarlyPageView[] = [];
  let reportedUrl: string | undefined;
  let started: Promise<void> | undefined;
  let settleStart: (() => void) | undefined;
  let destroyed = false;
  let offline = false;
  let link: LinkStatus = 'idle';
  const cleanups: Array<() => void> = [];
  const waitingForSession: Array<() => void> = [];
  const unsettledIdentifies = new Set<(error: Error) => void>();

  const showStatus = () => {
    // navigator.onLine is already false when socket.io-client closes its socket on `offline`, before our listener runs.
    const status = offline || win?.navigator.onLine === false ? 'offline' : link;
    if (status === store.get().status) return;
    store.update({ status });
    events.emit('connection', { status });
  };
  const setOffline = (value: boolean) => {
    offline = value;
    connection.setOffline(value);
    showStatus();
  };
  const ready = (): Transport | null => (store.get().ready ? connection.active() : null);

  const connection = createConnection({
    order: config.order,
    createTransport: internals.createTransport ?? defaultTransports(config, timing, internals),
    retry: timing.retry,
    probe: timing.probe,
    request: () => ({
      auth: { siteKey: config.siteKey, ...(visitor.visitorToken ? { visitorId: visitor.visitorId, visitorToken: visitor.visitorToken } : {}) },
      session: {
        page: page!.page,
        ...(page!.utm ? { utm: page!.utm } : {}),
        ...(config.locale ? { locale: config.locale } : {}),
        ...(earlyPages.length > 0 ? { pages: earlyPages } : {}),
      },
    }),
    onStatus: (status) => {
      link = status;
      showStatus();
      if (status !== 'connecting') settleStart?.();
    },
    onSession: (session, transport) => onSession(session, transport),
    onEvent: (event) => store.apply(event),
    onGap: (transport) => void gaps.fill(transport, () => !destroyed && connection.active() === transport),
    onError: (error) => events.emit('error', error),
    onInvalidToken: () => {
      visitor = { open: store.get().open };
      persistence.saveVisitor(visitor);
    },
  });

  const queue = createSendQueue({
    transport: ready,
    onChange: (pending) => store.update({ pending }),
    onConfirmed: ({ message, reply }) => store.addMessages(reply ? [message, reply] : [message], true),
    onFailed: (error) => events.emit('error', error),
    onSessionLost: () => connection.restart(),
    persist: (items) => persistence.saveQueue(items),
    backoff: timing.sendRetry,
    maxAttempts: timing.maxSendAttempts,
  });

  const typing = createTypingSender((on) => ready()?.typing(on));

  const rememberEarlyPage = (view: PageViewPayload) => {
    const pages = persistence.loadPages();
    if (pages.at(-1)?.url !== view.url) persistence.savePages([...pages, { ...view, at: new Date().toISOString() }]);
  };
  const rememberChatting = (messages: readonly { role: string }[]) => {
    if (visitor.chatting || !messages.some((m) => m.role === 'visitor')) return;
    visitor = { ...visitor, chatting: true };
    persistence.saveVisitor(visitor);
  };

  // A message of ours that a gap fill or another socket event brought first is no longer pending, even if failed.
  events.on('message', (message) => {
    rememberChatting([message]);
    if (message.clientId) queue.confirm([message]);
  });

  function onSession(session: SessionStartResult, transport: Transport): void {
    visitor = { visitorId: session.visitorId, visitorToken: session.visitorToken, open: store.get().open, ...(visitor.chatting ? { chatting: true } : {}) };
    persistence.saveVisitor(visitor);
    rememberChatting(session.messages);
    if (earlyPages.length > 0) {
      earlyPages = [];
      persistence.savePages([]);
    }
    const before = store.get();
    const resumed = before.ready && before.conversationId === session.conversationId;
    const { visitorId, conversationId, persona, theme, locale, site } = session;
    store.update({ ready: true, visitorId, conversationId, persona, theme, locale, site, streaming: null, typing: false, typingRole: undefined, ...(resumed ? {} : { messages: session.messages }) });
    store.setAgent(session.agent);
    reportedUrl = page?.page.url;
    queue.confirm(store.get().messages);
    if (!resumed) events.emit('ready', { visitorId, conversationId, messages: session.messages, persona, theme, locale });
    for (const retry of waitingForSession.splice(0)) retry();
    queue.flush();
    if (resumed) void gaps.fill(transport, () => !destroyed && connection.active() === transport, session.messages);
    else gaps.reset(session.messages);
  }

  const resync = () => {
    const transport = ready();
    if (!transport || transport.kind !== config.order[0]) connection.wake();
    if (transport) void gaps.fill(transport, () => !destroyed && connection.active() === transport);
  };

  const assertAlive = (action: string) => {
    if (destroyed) throw misuse(action, 'it was destroyed', 'Create a new one (createCathy or createClient).');
  };

  const setOpen = (open: boolean) => {
    assertAlive(open ? 'open the chat' : 'close the chat');
    if (store.get().open === open) return;
    visitor = { ...visitor, open };
    persistence.saveVisitor(visitor);
    store.update({ open });
    events.emit(open ? 'open' : 'close', undefined);
    if (open) startIfPossible();
  };

  // Opening the chat or identifying the visitor needs the server: connect then, if nobody has yet.
  const startIfPossible = () => {
    if (!started && (win || options.page)) void client.start();
  };

  const client: CathyClient = {
    start() {
      assertAlive('start the chat');
      if (started) return started;
      page = options.page ? pageInfo(options.page) : win ? readPage(win) : undefined;
      if (!page) throw misuse('start the chat', 'there is no page outside a browser', 'Call start() in the browser, or pass the page option.');
      reportedUrl = page.page.url;
      // The current page goes as the session's own page, not twice.
      earlyPages = persistence.loadPages();
      if (earlyPages.at(-1)?.url === page.page.url) earlyPages.pop();
      started = new Promise((resolve) => (settleStart = resolve));
      queue.restore(persistence.loadQueue());
      if (win) {
        if (!options.page) cleanups.push(watchNavigation(win, (url) => client.pageView({ url, title: win.document.title })));
        cleanups.push(
          watchBrowserSignals(win, {
            visible: resync,
            online: () => {
              setOffline(false);
              resync();
            },
            offline: () => setOffline(true),
          }),
        );
      }
      if (win?.navigator.onLine === false) setOffline(true);
      connection.start();
      return started;
    },
    snapshot: () => store.get(),
    send(text) {
      assertAlive('send the message');
      const trimmed = checkText(text);
      const pending = queue.add(trimmed);
      typing.stop();
      if (!started) void client.start();
      return pending;
    },
    sendTyping(on) {
      assertAlive('report typing');
      // Only the person who took the chat over reads it: while Cathy answers, nothing goes out.
      if (!on || store.get().agent) typing.set(on);
    },
    retry(clientId) {
      assertAlive('retry the message');
      queue.retry(clientId);
    },
    identify(payload) {
      assertAlive('identify the visitor');
      startIfPossible();
      return new Promise<IdentifyResult>((resolve, reject) => {
        unsettledIdentifies.add(reject);
        const attempt = async () => {
          const transport = ready();
          if (!transport) return void waitingForSession.push(() => void attempt());
          const result = await transport.identify(payload);
          if (isNoConnection(result)) return void waitingForSession.push(() => void attempt());
          unsettledIdentifies.delete(reject);
          if (!isErrorResponse(result)) return resolve(result);
          events.emit('error', result.error);
          reject(Object.assign(misuse('identify the visitor', result.error.message, 'Check the fields passed to identify().'), { code: result.error.code }));
        };
        void attempt();
      });
    },
    pageView(view) {
      assertAlive('report the page view');
      const next = view ? pageInfo(view) : win ? readPage(win) : undefined;
      if (!next) throw misuse('report the page view', 'there is no page outside a browser', 'Pass { url, title }.');
      page = { page: next.page, ...((next.utm ?? page?.utm) ? { utm: next.utm ?? page?.utm } : {}) };
      if (!started) return rememberEarlyPage(pageView(next));
      if (next.page.url === reportedUrl) return;
      const transport = ready();
      // While down, the next session:start carries this page.
      if (!transport) return;
      reportedUrl = next.page.url;
      void transport.pageView(pageView(next)).then((result) => {
        if (isErrorResponse(result) && !isNoConnection(result)) events.emit('error', result.error);
      });
    },
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!store.get().open),
    on: (event, listener) => events.on(event, listener),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      connection.stop();
      queue.stop();
      typing.dispose();
      for (const cleanup of cleanups.splice(0)) cleanup();
      waitingForSession.length = 0;
      // A caller awaiting identify() must not hang forever on a client that will never connect again.
      for (const reject of unsettledIdentifies) reject(misuse('identify the visitor', 'the client was destroyed first', 'Await identify() before destroy().'));
      unsettledIdentifies.clear();
      events.clear();
      settleStart?.();
    },
  };
  return client;
}

function initialSnapshot(locale: ClientSnapshot['locale'], open: boolean): ClientSnapshot {
  return { status: 'idle', ready: false, messages: [], pending: [], streaming: null, typing: false, persona: null, theme: {}, locale, open, lead: null, site: null };
}
