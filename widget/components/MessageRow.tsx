import type { ComponentChildren } from 'preact';
import type { ChatMessage, MessageAuthor } from '../../sdk/protocol/index.js';
import { FormattedText } from '../format/FormattedText.js';
import { Avatar } from './Avatar.js';

interface Props {
  role: ChatMessage['role'];
  text: string;
  /** Screen-reader prefix, so the log reads "You: …" / "Cathy: …" without visual labels. */
  speaker: string;
  /** A person's name and face above their first message of a run; the prefix already reads it out. */
  author?: MessageAuthor | undefined;
  state?: string;
  children?: ComponentChildren;
}

export function MessageRow({ role, text, speaker, author, state, children }: Props) {
  return (
    <div class="cathy-row" data-role={role} data-state={state}>
      {author ? (
        <p class="cathy-author" aria-hidden="true">
          <Avatar name={author.name} url={author.avatarUrl} />
          {author.name}
        </p>
      ) : null}
      <div class="cathy-bubble">
        <span class="cathy-sr-only">{speaker}: </span>
        <FormattedText text={text} />
      </div>
      {children}
    </div>
  );
}
