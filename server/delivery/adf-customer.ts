import type { AdfSettings, LeadRecord } from '../store/records.js';
import { text, withAttributes, type Node } from './adf-node.js';
import { dollars, permissionLine, preferenceLine, campaignLine } from './lead-notes.js';

const CALL_TIMES = new Set(['morning', 'afternoon', 'evening', 'nopreference', 'day']);

function phoneFor(e164: string, format: AdfSettings['phoneFormat']): string {
  return format === 'digits' && /^\+1\d{10}$/.test(e164) ? e164.slice(2) : e164;
}

function names(contact: LeadRecord['contact']): Node[] {
  if (contact.firstName || contact.lastName) {
    return [
      ...(contact.firstName ? [withAttributes({ part: 'first' }, contact.firstName)] : []),
      ...(contact.lastName ? [withAttributes({ part: 'last' }, contact.lastName)] : []),
    ];
  }
  // ADF requires a name; an empty one tells the CRM "unknown" without inventing anybody.
  return [withAttributes({ part: 'full' }, contact.name)];
}

function comments(lead: LeadRecord, timeZone: string): string {
  const { interest } = lead;
  // What the dealer may do comes first: a CRM often shows only the start of the comments.
  const parts: string[] = [`${permissionLine(lead, timeZone)}.`, lead.summary];
  if (interest.credit && !lead.summary.includes(interest.credit)) parts.push(`Credit situation, in their words: "${interest.credit}".`);
  if (interest.downPayment !== undefined) parts.push(`Down payment: ${dollars(interest.downPayment)}.`);
  const preference = preferenceLine(lead);
  if (preference) parts.push(`${preference}.`);
  const landing = [lead.source.page?.url, campaignLine(lead)].filter(Boolean).join('; ');
  if (landing) parts.push(`Landing page: ${landing}.`);
  if (lead.openQuestions?.length) parts.push(`Questions for a specialist: ${lead.openQuestions.map((q) => `"${q}"`).join('; ')}.`);
  // A CRM has one customer per prospect: other conversations with the same number are noted, attributed.
  lead.conversations.slice(1).forEach((entry, index) => {
    const who = entry.visitorId === lead.visitorId ? 'the same visitor' : 'another visitor';
    const said = [entry.contact.name && `name given "${entry.contact.name}"`, entry.interest.vehicle && `wants ${entry.interest.vehicle}`].filter(Boolean);
    const consent = entry.consent.revokedAt ? `opted out ${entry.consent.revokedAt.toISOString()}` : `consent: ${entry.consent.level}`;
    parts.push(`Conversation ${index + 2} with this number or email, ${who}${said.length > 0 ? `: ${said.join(', ')}` : ''}. ${consent}.`);
  });
  return text(parts.join(' '));
}

/** The ADF `customer`: the shopper's contact (a name, then email and/or phone), timeframe and comments. */
export function adfCustomer(lead: LeadRecord, settings: Required<AdfSettings>, timeZone: string): Node {
  const { contact, interest } = lead;
  const callTime = interest.callTime && CALL_TIMES.has(interest.callTime) ? interest.callTime : 'nopreference';
  return {
    contact: {
      name: names(contact),
      ...(contact.email ? { email: text(contact.email) } : {}),
      ...(contact.phone ? { phone: withAttributes({ type: 'voice', time: callTime }, phoneFor(contact.phone, settings.phoneFormat)) } : {}),
    },
    ...(interest.timeframe ? { timeframe: { description: text(interest.timeframe) } } : {}),
    comments: comments(lead, timeZone),
  };
}
