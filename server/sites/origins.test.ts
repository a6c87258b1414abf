import { describe, expect, it } from 'vitest';
import { originAllowed, originPatternError } from './origins.js';

describe('originAllowed', () => {
  const cases: Array<[string, string[], boolean]> = [
    ['https://sunriseauto.example', ['https://sunriseauto.example'], true],
    ['https://sunriseauto.example:443', ['https://sunriseauto.example'], true],
    ['http://sunriseauto.example', ['https://sunriseauto.example'], false],
    ['https://sunriseauto.example.evil.com', ['https://sunriseauto.example'], false],
    ['http://localhost:5173', ['http://localhost:*'], true],
    ['http://localhost', ['http://localhost:*'], true],
    ['http://127.0.0.1:8787', ['http://localhost:*'], false],
    ['https://shop.sunriseauto.example', ['https://*.sunriseauto.example'], true],
    ['https://sunriseauto.example', ['https://*.sunriseauto.example'], false],
    ['https://evilsunriseauto.example', ['https://*.sunriseauto.example'], false],
    ['http://localhost:3000', ['http://localhost:8080'], false],
    ['null', ['http://localhost:*'], false],
    ['not a url', ['http://localhost:*'], false],
  ];
  it.each(cases)('%s against %j is %s', (origin, patterns, expected) => {
    expect(originAllowed(origin, patterns)).toBe(expected);
  });
});

describe('originPatternError', () => {
  it('accepts origins and port or subdomain wildcards', () => {
    for (const ok of ['https://a.example', 'http://localhost:*', 'https://*.a.example', 'http://127.0.0.1:8787']) {
      expect(originPatternError(ok)).toBeNull();
    }
  });
  it('rejects paths, bare hosts and other schemes', () => {
    for (const bad of ['https://a.example/page', 'a.example', 'ftp://a.example', '*']) {
      expect(originPatternError(bad)).toMatch(/not an origin/);
    }
  });
});
