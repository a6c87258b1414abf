import type { TargetedKeyboardEvent } from 'preact';
import { unfiltered } from '../state/inbox-state.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { InboxFilters } from './InboxFilters.js';
import { InboxRow } from './InboxRow.js';

const NEXT = new Set(['j', 'ArrowDown']);
const PREVIOUS = new Set(['k', 'ArrowUp']);

/** j/k (or the arrows) move between rows; Enter opens the focused one, as any link. */
function moveFocus(event: TargetedKeyboardEvent<HTMLUListElement>) {
  const step = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0;
  if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
  const rows = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-row]')];
  const at = rows.indexOf(document.activeElement as HTMLAnchorElement);
  const target = rows[Math.min(rows.length - 1, Math.max(0, at + step))];
  if (!target) return;
  event.preventDefault();
  target.focus();
}

export function Inbox({ selected }: { selected: string | undefined }) {
  const { inbox, session } = useConsole();
  const t = session.strings.value;
  const items = inbox.items.value;
  return (
    <section class="inbox" aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t.inbox.title}</h1>
      <InboxFilters />
      <ErrorNotice error={inbox.error.value} />
      <p class="hint">{t.inbox.keyboardHint}</p>
      <ul class="rows" aria-labelledby="inbox-title" onKeyDown={moveFocus}>
        {items.map((item) => (
          <InboxRow key={item.conversationId} item={item} selected={item.conversationId === selected} />
        ))}
      </ul>
      {!items.length && !inbox.loading.value && !inbox.error.value && (
        <p class="empty">{unfiltered(inbox.filters.value) ? t.inbox.emptyAll(session.assistantName.value) : t.inbox.empty}</p>
      )}
      {inbox.loading.value && <p role="status">{t.loading}</p>}
      {inbox.nextCursor.value && !inbox.loading.value && (
        <button type="button" class="more" onClick={() => void inbox.loadMore()}>
          {t.inbox.loadMore}
        </button>
      )}
    </section>
  );
}
