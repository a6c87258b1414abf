import { describe, expect, it } from 'vitest';
import { pageInfo, utmFrom } from './page-context.js';

describe('page context', () => {
  it('reads utm_* parameters', () => {
    expect(utmFrom('https://dealer.example/?utm_source=google&utm_medium=cpc&utm_campaign=suv&x=1')).toEqual({ source: 'google', medium: 'cpc', campaign: 'suv' });
    expect(utmFrom('https://dealer.example/?x=1')).toBeUndefined();
  });

  it('trims what the server would refuse', () => {
    const info = pageInfo({ url: 'https://dealer.example/', title: `  ${'T'.repeat(400)} `, referrer: 'android-app://com.google' });
    expect(info.page.title).toHaveLength(300);
    expect(info.page.referrer).toBeUndefined();
    expect(pageInfo({ url: 'https://dealer.example/', title: ' ', referrer: 'https://www.google.com/' }).page).toEqual({ url: 'https://dealer.example/', referrer: 'https://www.google.com/' });
  });
});
