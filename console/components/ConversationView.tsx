import { useEffect, useRef } from 'preact/hooks';
import { Composer } from './Composer.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { shopperLabel } from '../i18n/index.js';
import { LeadCard } from './LeadCard.js';
import { Notes } from './Notes.js';
import { ShopperContextPanel } from './ShopperContextPanel.js';
import { StateChip } from './StateChip.js';
import { TakeoverBar } from './TakeoverBar.js';
import { Transcript } from './Transcript.js';

const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

/**
 * One conversation: who answers it (Cathy or a person) with the takeover buttons, the live transcript and, for its
 * holder, the message box; then the lead, the shopper's context and the team's notes. Escape goes back.
 */
export function ConversationView({ id }: { id: string }) {
  const { conversation, session, router } = useConsole();
  const t = session.strings.value;
  useEffect(() => {
    void conversation.open(id);
    return () => conversation.close();
  }, [id]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Escape' || TYPING.test(target?.tagName ?? '') || target?.closest('details[open]')) return;
      router.navigate('/console/');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const detail = conversation.detail.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = !!detail;
  useEffect(() => {
    // On a phone the list just disappeared with the focused row in it: start reading at the conversation.
    if (loaded && window.matchMedia?.('(max-width: 899px)').matches) heading.current?.focus();
  }, [loaded]);
  if (!detail) {
    return conversation.error.value ? <ErrorNotice error={conversation.error.value} /> : <p role="status">{t.loading}</p>;
  }
  return (
    <article class="conversation" aria-labelledby="conversation-title">
      <header class="conversation-head">
        <a href="/console/" class="back">
          {t.conversation.back}
        </a>
        <h1 id="conversation-title" ref={heading} tabIndex={-1}>{shopperLabel(detail.item.visitor, t)}</h1>
        <StateChip state={detail.item.state} />
      </header>
      <div class="conversation-body">
        <div class="conversation-main">
          <TakeoverBar item={detail.item} />
          <Transcript messages={detail.messages} drafts={conversation.drafts.value} trail={detail.handoff} typing={conversation.typing.value} />
          {!!detail.item.holder && detail.item.holder.staffId === session.me.value?.id && <Composer key={detail.item.holder?.since} />}
        </div>
        <aside class="side">
          {detail.lead && <LeadCard lead={detail.lead} deliveries={detail.deliveries} />}
          <ShopperContextPanel context={detail.context} />
          <Notes notes={detail.notes} />
        </aside>
      </div>
    </article>
  );
}
