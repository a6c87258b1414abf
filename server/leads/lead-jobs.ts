import type { LeadRecord, NewOutboxJob, SiteRecord } from '../store/records.js';

/** What the site wants done when a lead is created or changes. */
export function jobsFor(site: SiteRecord, event: NewOutboxJob['event']): NewOutboxJob[] {
  const jobs: NewOutboxJob[] = [];
  if (site.leadRecipients.length > 0) jobs.push({ kind: 'email.lead', event });
  if (site.adfRecipients.length > 0) jobs.push({ kind: 'email.adf', event });
  if (site.webhook) jobs.push({ kind: 'webhook', event });
  return jobs;
}

export function deliveryFor(jobs: NewOutboxJob[], now: Date): LeadRecord['delivery'] {
  return { status: jobs.length > 0 ? 'pending' : 'none', updatedAt: now };
}
