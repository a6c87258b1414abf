import { useState } from 'preact/hooks';
import type { StaffNote } from '../../sdk/protocol/index.js';
import { useConsole } from './console-context.js';
import { ErrorNotice } from './ErrorNotice.js';
import { formatTime } from './format.js';
import { useAction } from './use-action.js';

/** The team's internal notes on the conversation; the shopper never sees them. */
export function Notes({ notes }: { notes: StaffNote[] }) {
  const { session, conversation } = useConsole();
  const t = session.strings.value.notes;
  const [text, setText] = useState('');
  const add = useAction(async () => {
    await conversation.addNote(text.trim());
    setText('');
  });
  return (
    <section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">{t.title}</h3>
      {notes.length ? (
        <ul class="notes">
          {notes.map((note) => (
            <li key={note.id}>
              <p class="note-text">{note.text}</p>
              <span class="muted">
                {note.author.name} · <time dateTime={note.createdAt}>{formatTime(note.createdAt, session.locale.value)}</time>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t.empty}</p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) void add.run();
        }}
      >
        <label>
          {t.label}
          <textarea value={text} rows={2} maxLength={2000} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <ErrorNotice error={add.error} />
        <button type="submit" disabled={add.pending || !text.trim()}>
          {t.add}
        </button>
      </form>
    </section>
  );
}
