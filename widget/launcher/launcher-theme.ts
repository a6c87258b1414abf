import type { Theme } from '../../sdk/protocol/index.js';

/** Same defaults as the panel's theme (theme/resolve-theme.ts), restated so the loader stays small. */
const DEFAULT_ACCENT = '#1f5eff';
const DEFAULT_Z_INDEX = 2147483000;
/** The syntaxes the panel accepts (hex, rgb(), hsl()); the browser then checks the details. */
const COLOR_SYNTAX = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([^)]*\))$/i;

/** Whether a page-supplied accent is a colour the launcher and the panel both accept. */
export function isAccent(value: unknown): value is string {
  return typeof value === 'string' && COLOR_SYNTAX.test(value) && (typeof CSS === 'undefined' || CSS.supports('color', value));
}

/** WCAG relative luminance of whatever colour the browser resolved the accent to; 0 when unreadable. */
function luminance(element: HTMLElement, color: string): number {
  element.style.color = color;
  const channels = (getComputedStyle(element).color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  element.style.color = '';
  if (channels.length < 3) return 0;
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Applies a theme to the launcher through CSSOM custom properties, which a strict CSP allows.
 * Reading the computed colour lets the browser parse any accent syntax, so the loader carries no colour parser.
 */
export function applyLauncherTheme(button: HTMLElement, theme: Theme): void {
  const accent = isAccent(theme.accent) ? theme.accent : DEFAULT_ACCENT;
  const lum = luminance(button, accent);
  const vars = {
    '--cathy-accent': accent,
    // White text on the accent when it reaches 4.5:1 (WCAG AA), else near-black.
    '--cathy-on-accent': lum <= 0.183 ? '#fff' : '#111',
    // A focus ring needs 3:1 against the page, assumed light.
    '--cathy-focus': lum <= 0.3 ? accent : '#1a1a1a',
    '--cathy-z': String(Number.isInteger(theme.zIndex) ? theme.zIndex : DEFAULT_Z_INDEX),
  };
  for (const [name, value] of Object.entries(vars)) button.style.setProperty(name, value);
  button.dataset.position = theme.position === 'left' ? 'left' : 'right';
}
