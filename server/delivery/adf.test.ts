import { describe, expect, it } from 'vitest';
import { parseAdf } from '../test/support/adf.js';
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
    expect(wanted?.finance?.amount).toMatchObject({ '#text': '350', '@type': 'monthly' });
    expect(tradeIn).toMatchObject({ '@interest': 'trade-in', year: '', make: '', model: '', comments: '2012 Corolla' });
    const { contact, timeframe, comments } = prospect.customer;
    expect(contact.name).toEqual([{ '#text': 'Maria', '@part': 'first' }, { '#text': 'Lopez', '@part': 'last' }]);
    expect(contact.phone).toEqual({ '#text': '3058142279', '@type': 'voice', '@time': 'evening' });
    expect(timeframe.description).toBe('this weekend');
    expect(comments).toContain('Maria Lopez is interested in a used 2019 Honda CR-V');
    expect(comments).toContain('Credit situation, in their words: "took a hit after a divorce, rebuilding it now"');
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
    expect(prospect.vendor.contact).not.toHaveProperty('phone');
  });

  it('says do-not-contact first in the comments of an opted-out lead', () => {
    const { prospect } = parse(buildAdf({ lead: testLead({ doNotContact: true, status: 'do_not_contact' }), site: testSite(), status: 'resend', publicUrl: PUBLIC_URL })).adf;
    expect(prospect.customer.comments).toMatch(/^DO NOT CONTACT/);
  });

  it("follows the site's CRM settings: no XML declaration, E.164 phones", () => {
    const xml = buildAdf({ lead: testLead(), site: testSite({ adf: { xmlDeclaration: false, phoneFormat: 'e164' } }), status: 'new', publicUrl: PUBLIC_URL });
    expect(xml.startsWith('<?adf version="1.0"?>\n<adf>')).toBe(true);
    expect(parse(xml).adf.prospect.customer.contact.phone['#text']).toBe('+13058142279');
  });
});
