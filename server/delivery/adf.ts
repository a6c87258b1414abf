import { XMLBuilder } from 'fast-xml-parser';
import type { AdfSettings, ConsentRecord, LeadRecord, SiteRecord } from '../store/records.js';
import { xmlText } from './xml-text.js';
import { isoWithOffset } from './zoned-time.js';

export interface AdfInput {
  lead: LeadRecord;
  site: Pick<SiteRecord, 'name' | 'phone' | 'timezone' | 'adf'>;
  /** `resend` for an update of a lead the CRM already has. */
  status: 'new' | 'resend';
  publicUrl: string;
}

export const ADF_DEFAULTS: Required<AdfSettings> = { xmlDeclaration: true, phoneFormat: 'digits', attachment: false };

const PROVIDER = 'Cathy Chat';
const CALL_TIMES = new Set(['morning', 'afternoon', 'evening', 'nopreference', 'day']);

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  processEntities: true,
  suppressEmptyNode: false,
});

type Node = Record<string, unknown>;

const text = (value: string | number | undefined) => xmlText(value);
const withAttributes = (attributes: Record<string, string>, value: string | number | undefined): Node => ({
  ...Object.fromEntries(Object.entries(attributes).map(([key, attr]) => [`@${key}`, attr])),
  '#text': text(value),
});

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

function vehicles(interest: LeadRecord['interest']): Node[] {
  const wanted: Node = {
    '@interest': 'buy',
    ...(interest.condition ? { '@status': interest.condition } : {}),
    // Required even when unknown: receivers refuse a vehicle without them, and accept them empty.
    year: text(interest.year),
    make: text(interest.make),
    model: text(interest.model),
    ...(interest.monthlyBudget !== undefined
      ? { finance: { method: 'finance', amount: withAttributes({ type: 'monthly', limit: 'maximum', currency: 'USD' }, interest.monthlyBudget) } }
      : {}),
    comments: text([interest.vehicle, interest.budget && `Budget: ${interest.budget}`].filter(Boolean).join('. ')),
  };
  if (!interest.tradeIn || interest.tradeIn === 'none') return [wanted];
  const tradeIn: Node = { '@interest': 'trade-in', '@status': 'used', year: '', make: '', model: '', comments: text(interest.tradeIn) };
  return [wanted, tradeIn];
}

function consentNote(consent: ConsentRecord): string {
  const given = `Consent to calls/texts given ${consent.givenAt.toISOString()}`;
  return consent.revokedAt ? `${given}, withdrawn ${consent.revokedAt.toISOString()} (opted out).` : `${given}.`;
}

function customerComments(lead: LeadRecord): string {
  const parts: string[] = [];
  if (lead.doNotContact) parts.push('DO NOT CONTACT: the visitor opted out of calls and texts.');
  parts.push(lead.summary);
  const credit = lead.interest.credit;
  if (credit && !lead.summary.includes(credit)) parts.push(`Credit situation, in their words: "${credit}".`);
  if (lead.source.page?.url) parts.push(`Page: ${lead.source.page.url}`);
  parts.push(consentNote(lead.consent));
  // A CRM has one customer per prospect: other conversations with the same number are noted, attributed.
  lead.conversations.slice(1).forEach((entry, index) => {
    const who = entry.visitorId === lead.visitorId ? 'the same visitor' : 'another visitor';
    const said = [entry.contact.name && `name given "${entry.contact.name}"`, entry.interest.vehicle && `wants ${entry.interest.vehicle}`].filter(Boolean);
    parts.push(`Conversation ${index + 2} with this number or email, ${who}${said.length > 0 ? `: ${said.join(', ')}` : ''}. ${consentNote(entry.consent)}`);
  });
  return text(parts.join(' '));
}

function customer(lead: LeadRecord, settings: Required<AdfSettings>): Node {
  const { contact, interest } = lead;
  const callTime = interest.callTime && CALL_TIMES.has(interest.callTime) ? interest.callTime : 'nopreference';
  return {
    contact: {
      name: names(contact),
      ...(contact.email ? { email: text(contact.email) } : {}),
      ...(contact.phone ? { phone: withAttributes({ type: 'voice', time: callTime }, phoneFor(contact.phone, settings.phoneFormat)) } : {}),
    },
    ...(interest.timeframe ? { timeframe: { description: text(interest.timeframe) } } : {}),
    comments: customerComments(lead),
  };
}

/**
 * The lead as an ADF 1.0 document (see docs/domain.md): the XML declaration before `<?adf version="1.0"?>`, every
 * value escaped by the builder, never by hand.
 *
 * @example
 * const xml = buildAdf({ lead, site, status: lead.version > 1 ? 'resend' : 'new', publicUrl: 'https://chat.example' });
 */
export function buildAdf({ lead, site, status, publicUrl }: AdfInput): string {
  const settings = { ...ADF_DEFAULTS, ...site.adf };
  const document: Node = {
    ...(settings.xmlDeclaration ? { '?xml': { '@version': '1.0', '@encoding': 'UTF-8' } } : {}),
    '?adf': { '@version': '1.0' },
    adf: {
      prospect: {
        '@status': status,
        id: withAttributes({ sequence: String(lead.version), source: PROVIDER }, lead.id),
        requestdate: isoWithOffset(lead.createdAt, site.timezone),
        vehicle: vehicles(lead.interest),
        customer: customer(lead, settings),
        vendor: {
          vendorname: text(site.name),
          contact: {
            name: withAttributes({ part: 'full' }, site.name),
            ...(site.phone ? { phone: withAttributes({ type: 'voice' }, site.phone) } : {}),
          },
        },
        provider: {
          name: withAttributes({ part: 'full' }, PROVIDER),
          service: 'AI chat assistant',
          url: text(publicUrl),
        },
      },
    },
  };
  return builder.build(document) as string;
}
