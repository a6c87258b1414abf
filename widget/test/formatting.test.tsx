// @vitest-environment happy-dom
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { message } from './fake-client.js';
import { renderWidget, unmountAll } from './render-widget.js';

afterEach(() => {
  unmountAll();
  cleanup();
});

function logFor(text: string, role: 'assistant' | 'visitor' = 'assistant') {
  const { ui } = renderWidget({ open: true, messages: [message(role, text)] });
  return { ui, log: ui.getByRole('log') };
}

describe('message formatting', () => {
  it('renders paragraphs, line breaks, lists and bold', () => {
    const { ui, log } = logFor('Great picks:\n\n- **2021 RAV4**\n- CR-V\n\n1. Apply\n2. Visit\n\nSee you\nsoon');
    expect(ui.getAllByRole('list')).toHaveLength(2);
    expect(ui.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2021 RAV4', 'CR-V', 'Apply', 'Visit']);
    expect(log.querySelector('strong')?.textContent).toBe('2021 RAV4');
    expect(log.querySelectorAll('p br')).toHaveLength(1);
  });

  it('links web addresses in a new tab without opener, and phones and emails in place', () => {
    const { ui } = logFor('Browse https://sunrise.example/inventory, call (555) 201-3344 or mail sales@sunrise.example.');
    const web = ui.getByRole('link', { name: 'https://sunrise.example/inventory' });
    expect(web.getAttribute('target')).toBe('_blank');
    expect(web.getAttribute('rel')).toBe('noopener noreferrer');
    const tel = ui.getByRole('link', { name: '(555) 201-3344' });
    expect(tel.getAttribute('href')).toBe('tel:5552013344');
    expect(tel.hasAttribute('target')).toBe(false);
    expect(ui.getByRole('link', { name: 'sales@sunrise.example' }).getAttribute('href')).toBe('mailto:sales@sunrise.example');
  });
});

describe('XSS attempts render as inert text', () => {
  const attacks = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<a href="javascript:alert(1)">click</a>',
    '[click](javascript:alert(1))',
    '[click](javascript:alert%281%29)',
    '[click](JAVASCRIPT:alert%281%29)',
    '[click](data:text/html;base64,PHNjcmlwdD4=)',
    'javascript:alert(1)',
    'java\u200Bscript:alert(1)',
    '**<svg onload=alert(1)>**',
    '&lt;img src=x onerror=alert(1)&gt;',
    '<iframe src="https://evil.example"></iframe>',
    '- <b onmouseover=alert(1)>x</b>',
    '[x](https://ok.example" onclick="alert(1))',
  ];

  it.each(attacks)('%j', (attack) => {
    for (const role of ['assistant', 'visitor'] as const) {
      const { log } = logFor(attack, role);
      expect(log.querySelector('script, img, svg, iframe, b, [onerror], [onload], [onclick], [onmouseover]')).toBeNull();
      for (const a of log.querySelectorAll('a')) {
        expect(a.getAttribute('href')).toMatch(/^(https?:|mailto:|tel:)/);
      }
      // The visitor sees exactly what was written, entities included.
      expect(log.textContent?.replace(/\s+/g, ' ')).toContain(attack.replace(/^- /, '').replace(/\*\*/g, '').replace(/\s+/g, ' '));
      unmountAll();
    }
  });

  it('never turns a markdown javascript: link into a link', () => {
    const { ui } = logFor('[Click here](javascript:alert(document.cookie))');
    expect(ui.queryByRole('link')).toBeNull();
  });

  it('does not link URLs hidden behind bidi overrides or fullwidth letters', () => {
    const { ui } = logFor('ｈttps://evil.example and [pay](https://evil.example/\u202Egpj.exe)');
    expect(ui.queryByRole('link')).toBeNull();
  });
});
