import type { LeadRecord, MessageRecord, SiteRecord } from '../store/records.js';
import { UNSAFE_CONTROLS } from '../../sdk/protocol/unsafe-text.js';
import { displayTime } from './zoned-time.js';

/** Visitor words as a salesperson should see them: a bidi override in a message must not reorder the email. */
const visible = (text: string) => text.replace(UNSAFE_CONTROLS, '');

/** What a salesperson needs from a lead, in reading order; the text and HTML emails both render this. */
export interface LeadBrief {
  /** "Call now", "Updated lead: call now" or "Do not contact". */
  urgency: string;
  name: string;
  phone?: { display: string; tel: string };
  email?: string;
  doNotContact: boolean;
  /** Label and value pairs: what they want, budget, trade-in, credit in their words, timeframe… */
  facts: Array<{ label: string; value: string }>;
  page?: { url: string; title?: string };
  summary: string;
  transcript: Array<{ who: string; at: string; text: string }>;
  /** True when older messages were left out of `transcript`. */
  transcriptCut: boolean;
  consent: string;
  links: { conversation: string; lead: string };
  dealer: string;
}

export interface BriefInput {
  lead: LeadRecord;
  site: Pick<SiteRecord, 'name' | 'timezone' | 'persona'>;
  event: 'lead.created' | 'lead.updated';
  messages: MessageRecord[];
  transcriptCut: boolean;
  publicUrl: string;
}

const LANGUAGES: Record<string, string> = { es: 'Spanish' };

function wants(interest: LeadRecord['interest']): string {
  const vehicle = interest.vehicle ?? [interest.year, interest.make, interest.model].filter(Boolean).join(' ');
  if (vehicle) return interest.condition && !vehicle.toLowerCase().includes(interest.condition) ? `${interest.condition} ${vehicle}` : vehicle;
  return interest.condition ? `a ${interest.condition} vehicle` : 'not said yet';
}

function factsOf(lead: LeadRecord): LeadBrief['facts'] {
  const { interest } = lead;
  const rows: Array<[string, string | undefined]> = [
    ['Wants', wants(interest)],
    ['Budget', interest.budget],
    ['Trade-in', interest.tradeIn === 'none' ? 'none' : interest.tradeIn],
    ['Credit, in their words', interest.credit && `“${interest.credit}”`],
    ['Timeframe', interest.timeframe],
    ['Best time to call', interest.callTime],
    ['Language', LANGUAGES[lead.language]],
  ];
  return rows.flatMap(([label, value]) => (value ? [{ label, value: visible(value) }] : []));
}

export function leadBrief({ lead, site, event, messages, transcriptCut, publicUrl }: BriefInput): LeadBrief {
  const { contact } = lead;
  const reach = contact.phone ? 'call now' : 'email now';
  const urgency = lead.doNotContact
    ? 'Do not contact'
    : event === 'lead.updated'
      ? `Updated lead: ${reach}`
      : reach.charAt(0).toUpperCase() + reach.slice(1);
  const cathy = site.persona.name || 'Cathy';
  return {
    urgency,
    name: contact.name ? visible(contact.name) : 'Name not given',
    ...(contact.phone ? { phone: { display: contact.phoneNational ?? contact.phone, tel: contact.phone } } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    doNotContact: lead.doNotContact,
    facts: factsOf(lead),
    ...(lead.source.page ? { page: { url: lead.source.page.url, title: lead.source.page.title && visible(lead.source.page.title) } } : {}),
    summary: visible(lead.summary),
    transcript: messages.map((message) => ({
      who: message.role === 'visitor' ? 'Visitor' : message.role === 'agent' ? 'Agent' : cathy,
      at: displayTime(message.createdAt, site.timezone),
      text: visible(message.text),
    })),
    transcriptCut,
    consent: `Consent to calls and texts given ${displayTime(lead.consent.givenAt, site.timezone)} next to this disclosure: “${lead.consent.text}”`,
    links: {
      conversation: `${publicUrl}/v1/conversations/${lead.conversationId}`,
      lead: `${publicUrl}/v1/leads/${lead.id}`,
    },
    dealer: site.name,
  };
}

/** One line, for the subject: newlines or tabs a visitor typed must not reach a mail header. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** e.g. "Call now: Maria Lopez – used 2019 Honda CR-V | Sunrise Auto". */
export function leadSubject(brief: LeadBrief): string {
  const wanted = brief.facts.find((fact) => fact.label === 'Wants')?.value;
  const what = wanted && wanted !== 'not said yet' ? ` – ${wanted}` : '';
  return oneLine(`${brief.urgency}: ${brief.name}${what} | ${brief.dealer}`).slice(0, 200);
}
