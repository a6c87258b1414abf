import { describe, expect, it } from 'vitest';
import { checkOptions, normalizeOptions } from './client-options.js';
import type { ClientOptions } from './types.js';

describe('client options', () => {
  it('keeps the server origin and defaults the transports', () => {
    expect(normalizeOptions({ siteKey: 'pk_a', serverUrl: 'https://chat.example.com/some/path/' })).toEqual({
      siteKey: 'pk_a',
      serverUrl: 'https://chat.example.com',
      order: ['socket', 'http'],
      persistence: 'auto',
    });
  });

  it('takes a regional locale as its language, as createCathy and data-locale do', () => {
    expect(normalizeOptions({ siteKey: 'pk_a', serverUrl: 'https://c.example', locale: 'es-MX' as 'es' }).locale).toBe('es');
    expect(() => checkOptions({ siteKey: 'pk_a', serverUrl: 'https://c.example', locale: 'EN-us' as 'en' })).not.toThrow();
    expect(normalizeOptions({ siteKey: 'pk_a', serverUrl: 'https://c.example', locale: ' es_MX ' as 'es' }).locale).toBe('es');
  });

  it('throws "[Cathy] Failed to …" with the fix for each mistake', () => {
    const bad: Array<[unknown, string]> = [
      [{ serverUrl: 'https://chat.example.com' }, 'siteKey is missing'],
      [{ siteKey: 'sk_secret', serverUrl: 'https://chat.example.com' }, 'siteKey must be the public key (pk_…)'],
      [{ siteKey: 'pk_<script>', serverUrl: 'https://chat.example.com' }, 'siteKey must be the public key (pk_…)'],
      [{ siteKey: 'pk_a', serverUrl: 'chat.example.com' }, 'serverUrl "chat.example.com" is not an http(s) URL'],
      [{ siteKey: 'pk_a', serverUrl: 'https://c.example', transports: [] }, 'transports must list'],
      [{ siteKey: 'pk_a', serverUrl: 'https://c.example', persistence: 'disk' }, 'persistence "disk" is unknown'],
      [{ siteKey: 'pk_a', serverUrl: 'https://c.example', locale: 'fr' }, 'locale "fr" is not supported'],
      [{ siteKey: 'pk_a', serverUrl: 'https://c.example', open: 'yes' }, 'open must be true or false'],
    ];
    for (const [options, why] of bad) {
      expect(() => checkOptions(options as ClientOptions)).toThrow(`[Cathy] Failed to create the chat client: ${why}`);
    }
  });
});
