import type { HandoffEvent } from '../../sdk/protocol/index.js';
import type { Strings } from '../i18n/index.js';
import { useConsole } from './console-context.js';
import { formatTime } from './format.js';

function sentence(event: HandoffEvent, t: Strings, assistant: string): string {
  const name = event.staff?.name ?? t.conversation.agent;
  switch (event.kind) {
    case 'escalated':
      return t.trail.escalated;
    case 'taken':
      return event.from ? t.trail.takenFrom(name, event.from.name) : t.trail.taken(name);
    case 'handed_back':
      return t.trail.handedBack(name, assistant);
    case 'timed_out':
      return t.trail.timedOut;
    case 'callback':
      return t.trail.callback;
    case 'missed':
      return t.trail.missed(assistant);
  }
}

/** One line of the handoff trail, centered between the messages: "Ana took over 10:42". */
export function TrailLine({ event }: { event: HandoffEvent }) {
  const { session } = useConsole();
  const t = session.strings.value;
  return (
    <li class={`trail trail-${event.kind}`}>
      {sentence(event, t, session.assistantName.value)} <time dateTime={event.at}>{formatTime(event.at, session.locale.value)}</time>
      {event.kind === 'escalated' && event.reason && ` · ${t.reasons[event.reason]}`}
    </li>
  );
}
