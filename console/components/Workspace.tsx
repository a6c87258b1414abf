import { useEffect } from 'preact/hooks';
import { ConversationView } from './ConversationView.js';
import { useConsole } from './console-context.js';
import { Inbox } from './Inbox.js';

/**
 * The inbox beside the open conversation on a desk; on a phone one pane at a time (the stylesheet hides the
 * other by `data-pane`).
 */
export function Workspace({ conversationId }: { conversationId: string | undefined }) {
  const { session, inbox } = useConsole();
  const siteId = session.siteId.value;
  useEffect(() => {
    void inbox.reload();
  }, [siteId]);
  return (
    <div class="split" data-pane={conversationId ? 'detail' : 'list'}>
      <Inbox selected={conversationId} />
      <div class="detail">
        {conversationId ? <ConversationView key={conversationId} id={conversationId} /> : <p class="placeholder">{session.strings.value.inbox.pickOne}</p>}
      </div>
    </div>
  );
}
