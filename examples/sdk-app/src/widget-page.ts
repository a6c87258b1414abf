import { createCathy, type LeadCapturedEvent } from 'cathy-chat';
import { getConfig, getIdentity } from './api.js';

// Typed locally: a `declare global` would have to match every other one in this repository's single type-check.
const page = window as Window & { dataLayer?: Array<Record<string, unknown>> };

function pushLead(lead: LeadCapturedEvent): void {
  // Analytics tags must not receive personal data (Google Analytics' terms forbid it): the lead id and
  // what the shopper wants go in; the phone, email and name stay with Cathy and the dealer's CRM.
  const entry = { event: 'cathy_lead', leadId: lead.leadId, hasPhone: Boolean(lead.fields.phone), vehicle: lead.fields.vehicle };
  (page.dataLayer ??= []).push(entry);
  const item = document.createElement('li');
  item.textContent = JSON.stringify(entry);
  document.querySelector('#data-layer')?.append(item);
}

const config = await getConfig();
const cathy = createCathy({
  siteKey: config.siteKey,
  serverUrl: config.serverUrl,
  // Display only: what Cathy says and may promise is set on the server. The greeting shows until the
  // conversation's first stored message (the site's own greeting) arrives, e.g. while still connecting.
  persona: {
    name: 'Rosa',
    avatarUrl: new URL('/rosa.svg', location.href).href,
    greeting: "Hi, I'm Rosa. Looking for something new, or checking on a car you saw?",
  },
  // The brand colour lives once, in the page's stylesheet.
  theme: { accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(), position: 'left' },
  onLead: pushLead,
});
document.querySelector('#open-chat')?.addEventListener('click', () => cathy.open());

const shown = document.querySelector<HTMLElement>('#identity');
try {
  const identity = await getIdentity();
  const { verified } = await cathy.identify(identity);
  if (shown) {
    shown.dataset.verified = String(verified);
    shown.textContent = `Signed in as ${identity.name} (${identity.externalId}): Cathy ${verified ? 'verified' : 'could not verify'} the userHash`;
  }
} catch (error) {
  if (shown) shown.textContent = `Could not identify: ${(error as Error).message}`;
}
