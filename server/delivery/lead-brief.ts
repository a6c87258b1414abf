import type { LeadRecord, MessageRecord, SiteRecord } from '../store/records.js';
import { campaignLine, dollars, permissionLine, preferenceLine } from './lead-notes.js';
import { displayTime } from './zoned-time.js';

/** What a salesperson needs from a lead, in reading order; the text and HTML emails both render this. */
export interface LeadBrief {
  /** "Call now", "Updated lead: call now" or "Do not contact". */
  urgency: string;
  /** What this update changed; empty for a new lead. */
  changes: string[];
  /** What the dealer may do, e.g. "Call back OK — no consent to texts or autodialed calls". */
  permission: string;
  name: string;
  phone?: { display: string; tel: string };
  email?: string;
  doNotContact: boolean;
  /** Label and value pairs: what they want, budget, trade-in, credit in their words, timeframe… */
  facts: Array<{ label: string; value: string }>;
  page?: { url: string; title?: string };
  summary: string;
  /** Questions Cathy left to a specialist, in the shopper's words. */
  openQuestions: string[];
  transcript: Array<{ who: string; at: string; text: string }>;
  /** True when older messages were left out of `transcript`. */
  transcriptCut: boolean;
  consent: string;
  /** `conversation`: the signed read-only page a salesperson opens without a key; `lead`: the API. */
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
  /** The signed, expiring link to the read-only conversation page. */
  conversationUrl: string;
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
    ['Down payment', interest.downPayment !== undefined ? dollars(interest.downPayment) : undefined],
    ['Monthly budget', interest.monthlyBudget !== undefined ? `up to ${dollars(interest.monthlyBudget)}` : undefined],
    ['Trade-in', interest.tradeIn === 'none' ? 'none' : interest.tradeIn],
    ['Credit, in their words', interest.credit && `“${interest.credit}”`],
    ['Timeframe', interest.timeframe],
    ['Best time to call', interest.callTime],
    ['Texting', preferenceLine(lead)],
    ['Came from', campaignLine(lead)],
    ['Language', LANGUAGES[lead.language]],
  ];
  return rows.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

export function leadBrief({ lead, site, event, messages, transcriptCut, publicUrl, conversationUrl }: BriefInput): LeadBrief {
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
    permission: permissionLine(lead, site.timezone),
    changes: event === 'lead.updated' ? (lead.lastChanges ?? []) : [],
    name: contact.name ?? 'Name not given',
    ...(contact.phone ? { phone: { display: contact.phoneNational ?? contact.phone, tel: contact.phone } } : {}),
    ...(contact.email ? { email: contact.email } : {}),
    doNotContact: lead.doNotContact,
    facts: factsOf(lead),
    ...(lead.source.page ? { page: { url: lead.source.page.url, title: lead.source.page.title } } : {}),
    summary: lead.summary,
    openQuestions: lead.openQuestions ?? [],
    transcript: messages.map((message) => ({
      who: message.role === 'visitor' ? 'Visitor' : message.role === 'agent' ? 'Agent' : cathy,
      at: displayTime(message.createdAt, site.timezone),
      text: message.text,
    })),
    transcriptCut,
    consent: `Consent record: ${lead.consent.level} at ${displayTime(lead.consent.givenAt, site.timezone)}; disclosure: “${lead.consent.text}”`,
    links: {
      conversation: conversationUrl,
      lead: `${publicUrl}/v1/leads/${lead.id}`,
    },
    dealer: site.name,
  };
}

/** One line, for the subject: newlines or tabs a visitor typed must not reach a mail header. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** e.g. "Call now: Maria Lopez – used 2019 Honda CR-V | Sunrise Auto", or "Update: call time – Maria Lopez – …". */
export function leadSubject(brief: LeadBrief): string {
  const wanted = brief.facts.find((fact) => fact.label === 'Wants')?.value;
  const what = wanted && wanted !== 'not said yet' ? ` – ${wanted}` : '';
  if (brief.changes.length > 0 && !brief.doNotContact) return oneLine(`Update: ${brief.changes.join(', ')} – ${brief.name}${what} | ${brief.dealer}`).slice(0, 200);
  return oneLine(`${brief.urgency}: ${brief.name}${what} | ${brief.dealer}`).slice(0, 200);
}
