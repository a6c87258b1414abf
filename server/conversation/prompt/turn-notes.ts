import type { Locale } from '../../../sdk/protocol/index.js';
import { formatOpening, formatTime, nextOpening, openUntil } from '../../sites/business-hours.js';
import { zonedFormat } from '../../sites/zoned-format.js';
import type { ReplyMeta, ResponderInput } from '../responder.js';
import { readingNotes } from './reading-notes.js';

const LANGUAGES: Record<Locale, string> = { en: 'English', es: 'Spanish' };

/** What the reply ends on, as the offline policy decided it (`lastQuestion` of its reply). */
const ASKS: Record<string, string> = {
  vehicle: 'End with one short question about the vehicle or kind of vehicle they want.',
  condition: 'End with one short question: new or used?',
  budget: 'End with one short question about the budget or monthly amount they feel comfortable with (ask, do not suggest a figure).',
  tradeIn: 'End with one short question: do they have a vehicle to trade in?',
  credit: 'End with one gentle question about their credit situation, in their own words; make clear every situation is welcome.',
  timeframe: 'End with one short question about when they hope to buy.',
  name: 'End by asking for their first name.',
  phone: 'Now that you have helped, ask once and naturally for the best phone number for a specialist to reach them (a short consent notice is shown under your message).',
  callTime: 'End by asking for the best time of day to call them.',
  email: 'They would rather not give a phone number: say that is completely fine and offer email instead.',
  consent: 'They shared contact details before seeing the consent notice (a person will call them back): thank them and ask once whether it is okay for the dealership to also call or text them, including by automated means (the notice is shown beside the input).',
  handoff: 'End by offering to have a person from the dealership reach out.',
};

function contactNote(input: ResponderInput, callback: string): string | undefined {
  const { contact } = input;
  switch (contact.kind) {
    case 'lead_created':
      return `They just shared their contact details with consent: thank them and say ${callback}.`;
    case 'lead_updated':
      return `They just updated their contact details: thank them and say ${callback}.`;
    case 'consent_declined':
      return 'They declined to be contacted: respect that, do not ask again, and keep helping.';
    case 'texts_declined':
      return 'They want a call back from a person but no texts or automated calls: confirm that, do not ask again, and keep helping.';
    case 'bad_phone':
      return `The phone number they typed cannot be used (${contact.reason}): kindly ask them to check it.`;
    case 'opted_out':
      return 'They asked not to be contacted: confirm the dealership will not call or text them, and ask for nothing.';
    case 'needs_consent':
    case 'none':
      return undefined;
  }
}

const WEEKDAY_TIME: Intl.DateTimeFormatOptions = { weekday: 'long', hour: 'numeric', minute: '2-digit' };

function clock(input: ResponderInput): { now: string; callback: string } {
  const { site, now } = input;
  const weekday = zonedFormat(site.timezone, 'en-US', WEEKDAY_TIME).format(now);
  const close = openUntil(site.businessHours, site.timezone, now);
  if (close) return { now: `${weekday}; the dealership is open until ${formatTime(close, 'en')}`, callback: 'a specialist will reach out shortly' };
  const opening = nextOpening(site.businessHours, site.timezone, now);
  const when = opening ? formatOpening(opening, 'en') : undefined;
  return {
    now: `${weekday}; the dealership is closed${when ? ` and opens ${when}` : ''}`,
    callback: when ? `a specialist will reach out when the dealership opens ${when}` : 'a specialist will reach out as soon as possible',
  };
}

/** What to say about a call for a person the team was told of (`ResponderInput.escalation`); the ask below still applies. */
function escalationNote(input: ResponderInput): string | undefined {
  const phase = input.escalation?.phase;
  if (phase === 'waiting') {
    return input.escalation?.started
      ? 'The dealership\'s team has been alerted and someone will join this chat in a moment: say so ("I\'ve let our team know — someone will join this chat in a moment"). Ask for no contact details and do not offer a call.'
      : 'Someone from the team is on the way to this chat: if they ask again, say someone will join in a moment. Ask for no contact details and do not offer a call.';
  }
  if (phase === 'unavailable') return 'They want a person, but nobody from the team is at the chat right now: say so honestly at once, then arrange a call back as the rules say.';
  if (phase === 'closed') return 'They want a person, but the dealership is closed: say so honestly and when it opens (from the local time above), then arrange a call back as the rules say.';
  return undefined;
}

/**
 * The chat server's notes for one reply: what the conversation policy decided (the same decisions the
 * offline responder makes, so the reply's metadata stays true), the time at the dealership and the
 * reply language. Built only from server-side values and enums, never from visitor text.
 *
 * @example turnNotes(input, plan.meta) // "Notes from the chat server for this reply: …"
 */
export function turnNotes(input: ResponderInput, meta: ReplyMeta): string {
  const { now, callback } = clock(input);
  const lines = [`Local time at the dealership: ${now}.`, `Reply in ${LANGUAGES[meta.language]}.`];
  if (input.visitor.returning && input.state.turn === 0) lines.push('This visitor has been on the site before: welcome them back.');
  const contact = contactNote(input, callback);
  if (contact) lines.push(contact);
  const escalation = escalationNote(input);
  if (escalation) lines.push(escalation);
  else if (meta.state.humanRequested && !input.state.humanRequested) lines.push('They want a person: arrange it as the rules say.');
  lines.push(...readingNotes(input, meta));
  const ask = meta.state.lastQuestion ? ASKS[meta.state.lastQuestion] : undefined;
  lines.push(ask ?? (input.contact.kind === 'opted_out' ? 'Ask nothing.' : 'Do not ask for contact details; offer more help if it fits.'));
  return `Notes from the chat server for this reply (not from the visitor):\n${lines.map((line) => `- ${line}`).join('\n')}`;
}
