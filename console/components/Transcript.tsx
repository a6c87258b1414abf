import { useEffect, useRef } from 'preact/hooks';
import type { ChatMessage, HandoffEvent } from '../../sdk/protocol/index.js';
import type { TypingNow } from '../state/conversation-state.js';
import { useConsole } from './console-context.js';
import { formatTime } from './format.js';
import { TrailLine } from './TrailLine.js';

type Entry = { at: string; message: ChatMessage } | { at: string; event: HandoffEvent };

/** Messages and handoff lines in time order (a line sorts before a message of the same instant). */
function entries(messages: ChatMessage[], trail: HandoffEvent[]): Entry[] {
  const lines: Entry[] = trail.map((event) => ({ at: event.at, event }));
  return [...lines, ...messages.map((message) => ({ at: message.createdAt, message }))].sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * The messages as text (never markup), the handoff trail between them, Cathy's reply while it streams, and who is
 * typing; keeps the newest in view. A person's messages carry their name, apart from Cathy's.
 */
export function Transcript({ messages, drafts, trail, typing }: { messages: ChatMessage[]; drafts: Record<string, string>; trail: HandoffEvent[]; typing: TypingNow }) {
  const { session, conversation } = useConsole();
  const t = session.strings.value;
  const list = useRef<HTMLDivElement>(null);
  const streaming = Object.entries(drafts);
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length, trail.length, streaming.map(([, text]) => text.length).join()]);
  const who = (m: ChatMessage) =>
    m.role === 'visitor' ? t.conversation.visitor : m.role === 'agent' ? (m.author?.name ?? t.conversation.agent) : session.assistantName.value;
  const holder = conversation.detail.value?.item.holder?.name ?? t.conversation.agent;

  return (
    <section class="transcript" aria-labelledby="transcript-title">
      <h3 id="transcript-title" class="sr-only">
        {t.conversation.transcript}
      </h3>
      <div ref={list} class="messages" role="log" aria-labelledby="transcript-title" tabIndex={0}>
        <ol>
        {entries(messages, trail).map((entry) =>
          'event' in entry ? (
            <TrailLine key={`${entry.event.kind}-${entry.at}`} event={entry.event} />
          ) : (
            <li key={entry.message.id} class={`msg msg-${entry.message.role}`}>
              <span class="msg-who">{who(entry.message)}</span>
              <p class="msg-text">{entry.message.text}</p>
              <time dateTime={entry.at}>{formatTime(entry.at, session.locale.value)}</time>
            </li>
          ),
        )}
        {streaming.map(([id, text]) => (
          <li key={id} class="msg msg-assistant msg-streaming" aria-busy="true">
            <span class="msg-who">
              {session.assistantName.value} · {t.conversation.writing}
            </span>
            <p class="msg-text">{text}</p>
          </li>
        ))}
        </ol>
      </div>
      <p class="typing-line" role="status">
        {typing.visitor ? t.takeover.shopperTyping : typing.agent ? t.takeover.agentTyping(holder) : ''}
      </p>
    </section>
  );
}
