import type { LeadRecord, SiteRecord } from '../store/records.js';
import { upgradeLead } from '../store/lead-reads.js';

/** A complete lead and site for the delivery unit tests, each overridable. */

export const CREATED = new Date('2025-03-01T15:04:05.000Z');

export function testSite(overrides: Partial<SiteRecord> = {}): SiteRecord {
  return {
    id: 'site-1',
    name: 'Sunrise Auto',
    publicKey: 'pk_test',
    secretKeyHash: 'hash',
    identitySecret: 'identity',
    allowedOrigins: ['https://sunrise.example'],
    persona: { name: 'Cathy', greeting: 'Hi!' },
    theme: {},
    leadRecipients: ['sales@sunrise.example'],
    adfRecipients: ['crm@sunrise.example'],
    timezone: 'America/New_York',
    businessHours: {},
    defaultCountry: 'US',
    locale: 'en',
    phone: '(305) 555-0142',
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  };
}

export function testLead(overrides: Partial<LeadRecord> = {}): LeadRecord {
  return upgradeLead({
    id: '01950000-0000-7000-8000-000000000001',
    siteId: 'site-1',
    visitorId: 'visitor-1',
    conversationId: '01950000-0000-7000-8000-0000000000c1',
    status: 'new',
    doNotContact: false,
    version: 1,
    contact: { name: 'Maria Lopez', firstName: 'Maria', lastName: 'Lopez', phone: '+13058142279', phoneNational: '(305) 814-2279' },
    interest: {
      vehicle: '2019 Honda CR-V',
      year: 2019,
      make: 'Honda',
      model: 'CR-V',
      condition: 'used',
      tradeIn: '2012 Corolla',
      budget: '$350 a month',
      monthlyBudget: 350,
      downPayment: 2000,
      contactPreference: 'text',
      credit: 'took a hit after a divorce, rebuilding it now',
      timeframe: 'this weekend',
      callTime: 'evening',
    },
    consent: {
      level: 'express_written',
      text: 'By sharing your number…',
      shownAt: CREATED,
      givenAt: CREATED,
      messageId: 'm-1',
      phone: '+13058142279',
      pageUrl: 'https://sunrise.example/inventory/2019-honda-cr-v',
    },
    source: {
      page: { url: 'https://sunrise.example/finance?utm_source=google', title: 'Financing' },
      referrer: 'https://www.google.com/',
      utm: { source: 'google', campaign: 'spring' },
    },
    openQuestions: ['can I use an ITIN?'],
    language: 'en',
    summary: 'Maria Lopez is interested in a used 2019 Honda CR-V. Budget: $350 a month.',
    delivery: { status: 'pending', updatedAt: CREATED },
    pendingJobs: [],
    createdAt: CREATED,
    updatedAt: CREATED,
    ...overrides,
  });
}
