import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { v4 as uuidv4 } from 'uuid';
import { typingSender } from '../state/typing-sender.js';
import { useConsole } from './console-context.js';
import { errorMessage } from './ErrorNotice.js';
import { useAction } from './use-action.js';

interface Outgoing {
  clientId: string;
  text: string;
}

/**
 * The holder's message box. Enter sends, Shift+Enter adds a line. A failed send keeps the text and offers Retry,
 * which resends with the same client id, so a send that did arrive is never doubled.
 */
export function Composer() {
  const { session, takeover } = useConsole();
  const t = session.strings.value;
  const [text, setText] = useState('');
  const [failed, setFailed] = useState<Outgoing | undefined>(undefined);
  const typing = useMemo(() => typingSender((on) => takeover.typing(on)), []);
  useEffect(() => () => typing.stop(), []);
  const body = text.trim();
  const retrying = !!failed && failed.text === body;
  const send = useAction(async () => {
    const outgoing = failed && failed.text === body ? failed : { clientId: uuidv4(), text: body };
    setFailed(outgoing);
    typing.stop();
    await takeover.send(outgoing.clientId, outgoing.text);
    setFailed(undefined);
    setText('');
  });
  const submit = () => {
    if (body && !send.pending) void send.run();
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    submit();
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label>
        {t.takeover.composer}
        <textarea
          value={text}
          rows={3}
          maxLength={4000}
          readOnly={send.pending}
          aria-describedby="composer-hint"
          onInput={(e) => {
            setText(e.currentTarget.value);
            typing.typed();
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <p id="composer-hint" class="hint">
        {t.takeover.composerHint}
      </p>
      {send.error && (
        <p class="error" role="alert">
          {send.error.code === 'CONFLICT' ? t.takeover.notHolder : errorMessage(send.error, t)}
        </p>
      )}
      <button type="submit" class="primary" disabled={send.pending || !body}>
        {retrying && send.error ? t.takeover.retry : t.takeover.send}
      </button>
    </form>
  );
}
