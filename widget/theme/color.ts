/** An sRGB colour as 0–255 channels; alpha is ignored because the widget paints accents on opaque surfaces. */
export type Rgb = readonly [number, number, number];

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNC = /^(rgba?|hsla?)\(\s*([^)]*)\)$/i;

function clamp(n: number, max: number): number {
  return Math.min(max, Math.max(0, n));
}

function parseHex(hex: string): Rgb {
  const digits = hex.length <= 4 ? [...hex].map((c) => c + c) : (hex.match(/../g) ?? []);
  const [r = 0, g = 0, b = 0] = digits.map((d) => parseInt(d, 16));
  return [r, g, b];
}

function channel(raw: string): number | null {
  const n = parseFloat(raw);
  if (!/^-?[\d.]+%?$/.test(raw) || Number.isNaN(n)) return null;
  return raw.endsWith('%') ? clamp((n / 100) * 255, 255) : clamp(n, 255);
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

function parseFunc(kind: string, body: string): Rgb | null {
  // Both the legacy comma syntax and the modern space/slash syntax are valid CSS.
  const parts = body.split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  const [p0 = '', p1 = '', p2 = ''] = parts;
  if (kind.startsWith('rgb')) {
    const rgb = [channel(p0), channel(p1), channel(p2)];
    return rgb.every((c) => c !== null) ? (rgb.map((c) => Math.round(c ?? 0)) as unknown as Rgb) : null;
  }
  const h = parseFloat(p0.replace(/deg$/, ''));
  const s = parseFloat(p1);
  const l = parseFloat(p2);
  if (![h, s, l].every(Number.isFinite) || !p1.endsWith('%') || !p2.endsWith('%')) return null;
  return hslToRgb(((h % 360) + 360) % 360, clamp(s, 100) / 100, clamp(l, 100) / 100);
}

/**
 * Parses the colour syntaxes a dealer is likely to paste (hex, rgb(), hsl()); anything else is
 * rejected so a bad `data-accent` falls back to the default instead of reaching the stylesheet.
 */
export function parseColor(value: unknown): Rgb | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (HEX.test(v)) return parseHex(v.slice(1));
  const m = FUNC.exec(v);
  return m ? parseFunc((m[1] ?? '').toLowerCase(), m[2] ?? '') : null;
}

export function toHex(rgb: Rgb): string {
  return '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}
