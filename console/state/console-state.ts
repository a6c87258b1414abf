import { effect } from '@preact/signals';
import type { InboxItem } from '../../sdk/protocol/index.js';
import { createHttp } from '../api/http.js';
import { createStaffApi } from '../api/staff-api.js';
import type { StaffSocket } from '../api/staff-socket.js';
import type { SoundPlayer } from '../device/chime.js';
import type { DesktopNotifier } from '../device/desktop-notifier.js';
import { createAlertState } from './alert-state.js';
import { createConversationState } from './conversation-state.js';
import { isWaiting } from './handoff.js';
import { createInboxState } from './inbox-state.js';
import { createPipelineState } from './pipeline-state.js';
import type { Preferences } from './preferences.js';
import { createPresenceState } from './presence-state.js';
import { createRouter } from './router.js';
import { conversationPath } from './routes.js';
import { createSessionState, type SessionState } from './session-state.js';
import { createTakeoverState } from './takeover-state.js';
import { createTeamState } from './team-state.js';
import { createWaitingState } from './waiting-state.js';

export interface ConsoleDeps {
  /** Opens the staff socket once someone is signed in. */
  connect(): StaffSocket;
  prefs: Preferences;
  /** The alert sound and desktop notifications for a shopper waiting for a person. */
  sound: SoundPlayer;
  notifier: DesktopNotifier;
  win?: Window;
}

/**
 * Everything the screens read, as signals, and the actions they call. The staff socket lives exactly as long as
 * the session: it opens at sign-in and closes at sign-out or when the server ends the session.
 */
export function createConsoleState(deps: ConsoleDeps) {
  const win = deps.win ?? window;
  const router = createRouter(win);
  let session: SessionState | undefined;
  const api = createStaffApi(createHttp({ csrfToken: () => session?.me.value?.csrfToken, onUnauthorized: () => session?.ended('expired') }));
  const current = createSessionState({ api, router, prefs: deps.prefs, browserLocale: win.navigator.language });
  session = current;
  const siteId = () => current.siteId.value;
  let socket: StaffSocket | undefined;
  const inbox = createInboxState(api, siteId);
  const pipeline = createPipelineState(api, siteId);
  const team = createTeamState(api, siteId);
  const conversation = createConversationState({ api, socket: () => socket, onRead: (id) => inbox.markedRead(id) });
  const takeover = createTakeoverState({ api, conversation, socket: () => socket });
  const waiting = createWaitingState(siteId);
  const presence = createPresenceState({ api, socket: () => socket, prefs: deps.prefs, siteId, win });
  const alerts = createAlertState({
    sound: deps.sound,
    notifier: deps.notifier,
    prefs: deps.prefs,
    strings: () => current.strings.value,
    openId: () => conversation.id.value,
    hidden: () => win.document.visibilityState === 'hidden',
    open: (id) => router.navigate(conversationPath(id)),
  });
  const row = (item: InboxItem) => {
    inbox.upsert(item);
    waiting.seen([item]);
    if (!isWaiting(item)) alerts.resolved(item.conversationId);
  };

  function listen(live: StaffSocket) {
    presence.connected(live);
    live.on('inbox:item', (item) => {
      row(item);
      conversation.item(item);
    });
    live.on('conversation:handoff', (change) => {
      inbox.handoff(change);
      conversation.handoff(change);
      waiting.handoff(change);
      if (change.escalation?.status !== 'waiting') alerts.resolved(change.conversationId);
    });
    live.on('conversation:escalated', ({ item, reason }) => {
      row(item);
      alerts.escalated(item, reason);
    });
    live.on('conversation:typing', (event) => conversation.typed(event.conversationId, event.role, event.on));
    live.on('presence', (event) => presence.changed(event));
    live.on('conversation:message', (event) => conversation.message(event.conversationId, event.message));
    live.on('conversation:delta', (event) => conversation.delta(event.conversationId, event.messageId, event.delta));
    live.on('conversation:lead', (event) => {
      conversation.lead(event.conversationId, event.lead, event.deliveries);
      pipeline.replace(event.lead);
    });
    live.on('conversation:note', (note) => conversation.note(note));
    live.on('session:ended', (event) => void sessionEnded(event.reason));
    live.onReconnect(() => {
      void inbox.reload();
      void conversation.refresh();
      void presence.load();
    });
  }

  /**
   * `removed` may mean one site (or a role) changed while the session lives on: the server drops the socket so it
   * comes back with what is left. Only when the session itself is gone does the person go to sign-in.
   */
  async function sessionEnded(reason: 'signed_out' | 'removed' | 'expired') {
    const me = reason === 'removed' ? await api.me().catch(() => null) : null;
    if (!me) {
      if (current.status.value === 'signed-in') current.ended(reason);
      return;
    }
    current.signedIn(me);
    socket?.close();
    socket = deps.connect();
    listen(socket);
    void inbox.reload();
  }

  const stopWaiting = effect(() => waiting.seen(inbox.items.value));
  const stopSite = effect(() => {
    if (current.siteId.value) waiting.reset();
  });
  const stopOpened = effect(() => {
    const open = conversation.id.value;
    if (open) alerts.resolved(open);
  });

  const stopSocket = effect(() => {
    const signedIn = current.status.value === 'signed-in';
    if (signedIn && !socket) {
      socket = deps.connect();
      listen(socket);
    } else if (!signedIn && socket) {
      conversation.close();
      socket.close();
      socket = undefined;
    }
  });

  return {
    api,
    router,
    session: current,
    inbox,
    conversation,
    pipeline,
    team,
    takeover,
    waiting,
    presence,
    alerts,
    dispose() {
      [stopWaiting, stopSite, stopOpened, stopSocket].forEach((stop) => stop());
      presence.dispose();
      socket?.close();
      router.dispose();
    },
  };
}

export type ConsoleState = ReturnType<typeof createConsoleState>;
