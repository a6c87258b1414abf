import { useLayoutEffect, useRef } from 'preact/hooks';
import type { AgentEvent, ClientSnapshot } from '../../sdk/client/types.js';
import type { ChatMessage, Locale, PersonaDisplay } from '../../sdk/protocol/index.js';
import type { Strings } from '../i18n/index.js';
import { MessageRow } from './MessageRow.js';
import { PendingRow } from './PendingRow.js';
import { RecordedNotice } from './RecordedNotice.js';
import { TypingIndicator } from './TypingIndicator.js';

interface Props {
  snap: ClientSnapshot;
  persona: PersonaDisplay;
  /** A person joining or leaving, shown as a line where it happened. */
  handoffs: readonly AgentEvent[];
  pageGreeting: string | undefined;
  t: Strings;
  locale: Locale;
  onRetry: (clientId: string) => void;
}

/** Within this many pixels of the bottom, new content keeps the list scrolled down. */
const STICKY_PX = 48;

export function MessageList({ snap, persona, handoffs, pageGreeting, t, locale, onRetry }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const pendingCount = useRef(0);
  const { messages, pending, streaming, typing } = snap;

  // Follow new content unless the visitor scrolled up to read history; a message of their own
  // means they are done reading, so it always brings the list down.
  useLayoutEffect(() => {
    const el = ref.current;
    if (pending.length > pendingCount.current) stick.current = true;
    pendingCount.current = pending.length;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [messages.length, pending.length, streaming?.text, typing, snap.open, handoffs.length]);

  const onScroll = () => {
    const el = ref.current;
    if (el) stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICKY_PX;
  };
  const speaker = (m: ChatMessage) => (m.role === 'visitor' ? t.you : m.role === 'agent' ? (m.author?.name ?? snap.site?.name ?? '') : persona.name);
  // Lines go before the first message written after them (both times are the server's).
  let next = 0;
  const linesUntil = (at?: string) => {
    const lines = [];
    for (; next < handoffs.length && (at === undefined || handoffs[next]!.at <= at); next++) {
      const line = handoffs[next]!;
      lines.push(
        <p class="cathy-notice" key={`${line.kind}-${line.at}`}>
          {line.kind === 'joined' ? t.agentJoined(line.name, line.dealer) : t.agentLeft(line.name, persona.name)}
        </p>,
      );
    }
    return lines;
  };
  // The server stores its own greeting first. A page's greeting override is display-only and shows instead; a
  // greeting in another language than the chat has moved to (a Spanish first message) shows in the chat's.
  const greetingText = (m: ChatMessage) => pageGreeting ?? (m.locale && m.locale !== locale ? t.defaultGreeting(persona.name) : m.text);
  const empty = messages.length === 0 && pending.length === 0 && !streaming;

  return (
    // Focusable so keyboard users can scroll back through a long conversation (WCAG 2.1.1).
    <div class="cathy-log" role="log" aria-live="off" aria-label={t.conversation} tabIndex={0} ref={ref} onScroll={onScroll}>
      <p class="cathy-notice">{t.aiNotice}</p>
      <RecordedNotice site={snap.site} t={t} />
      {empty ? <MessageRow role="assistant" text={persona.greeting} speaker={persona.name} /> : null}
      {messages.map((m, i) => [
        ...linesUntil(m.createdAt),
        <MessageRow
          key={m.id}
          role={m.role}
          text={i === 0 && m.role === 'assistant' && !m.replyTo ? greetingText(m) : m.text}
          speaker={speaker(m)}
          author={m.role === 'agent' && messages[i - 1]?.author?.name !== m.author?.name ? m.author : undefined}
        />,
      ])}
      {linesUntil()}
      {pending.map((p) => (
        <PendingRow key={p.clientId} pending={p} t={t} onRetry={onRetry} />
      ))}
      {streaming ? (
        <MessageRow key={`s-${streaming.messageId}`} role="assistant" text={streaming.text} speaker={persona.name} />
      ) : typing ? (
        <TypingIndicator label={t.typing(snap.typingRole === 'agent' && snap.agent ? snap.agent.name : persona.name)} />
      ) : null}
    </div>
  );
}
