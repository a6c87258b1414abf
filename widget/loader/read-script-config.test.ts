// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readScriptConfig } from './read-script-config.js';

function tag(attrs: Record<string, string>, src = 'https://chat.example.com/widget.js'): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = src;
  for (const [name, value] of Object.entries(attrs)) script.setAttribute(name, value);
  return script;
}

const PAGE = 'https://dealer.example/inventory';

describe('readScriptConfig', () => {
  it('reads every supported attribute', () => {
    const { config, problems } = readScriptConfig(
      tag({ 'data-site': 'pk_demo', 'data-locale': 'es-MX', 'data-position': 'left', 'data-accent': '#0a7', 'data-open': 'true', 'data-z-index': '50' }),
      PAGE,
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      siteKey: 'pk_demo',
      serverUrl: 'https://chat.example.com',
      baseUrl: 'https://chat.example.com/widget.js',
      locale: 'es',
      theme: { position: 'left', accent: '#0a7', zIndex: 50 },
      open: true,
      nonce: undefined,
    });
  });

  it('uses defaults when only the site is given', () => {
    const { config, problems } = readScriptConfig(tag({ 'data-site': 'pk_demo' }), PAGE);
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ locale: undefined, theme: {}, open: false });
  });

  it('reports each bad attribute and falls back to its default', () => {
    const { config, problems } = readScriptConfig(
      tag({ 'data-site': 'pk_demo', 'data-locale': 'fr', 'data-position': 'top', 'data-accent': 'red;}', 'data-open': 'yes', 'data-z-index': 'high' }),
      PAGE,
    );
    expect(problems).toEqual([
      'data-locale="fr" is not "en" or "es"',
      'data-position="top" is not "left" or "right"',
      'data-accent="red;}" is not a hex, rgb() or hsl() colour',
      'data-z-index="high" is not a whole number',
      'data-open="yes" is not "true" or "false"',
    ]);
    expect(config).toMatchObject({ siteKey: 'pk_demo', locale: undefined, theme: {}, open: false });
  });

  it('cannot start without a usable site key', () => {
    expect(readScriptConfig(tag({}), PAGE)).toEqual({ config: null, problems: ['data-site is missing (your public key, pk_…)'] });
    expect(readScriptConfig(tag({ 'data-site': 'sk_secret' }), PAGE).config).toBeNull();
  });

  it('passes the tag nonce on for the style fallback', () => {
    const script = tag({ 'data-site': 'pk_demo' });
    script.nonce = 'n0nce';
    expect(readScriptConfig(script, PAGE).config?.nonce).toBe('n0nce');
  });
});
