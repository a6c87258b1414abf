import { describe, expect, it } from 'vitest';
import { isExternal, safeHref } from './safe-url.js';

describe('safeHref', () => {
  it.each([
    ['https://dealer.example/cars?id=1', 'https://dealer.example/cars?id=1'],
    ['HTTP://Dealer.Example', 'http://dealer.example/'],
    ['mailto:sales@dealer.example', 'mailto:sales@dealer.example'],
    ['tel:+1-555-201-3344', 'tel:+15552013344'],
  ])('accepts %s', (raw, href) => {
    expect(safeHref(raw)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'java\u200Bscript:alert(1)',
    'https://evil.example/\u202Egnp.exe',
    '\u0000javascript:alert(1)',
    'ｊavascript:alert(1)',
    'https://',
    'tel:call-me',
    'mailto:nobody',
    '/relative/path',
  ])('rejects %j', (raw) => {
    expect(safeHref(raw)).toBeNull();
  });

  it('treats only web links as external', () => {
    expect(isExternal('https://a.example/')).toBe(true);
    expect(isExternal('tel:+15552013344')).toBe(false);
    expect(isExternal('mailto:a@b.example')).toBe(false);
  });
});
