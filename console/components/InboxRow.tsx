import type { InboxItem } from '../../sdk/protocol/index.js';
import { conversationPath } from '../state/routes.js';
import { useConsole } from './console-context.js';
import { shopperLabel } from '../i18n/index.js';
import { formatTime } from './format.js';
import { isWaiting } from '../state/handoff.js';
import { StateChip } from './StateChip.js';
import { useNow } from './use-now.js';

/**
 * One conversation in the inbox; every shopper-written string is a text node, never markup. A shopper waiting for a
 * person stands out, with how long they have waited; a chat a person took over names them.
 */
export function InboxRow({ item, selected }: { item: InboxItem; selected: boolean }) {
  const { session } = useConsole();
  const t = session.strings.value;
  const waitingSince = isWaiting(item) ? (item.escalation?.at ?? item.lastActivityAt) : undefined;
  const now = useNow(30_000, !!waitingSince);
  const classes = ['row', item.unread && 'unread', waitingSince && 'row-waiting'].filter(Boolean).join(' ');
  return (
    <li class={classes}>
      <a href={conversationPath(item.conversationId)} aria-current={selected ? 'page' : undefined} data-row>
        <span class="row-head">
          {item.unread && <span class="dot" role="img" aria-label={t.inbox.unread} />}
          <strong class="who">{shopperLabel(item.visitor, t)}</strong>
          <StateChip state={item.state} />
          <time dateTime={item.lastActivityAt}>{formatTime(item.lastActivityAt, session.locale.value)}</time>
        </span>
        {item.lastMessage && (
          <span class="preview">
            {item.lastMessage.role !== 'visitor' && (
              <span class="author">{item.lastMessage.role === 'agent' ? t.conversation.agent : session.assistantName.value}: </span>
            )}
            {item.lastMessage.text}
          </span>
        )}
        <span class="row-meta">
          {waitingSince && <strong class="waited">{t.alerts.waitedFor(Math.max(0, Math.floor((now - Date.parse(waitingSince)) / 60_000)))}</strong>}
          {item.holder && <span>{t.takeover.heldBy(item.holder.name)}</span>}
          {item.vehicle && <span>{item.vehicle}</span>}
          {item.lead && <span>{t.stages[item.lead.stage]}</span>}
          <span>{t.inbox.messages(item.messageCount)}</span>
        </span>
      </a>
    </li>
  );
}
