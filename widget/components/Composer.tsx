import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { LIMITS } from '../../sdk/protocol/index.js';
import type { Strings } from '../i18n/index.js';
import { looksLikePhone } from './looks-like-phone.js';

export const DISCLOSURE_ID = 'cathy-disclosure';

/** The counter appears this close to the limit, when it starts to matter. */
const COUNTER_FROM = LIMITS.messageText - 200;
const COUNTER_ID = 'cathy-counter';

interface Props {
  t: Strings;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  /** The consent disclosure, shown right above the input, while Cathy asks for a phone number. */
  asking: string | null;
  /** The last disclosure the server sent, shown whenever the draft looks like a phone number. */
  known: string | null;
  onSend: (text: string) => boolean;
  /** Every keystroke: whether there is text (the client throttles what it sends). */
  onTyping: (on: boolean) => void;
}

function grow(el: HTMLTextAreaElement): void {
  // Reset first so the box also shrinks when lines are deleted; CSS max-height caps it.
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight}px`;
}

export function Composer({ t, inputRef, asking, known, onSend, onTyping }: Props) {
  const [text, setText] = useState('');
  const submit = () => {
    if (!onSend(text)) return;
    setText('');
    const el = inputRef.current;
    if (el) {
      el.value = '';
      grow(el);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // isComposing: Enter that confirms an IME candidate (Japanese, Chinese…) must not send.
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
    e.preventDefault();
    submit();
  };
  const showCounter = text.length >= COUNTER_FROM;
  // Beside the input, where the number is typed, so it is on screen when the visitor sends it (see docs/script-tag.md).
  const disclosure = asking ?? (known && looksLikePhone(text) ? known : null);
  const described = [disclosure ? DISCLOSURE_ID : null, showCounter ? COUNTER_ID : null].filter(Boolean).join(' ');

  return (
    <form
      class="cathy-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {disclosure ? (
        <p class="cathy-disclosure" id={DISCLOSURE_ID} aria-label={t.disclosureLabel}>
          {disclosure}
        </p>
      ) : null}
      <div class="cathy-composer-row">
        <textarea
          ref={inputRef}
          class="cathy-input"
          rows={1}
          value={text}
          maxLength={LIMITS.messageText}
          aria-label={t.inputLabel}
          aria-describedby={described || undefined}
          placeholder={t.placeholder}
          onInput={(e) => {
            setText(e.currentTarget.value);
            grow(e.currentTarget);
            onTyping(e.currentTarget.value.trim() !== '');
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit" class="cathy-send" disabled={!text.trim()}>
          {t.send}
        </button>
      </div>
      {showCounter ? (
        <p class="cathy-counter" id={COUNTER_ID}>
          {t.charsLeft(LIMITS.messageText - text.length)}
        </p>
      ) : null}
    </form>
  );
}
