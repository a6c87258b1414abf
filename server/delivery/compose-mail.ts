import type { LeadRecord, OutboxJobRecord, SiteRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { ADF_DEFAULTS, buildAdf } from './adf.js';
import { leadBrief, leadSubject } from './lead-brief.js';
import { leadEmailHtml } from './lead-email-html.js';
import { leadEmailText } from './lead-email-text.js';
import type { OutgoingMail } from './mailer.js';

/** A long chat still fits a phone screen's scrolling patience; the API has the whole conversation. */
const TRANSCRIPT_MESSAGES = 60;
/** Each other conversation that gave the same number: enough to judge who it was. */
const OTHER_TRANSCRIPT_MESSAGES = 30;

export interface ComposeInput {
  store: Store;
  job: OutboxJobRecord;
  lead: LeadRecord;
  site: SiteRecord;
  publicUrl: string;
  /** The signed read-only conversation page. */
  conversationUrl: string;
}

function adfOf({ job, lead, site, publicUrl }: ComposeInput): string {
  return buildAdf({ lead, site, status: job.event === 'lead.created' ? 'new' : 'resend', publicUrl });
}

const xmlAttachment = (xml: string) => ({ filename: 'lead.xml', content: xml, contentType: 'text/xml; charset=utf-8' });

/** The salesperson email: summary, tap-to-call, transcript, and the ADF XML attached for forwarding to a CRM. */
export async function composeLeadMail(input: ComposeInput): Promise<OutgoingMail> {
  const { store, job, lead, site, publicUrl, conversationUrl } = input;
  const messages = await store.messages.latest(lead.conversationId, TRANSCRIPT_MESSAGES);
  const otherMessages = Object.fromEntries(
    await Promise.all(
      lead.conversations.slice(1).map(async ({ conversationId }) => {
        const latest = await store.messages.latest(conversationId, OTHER_TRANSCRIPT_MESSAGES);
        return [conversationId, { messages: latest, cut: latest.length === OTHER_TRANSCRIPT_MESSAGES }] as const;
      }),
    ),
  );
  const transcriptCut = messages.length === TRANSCRIPT_MESSAGES;
  // Only creations and fact updates are ever emailed (see leads/lead-jobs.ts).
  const event = job.event === 'lead.created' ? 'lead.created' : 'lead.updated';
  const brief = leadBrief({ lead, site, event, messages, transcriptCut, otherMessages, publicUrl, conversationUrl });
  return {
    jobId: job.id,
    to: site.leadRecipients,
    subject: leadSubject(brief),
    text: leadEmailText(brief),
    html: leadEmailHtml(brief),
    // Replying reaches the shopper, unless they asked not to be contacted.
    ...(lead.contact.email && !lead.doNotContact ? { replyTo: lead.contact.email } : {}),
    attachments: [xmlAttachment(adfOf(input))],
  };
}

/** The CRM email: the body is only the ADF XML, as plain text, which is what CRM intake parsers read. */
export function composeAdfMail(input: ComposeInput): OutgoingMail {
  const { job, site } = input;
  const xml = adfOf(input);
  const attach = site.adf?.attachment ?? ADF_DEFAULTS.attachment;
  return {
    jobId: job.id,
    to: site.adfRecipients,
    subject: `${job.event === 'lead.created' ? 'New' : 'Updated'} lead for ${site.name} (ADF)`,
    text: xml,
    ...(attach ? { attachments: [xmlAttachment(xml)] } : {}),
  };
}
