import { describe, expect, it } from 'vitest';
import { LEAD_LINK_TTL_MS, createLeadLinks } from './lead-link.js';

const LEAD = '01950000-0000-7000-8000-000000000001';
const NOW = new Date('2026-01-01T12:00:00Z');

describe('lead links', () => {
  const links = createLeadLinks('secret');

  it('verifies its own link for the lead it names until it expires', () => {
    const token = links.issue(LEAD, NOW);
    expect(links.verify(token, new Date(NOW.getTime() + LEAD_LINK_TTL_MS - 1000))).toEqual({ ok: true, leadId: LEAD });
    expect(links.verify(token, new Date(NOW.getTime() + LEAD_LINK_TTL_MS))).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a link with another lead, a later expiry, another signature or another secret', () => {
    const token = links.issue(LEAD, NOW);
    const [version, lead, expiry, signature] = token.split('.') as [string, string, string, string];
    const otherLead = lead.replace(/1$/, '2');
    const later = (parseInt(expiry, 36) + 86_400).toString(36);
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    for (const altered of [
      [version, otherLead, expiry, signature].join('.'),
      [version, lead, later, signature].join('.'),
      [version, lead, expiry, flipped].join('.'),
      createLeadLinks('other').issue(LEAD, NOW),
      'not-a-token',
    ]) {
      expect(links.verify(altered, NOW)).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
