import type { ComponentChildren } from 'preact';
import type { ChatMessage } from '../../sdk/protocol/index.js';
import { FormattedText } from '../format/FormattedText.js';

interface Props {
  role: ChatMessage['role'];
  text: string;
  /** Screen-reader prefix, so the log reads "You: …" / "Cathy: …" without visual labels. */
  speaker: string;
  state?: string;
  children?: ComponentChildren;
}

export function MessageRow({ role, text, speaker, state, children }: Props) {
  return (
    <div class="cathy-row" data-role={role === 'visitor' ? 'visitor' : 'assistant'} data-state={state}>
      <div class="cathy-bubble">
        <span class="cathy-sr-only">{speaker}: </span>
        <FormattedText text={text} />
      </div>
      {children}
    </div>
  );
}
