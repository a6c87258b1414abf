import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_HOURS } from './site-input.js';
import { teamHours } from './team-hours.js';

const site = { businessHours: DEFAULT_BUSINESS_HOURS, timezone: 'America/New_York' };

describe('teamHours', () => {
  it('says the team is in during business hours', () => {
    // Tuesday 2026-12-01 11:00 in New York.
    expect(teamHours(site, new Date('2026-12-01T16:00:00Z'), 'en')).toEqual({ open: true });
  });

  it('says when the team is back, in the visitor language, after hours', () => {
    // Tuesday 2026-12-01 22:00 in New York.
    const night = new Date('2026-12-02T03:00:00Z');
    expect(teamHours(site, night, 'en')).toEqual({ open: false, opens: 'tomorrow at 9:00 AM' });
    expect(teamHours(site, night, 'es')).toEqual({ open: false, opens: 'mañana a las 9:00' });
  });

  it('says only "closed" for a site without any hours', () => {
    expect(teamHours({ ...site, businessHours: {} }, new Date('2026-12-01T16:00:00Z'), 'en')).toEqual({ open: false });
  });
});
