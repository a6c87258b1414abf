import type { ComponentChildren } from 'preact';
import type { ChatMessage } from '../../sdk/protocol/index.js';
import { FormattedText } from '../format/FormattedText.js';

export const DISCLOSURE_ID = 'cathy-disclosure';

interface Props {
  role: ChatMessage['role'];
  text: string;
  /** Screen-reader prefix, so the log reads "You: …" / "Cathy: …" without visual labels. */
  speaker: string;
  disclosure?: string | undefined;
  /** The disclosure of the message now asking for a phone gets the id the input points at. */
  activeDisclosure?: boolean;
  state?: string;
  children?: ComponentChildren;
}

export function MessageRow({ role, text, speaker, disclosure, activeDisclosure, state, children }: Props) {
  return (
    <div class="cathy-row" data-role={role === 'visitor' ? 'visitor' : 'assistant'} data-state={state}>
      <div class="cathy-bubble">
        <span class="cathy-sr-only">{speaker}: </span>
        <FormattedText text={text} />
      </div>
      {disclosure ? (
        <p class="cathy-disclosure" id={activeDisclosure ? DISCLOSURE_ID : undefined}>
          {disclosure}
        </p>
      ) : null}
      {children}
    </div>
  );
}
