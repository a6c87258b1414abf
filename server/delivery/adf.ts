import { XMLBuilder } from 'fast-xml-parser';
import type { AdfSettings, LeadRecord, SiteRecord } from '../store/records.js';
import { adfCustomer } from './adf-customer.js';
import { text, withAttributes, type Node } from './adf-node.js';
import { adfVehicles } from './adf-vehicles.js';
import { isoWithOffset } from './zoned-time.js';

export interface AdfInput {
  lead: LeadRecord;
  site: Pick<SiteRecord, 'name' | 'phone' | 'timezone' | 'adf' | 'leadRecipients' | 'adfRecipients'>;
  /** `resend` for an update of a lead the CRM already has. */
  status: 'new' | 'resend';
  publicUrl: string;
}

export const ADF_DEFAULTS: Required<AdfSettings> = { xmlDeclaration: true, phoneFormat: 'digits', attachment: false };

const PROVIDER = 'Cathy Chat';

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  processEntities: true,
  suppressEmptyNode: false,
});

/**
 * ADF's contact needs an email or a phone besides the name. The dealership's phone when the site has one, else the
 * address its leads go to, else the address lead mail comes from (never nothing: the CRM would refuse the lead).
 */
function vendorContact(site: AdfInput['site'], publicUrl: string): Node {
  const email = site.leadRecipients[0] ?? site.adfRecipients[0] ?? `cathy@${new URL(publicUrl).hostname}`;
  return {
    name: withAttributes({ part: 'full' }, site.name),
    ...(site.phone ? { phone: withAttributes({ type: 'voice' }, site.phone) } : { email: text(email) }),
  };
}

/**
 * The lead as an ADF 1.0 document (see docs/domain.md), valid against `adf-1.0.dtd`: the XML declaration before `<?adf version="1.0"?>`, every
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
        vehicle: adfVehicles(lead.interest),
        customer: adfCustomer(lead, settings, site.timezone),
        vendor: { vendorname: text(site.name), contact: vendorContact(site, publicUrl) },
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
