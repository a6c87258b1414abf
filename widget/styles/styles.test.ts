// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAUNCHER_CSS } from '../launcher/launcher-css.js';
import { applyStyles, widgetCss } from './index.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

function shadow(): ShadowRoot {
  return document.createElement('div').attachShadow({ mode: 'open' });
}

describe('applyStyles', () => {
  it('adopts a constructable stylesheet beside existing ones, and removes only its own', () => {
    const root = shadow();
    const launcherSheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [launcherSheet];
    const remove = applyStyles(root, '.a{color:red}', 'n0nce');
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.querySelector('style')).toBeNull();
    remove();
    expect(root.adoptedStyleSheets).toEqual([launcherSheet]);
  });

  it('falls back to a <style> element carrying the CSP nonce', () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    const root = shadow();
    const remove = applyStyles(root, '.a{color:red}', 'n0nce');
    const style = root.querySelector('style');
    expect(style?.nonce).toBe('n0nce');
    expect(style?.textContent).toBe('.a{color:red}');
    remove();
    expect(root.querySelector('style')).toBeNull();
  });
});

describe('widget stylesheet', () => {
  it('uses only the system font stack', () => {
    expect(widgetCss).toMatch(/font:[^;]*system-ui/);
    expect(widgetCss).not.toMatch(/@import|@font-face|url\(/);
  });

  it("resets the host like the launcher does, after it, so a page's `* {… !important}` reaches nothing", () => {
    // Important rules from inside a shadow tree outrank the page's; absolute keeps the host out of the page's layout.
    expect(widgetCss).toContain(':host{all:initial!important;position:absolute!important}');
    expect(LAUNCHER_CSS.startsWith(':host{all:initial!important;position:absolute!important}')).toBe(true);
  });

  it('keeps wheel and swipe over the panel from scrolling the page behind it', () => {
    expect(widgetCss).toMatch(/\.cathy-panel\{[^}]*overscroll-behavior:contain/);
    expect(widgetCss).toMatch(/\.cathy-log\{[^}]*overscroll-behavior:contain/);
  });

  it('rings a focused link in the accent visitor bubble in the text colour, not the accent', () => {
    expect(widgetCss).toContain('.cathy-row[data-role=visitor] .cathy-bubble :focus-visible{outline-color:currentColor}');
  });

  it('keeps inputs at 16px so iOS does not zoom on focus', () => {
    expect(widgetCss).toMatch(/\.cathy-input\{[^}]*font-size:16px/);
  });

  it('goes full screen on small screens, sized by the visual viewport', () => {
    expect(widgetCss).toMatch(/@media \(max-width:480px\)\{[^}]*height:var\(--cathy-vv-height/);
  });

  it('hides the launcher the full-screen panel covers, at the same width', () => {
    expect(LAUNCHER_CSS).toContain('@media (max-width:480px){.launcher[aria-expanded=true]{display:none}}');
  });

  it('switches palettes for dark mode and stops motion when reduced motion is asked for', () => {
    expect(widgetCss).toContain('.cathy[data-scheme=dark]{');
    expect(widgetCss).toMatch(/@media \(prefers-reduced-motion:reduce\)\{[^}]*animation:none!important/);
  });
});
