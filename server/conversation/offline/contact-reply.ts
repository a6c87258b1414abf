import { askFor } from './ask.js';
import { callbackAnswer } from './hours-answer.js';
import type { Ask, ReplyContext } from './reply-context.js';

export interface ContactReply {
  lines: string[];
  /** The question this outcome calls for; `null` when the reply must ask nothing; absent to follow the flow. */
  ask?: Ask | null;
}

/**
 * What Cathy says about the contact details the engine just handled.
 *
 * @example contactReply(ctx) // { lines: ['Thank you, Maria!', 'A specialist will reach out shortly.'], ask: { slot: 'callTime', … } }
 */
export function contactReply(ctx: ReplyContext): ContactReply {
  const { say, input, locale } = ctx;
  const { contact, facts, site, now } = input;
  switch (contact.kind) {
    case 'none':
      return { lines: [] };
    case 'lead_created':
    case 'lead_updated': {
      const thanks = say(contact.kind === 'lead_created' ? 'leadThanks' : 'leadUpdated', { name: ctx.name });
      const hasPhone = Boolean(contact.phone ?? facts.phone);
      const ask = hasPhone && !facts.callTime ? askFor(ctx, 'callTime') : undefined;
      return { lines: [thanks, callbackAnswer(site, now, locale, say)], ask };
    }
    case 'needs_consent': {
      const channel = contact.phone ? 'phone' : 'email';
      return { lines: [], ask: { slot: 'consent', text: say('askConsent', { dealer: ctx.dealer, channel }) } };
    }
    case 'consent_declined':
      return { lines: [say('consentDeclined', {})] };
    case 'texts_declined':
      return { lines: [say('textsDeclined', {})], ask: null };
    case 'bad_phone':
      return { lines: [], ask: { slot: 'phone', text: say('badPhone', { reason: contact.reason }) } };
    case 'opted_out':
      return { lines: [say('optedOut', { dealer: ctx.dealer })], ask: null };
  }
}
