import { effect } from '@preact/signals';
import { createHttp } from '../api/http.js';
import { createStaffApi } from '../api/staff-api.js';
import type { StaffSocket } from '../api/staff-socket.js';
import { createConversationState } from './conversation-state.js';
import { createInboxState } from './inbox-state.js';
import { createPipelineState } from './pipeline-state.js';
import type { Preferences } from './preferences.js';
import { createRouter } from './router.js';
import { createSessionState, type SessionState } from './session-state.js';
import { createTeamState } from './team-state.js';

export interface ConsoleDeps {
  /** Opens the staff socket once someone is signed in. */
  connect(): StaffSocket;
  prefs: Preferences;
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

  function listen(live: StaffSocket) {
    live.on('inbox:item', (item) => {
      inbox.upsert(item);
      conversation.item(item);
    });
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
    dispose() {
      stopSocket();
      socket?.close();
      router.dispose();
    },
  };
}

export type ConsoleState = ReturnType<typeof createConsoleState>;
