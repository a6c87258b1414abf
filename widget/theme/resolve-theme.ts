import type { Theme, WidgetPosition } from '../../sdk/protocol/index.js';
import { parseColor, toHex, type Rgb } from './color.js';
import { contrastRatio, textColorOn } from './contrast.js';

const DEFAULT_RGB: Rgb = [31, 94, 255];
export const DEFAULT_ACCENT = toHex(DEFAULT_RGB);
/** Above almost every site's own overlays, still below the 32-bit maximum browsers clamp to. */
export const DEFAULT_Z_INDEX = 2147483000;

/** Panel surfaces; must stay in sync with the light/dark palettes in styles/base-css.ts. */
const SURFACE: Record<'light' | 'dark', Rgb> = { light: [255, 255, 255], dark: [28, 28, 30] };
const SURFACE_TEXT: Record<'light' | 'dark', string> = { light: '#1a1a1a', dark: '#f2f2f2' };
/** WCAG 1.4.11: focus indicators need 3:1 against their surroundings. */
const NON_TEXT_AA = 3;

export interface ResolvedTheme {
  accent: string;
  onAccent: string;
  position: WidgetPosition;
  zIndex: number;
  mode: 'light' | 'dark' | 'auto';
}

/** Validates every field; invalid values fall back to defaults rather than reaching CSS. */
export function resolveTheme(theme: Theme): ResolvedTheme {
  const accent = parseColor(theme.accent) ?? DEFAULT_RGB;
  const z = theme.zIndex;
  return {
    accent: toHex(accent),
    onAccent: toHex(textColorOn(accent)),
    position: theme.position === 'left' ? 'left' : 'right',
    zIndex: typeof z === 'number' && Number.isInteger(z) ? z : DEFAULT_Z_INDEX,
    mode: theme.mode === 'light' || theme.mode === 'dark' ? theme.mode : 'auto',
  };
}

/** CSS custom properties for the panel; applied through CSSOM, which a strict CSP allows. */
export function themeVars(theme: ResolvedTheme, scheme: 'light' | 'dark'): Record<string, string> {
  const accent = parseColor(theme.accent) ?? DEFAULT_RGB;
  const focusOk = contrastRatio(accent, SURFACE[scheme]) >= NON_TEXT_AA;
  return {
    '--cathy-accent': theme.accent,
    '--cathy-on-accent': theme.onAccent,
    '--cathy-focus': focusOk ? theme.accent : SURFACE_TEXT[scheme],
    '--cathy-z': String(theme.zIndex),
  };
}
