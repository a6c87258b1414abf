// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureClientBuild, measureWidget } from '../../bench/support/client-build.js';

let code = '';

beforeAll(async () => {
  await ensureClientBuild();
  code = measureWidget().loader.code;
}, 120_000);

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  delete (window as { Cathy?: unknown }).Cathy;
});

/** Runs the built widget.js as a page would, next to its script tag. */
function runLoader(attrs: Record<string, string>) {
  const script = document.createElement('script');
  script.setAttribute('type', 'text/plain');
  script.setAttribute('src', 'https://chat.example.com/widget.js');
  for (const [name, value] of Object.entries(attrs)) script.setAttribute(name, value);
  document.body.append(script);
  // The test runner evaluates the built file itself; browsers run it from the tag.
  new Function(code)();
}

describe('the built widget.js', () => {
  it('draws the launcher from the tag attributes and adds only window.Cathy', () => {
    const before = new Set(Object.keys(window));
    runLoader({ 'data-site': 'pk_demo', 'data-position': 'left', 'data-locale': 'es' });
    const button = document.querySelector('cathy-chat')?.shadowRoot?.querySelector('button');
    expect(button?.getAttribute('aria-label')).toBe('Chatea con nosotros');
    expect(button?.dataset.position).toBe('left');
    expect(Object.keys(window).filter((key) => !before.has(key))).toEqual(['Cathy']);
    expect(typeof (window as { Cathy?: unknown }).Cathy).toBe('function');
  });

  it('warns once about bad attributes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    runLoader({ 'data-site': 'pk_demo', 'data-position': 'top' });
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[Cathy\] data-position="top" is not "left" or "right"\. Using the defaults instead\.$/);
  });
});
