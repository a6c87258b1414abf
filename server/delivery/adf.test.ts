import { describe, expect, it } from 'vitest';
import { parseAdf } from '../test/support/adf.js';
import { adfDtdErrors } from '../test/support/adf-dtd.js';
import type { LeadRecord, SiteRecord } from '../store/records.js';
import { buildAdf } from './adf.js';
import { testLead, testSite } from './test-lead.js';

const PUBLIC_URL = 'https://chat.example';
const parse = (xml: string) => ({ adf: { prospect: parseAdf(xml) } });

describe('buildAdf', () => {
  it('puts the XML declaration first, then the ADF instruction, then <adf>', () => {
    const xml = buildAdf({ lead: testLead(), site: testSite(), status: 'new', publicUrl: PUBLIC_URL });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<?adf version="1.0"?>\n<adf>')).toBe(true);
  });

  it('has the required elements with the lead values', () => {
    const { prospect } = parse(buildAdf({ lead: testLead(), site: testSite(), status: 'new', publicUrl: PUBLIC_URL })).adf;
    expect(prospect['@status']).toBe('new');
    expect(prospect.id).toMatchObject({ '#text': testLead().id, '@sequence': '1', '@source': 'Cathy Chat' });
    expect(prospect.requestdate).toBe('2025-03-01T10:04:05-05:00');
    const [wanted, tradeIn] = prospect.vehicle;
    expect(wanted).toMatchObject({ '@interest': 'buy', '@status': 'used', year: '2019', make: 'Honda', model: 'CR-V' });
    expect(wanted?.finance?.amount).toEqual([
      { '#text': '2000', '@type': 'downpayment', '@currency': 'USD' },
      { '#text': '350', '@type': 'monthly', '@limit': 'maximum', '@currency': 'USD' },
    ]);
    expect(tradeIn).toMatchObject({ '@interest': 'trade-in', year: '', make: '', model: '', comments: '2012 Corolla' });
    const { contact, timeframe, comments } = prospect.customer;
    expect(contact.name).toEqual([{ '#text': 'Maria', '@part': 'first' }, { '#text': 'Lopez', '@part': 'last' }]);
    expect(contact.phone).toEqual({ '#text': '3058142279', '@type': 'voice', '@time': 'evening' });
    expect(timeframe.description).toBe('this weekend');
    expect(comments).toContain('Maria Lopez is interested in a used 2019 Honda CR-V');
    expect(comments).toContain('Credit situation, in their words: "took a hit after a divorce, rebuilding it now"');
    expect(comments).toMatch(/^Calls and texts OK — written consent at Sat, Mar 1, 10:04 AM EST on \/inventory\/2019-honda-cr-v\./);
    expect(comments).toContain('Down payment: $2,000.');
    expect(comments).toContain('Prefers texts.');
    expect(comments).toContain('Landing page: https://sunrise.example/finance?utm_source=google; referrer https://www.google.com/; UTM source=google, campaign=spring.');
    expect(comments).toContain('Questions for a specialist: "can I use an ITIN?".');
    expect(prospect.vendor).toMatchObject({ vendorname: 'Sunrise Auto', contact: { name: [{ '#text': 'Sunrise Auto', '@part': 'full' }] } });
    expect(prospect.provider).toMatchObject({ name: [{ '#text': 'Cathy Chat' }], url: PUBLIC_URL });
  });

  it('escapes what visitors and dealers type, and drops characters XML cannot hold', () => {
    const lead = testLead({
      contact: { name: 'Ana "Chica" <b>&', email: 'ana&co@example.com' },
      interest: { vehicle: 'F-150 & <trailer>', timeframe: 'soon\u0000\u0007 ]]>', credit: 'fine\u202e 000,01$ \u2066ok\u2069' },
      summary: 'R&D <script>alert(1)</script> \'quoted\'',
    });
    const site = testSite({ name: 'Smith & Sons "Motors" <Miami>' });
    const xml = buildAdf({ lead, site, status: 'resend', publicUrl: 'https://chat.example/?a=1&b=2' });
    const { prospect } = parse(xml).adf;
    expect(xml).not.toContain('<script>');
    expect(prospect['@status']).toBe('resend');
    expect(xml).toContain('<name part="full">Ana &quot;Chica&quot; &lt;b&gt;&amp;</name>');
    expect(prospect.customer.contact.name).toEqual([{ '#text': 'Ana "Chica" <b>&', '@part': 'full' }]);
    expect(prospect.customer.contact.email).toBe('ana&co@example.com');
    expect(prospect.vendor.vendorname).toBe('Smith & Sons "Motors" <Miami>');
    expect(prospect.customer.timeframe.description).toBe('soon ]]>');
    expect(prospect.customer.comments).toContain('"fine 000,01$ ok"');
    expect(prospect.provider.url).toBe('https://chat.example/?a=1&b=2');
  });

  it('keeps year, make and model when the vehicle is unknown, and omits what is not known', () => {
    const lead = testLead({ contact: { email: 'ana@example.com' }, interest: {} });
    const { prospect } = parse(buildAdf({ lead, site: testSite({ phone: undefined }), status: 'new', publicUrl: PUBLIC_URL })).adf;
    expect(prospect.vehicle).toEqual([{ '@interest': 'buy', year: '', make: '', model: '', comments: '' }]);
    expect(prospect.customer.contact).toEqual({ name: [{ '@part': 'full' }], email: 'ana@example.com' });
    expect(prospect.customer).not.toHaveProperty('timeframe');
    expect(prospect.vendor.contact).toEqual({ name: [{ '#text': 'Sunrise Auto', '@part': 'full' }], email: 'sales@sunrise.example' });
  });

  it('says do-not-contact first in the comments of an opted-out lead', () => {
    const lead = testLead({ doNotContact: true, status: 'do_not_contact', consent: { ...testLead().consent, level: 'do_not_contact' } });
    const { prospect } = parse(buildAdf({ lead, site: testSite(), status: 'resend', publicUrl: PUBLIC_URL })).adf;
    expect(prospect.customer.comments).toMatch(/^Do not contact — the shopper opted out of calls and texts\./);
  });

  it('says a volunteered number allows a call back only', () => {
    const lead = testLead({ consent: { ...testLead().consent, level: 'contact_requested' } });
    const { prospect } = parse(buildAdf({ lead, site: testSite(), status: 'new', publicUrl: PUBLIC_URL })).adf;
    expect(prospect.customer.comments).toMatch(/^Call back OK — no consent to texts or autodialed calls\./);
  });

  it('takes the phone time from the call time the shopper gave', () => {
    const lead = testLead({ interest: { callTime: 'morning' } });
    expect(parse(buildAdf({ lead, site: testSite(), status: 'new', publicUrl: PUBLIC_URL })).adf.prospect.customer.contact.phone['@time']).toBe('morning');
  });

  it("follows the site's CRM settings: no XML declaration, E.164 phones", () => {
    const xml = buildAdf({ lead: testLead(), site: testSite({ adf: { xmlDeclaration: false, phoneFormat: 'e164' } }), status: 'new', publicUrl: PUBLIC_URL });
    expect(xml.startsWith('<?adf version="1.0"?>\n<adf>')).toBe(true);
    expect(parse(xml).adf.prospect.customer.contact.phone['#text']).toBe('+13058142279');
  });

  describe('against the ADF 1.0 DTD', () => {
    const bare = testLead({ contact: { phone: '+13058142279' }, interest: {}, source: {}, summary: 'The visitor is interested in a vehicle (not specified yet).' });
    const leads: Array<[string, LeadRecord]> = [
      ['a full lead', testLead()],
      ['a lead with a phone only', bare],
      ['a lead with an email only', testLead({ contact: { email: 'ana@example.com' }, interest: {} })],
      ['a lead with a name, phone and email', testLead({ contact: { ...testLead().contact, email: 'maria@example.com' } })],
      ['a lead without a trade-in', testLead({ interest: { ...testLead().interest, tradeIn: 'none' } })],
      ['a lead with a down payment only', testLead({ interest: { downPayment: 1500 } })],
      ['a lead with a monthly budget only', testLead({ interest: { monthlyBudget: 300 } })],
      ['a lead with a timeframe only', testLead({ interest: { timeframe: 'next month' } })],
      ['an opted-out lead', testLead({ doNotContact: true, status: 'do_not_contact' })],
      ['an update', testLead({ version: 3, status: 'updated' })],
    ];
    const sites: Array<[string, SiteRecord]> = [
      ['a site with a phone', testSite()],
      ['a site without a phone', testSite({ phone: undefined })],
      ['a site with no recipients and no phone', testSite({ phone: undefined, leadRecipients: [], adfRecipients: [] })],
      ['a site without the XML declaration', testSite({ adf: { xmlDeclaration: false, phoneFormat: 'e164' } })],
    ];
    it.each(leads.flatMap(([leadName, lead]) => sites.map(([siteName, site]) => [leadName, siteName, lead, site] as const)))(
      'accepts %s on %s',
      async (_lead, _site, lead, site) => {
        const xml = buildAdf({ lead, site, status: lead.version > 1 ? 'resend' : 'new', publicUrl: PUBLIC_URL });
        expect(await adfDtdErrors(xml)).toBe('');
      },
    );

    it('refuses a contact with a name only, as the vendor contact of a site without a phone once was', async () => {
      const xml = buildAdf({ lead: testLead(), site: testSite(), status: 'new', publicUrl: PUBLIC_URL }).replace(
        /<phone type="voice">\(305\) 555-0142<\/phone>\n/,
        '',
      );
      expect(await adfDtdErrors(xml)).toMatch(/element contact: validity error/);
    });
  });
});
