import { useEffect, useRef } from 'preact/hooks';
import type { ChatMessage } from '../../sdk/protocol/index.js';
import { useConsole } from './console-context.js';
import { formatTime } from './format.js';

/** The messages as text (never markup), and Cathy's reply while it streams; keeps the newest in view. */
export function Transcript({ messages, drafts }: { messages: ChatMessage[]; drafts: Record<string, string> }) {
  const { session } = useConsole();
  const t = session.strings.value;
  const list = useRef<HTMLDivElement>(null);
  const streaming = Object.entries(drafts);
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages.length, streaming.map(([, text]) => text.length).join()]);
  const who = (m: ChatMessage) => (m.role === 'visitor' ? t.conversation.visitor : m.role === 'agent' ? t.conversation.agent : session.assistantName.value);

  return (
    <section class="transcript" aria-labelledby="transcript-title">
      <h3 id="transcript-title" class="sr-only">
        {t.conversation.transcript}
      </h3>
      <div ref={list} class="messages" role="log" aria-labelledby="transcript-title" tabIndex={0}>
        <ol>
        {messages.map((m) => (
          <li key={m.id} class={`msg msg-${m.role}`}>
            <span class="msg-who">{who(m)}</span>
            <p class="msg-text">{m.text}</p>
            <time dateTime={m.createdAt}>{formatTime(m.createdAt, session.locale.value)}</time>
          </li>
        ))}
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
    </section>
  );
}
