/**
 * Just enough CSS colour to tell whether text would be readable on its background: hex, rgb(),
 * hsl(), `transparent` and the named colours a mail is likely to use. Anything else is unknown,
 * and unknown never hides text.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0 (invisible) … 1 (opaque). */
  a: number;
}

// The light names (what hidden text is painted with) and the dark ones (backgrounds that make
// white text readable); mid-tones matter less because they contrast with both.
const NAMED: Record<string, string> = {
  white: '#ffffff', snow: '#fffafa', ivory: '#fffff0', ghostwhite: '#f8f8ff', whitesmoke: '#f5f5f5',
  floralwhite: '#fffaf0', azure: '#f0ffff', mintcream: '#f5fffa', seashell: '#fff5ee', honeydew: '#f0fff0',
  aliceblue: '#f0f8ff', linen: '#faf0e6', oldlace: '#fdf5e6', lavenderblush: '#fff0f5', beige: '#f5f5dc',
  cornsilk: '#fff8dc', lightyellow: '#ffffe0', lightcyan: '#e0ffff', gainsboro: '#dcdcdc', lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3', silver: '#c0c0c0', gray: '#808080', grey: '#808080', darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9', dimgray: '#696969', dimgrey: '#696969', black: '#000000', navy: '#000080',
  darkblue: '#00008b', midnightblue: '#191970', darkslategray: '#2f4f4f', darkslategrey: '#2f4f4f',
  darkgreen: '#006400', maroon: '#800000', darkred: '#8b0000', purple: '#800080', indigo: '#4b0082',
  red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00', orange: '#ffa500', teal: '#008080',
  olive: '#808000', lime: '#00ff00', aqua: '#00ffff', cyan: '#00ffff', fuchsia: '#ff00ff', magenta: '#ff00ff',
};

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}

function hex(value: string): Rgba | undefined {
  const h = value.slice(1);
  if (!/^[0-9a-f]+$/.test(h)) return undefined;
  if (h.length === 3 || h.length === 4) {
    const [r, g, b, a] = [...h].map((c) => parseInt(c + c, 16));
    return { r: r!, g: g!, b: b!, a: a === undefined ? 1 : a / 255 };
  }
  if (h.length === 6 || h.length === 8) {
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  return undefined;
}

/** A channel of rgb(): 0–255 or a percentage. */
function channel(s: string): number {
  return s.endsWith('%') ? clamp01(parseFloat(s) / 100) * 255 : Math.min(255, Math.max(0, parseFloat(s)));
}

function alpha(s: string | undefined): number {
  if (s === undefined) return 1;
  return clamp01(s.endsWith('%') ? parseFloat(s) / 100 : parseFloat(s));
}

/** Arguments of rgb()/hsl() in either the comma or the space-and-slash syntax. */
function args(inner: string): string[] {
  return inner.split(/[\s,/]+/).filter(Boolean);
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [f(0) * 255, f(8) * 255, f(4) * 255];
}

/** Parses a CSS colour value; undefined when it is not one we understand. */
export function parseColor(raw: string): Rgba | undefined {
  const value = raw.trim().toLowerCase();
  if (!value) return undefined;
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  if (value.startsWith('#')) return hex(value);
  const fn = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(value);
  if (fn) {
    const parts = args(fn[2]!);
    if (parts.length < 3 || parts.slice(0, 3).some((p) => Number.isNaN(parseFloat(p)))) return undefined;
    if (fn[1]!.startsWith('rgb')) return { r: channel(parts[0]!), g: channel(parts[1]!), b: channel(parts[2]!), a: alpha(parts[3]) };
    const [r, g, b] = hslToRgb(((parseFloat(parts[0]!) % 360) + 360) % 360, clamp01(parseFloat(parts[1]!) / 100), clamp01(parseFloat(parts[2]!) / 100));
    return { r, g, b, a: alpha(parts[3]) };
  }
  const named = NAMED[value];
  return named ? hex(named) : undefined;
}

/** Finds the colour inside a `background` shorthand (`url(x.png) #000 no-repeat`). */
export function colorInShorthand(value: string): Rgba | undefined {
  const tokens = value.toLowerCase().match(/(?:rgba?|hsla?)\([^)]*\)|#[0-9a-f]+|[a-z]+/g) ?? [];
  for (const token of tokens) {
    const color = parseColor(token);
    if (color) return color;
  }
  return undefined;
}

function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours: 1 (identical) … 21 (black on white). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Text is unreadable when it is (nearly) transparent or (nearly) the colour of what it sits on.
 * #fff on white is 1.0, #eee on white 1.16, #ccc on white 1.6: below 1.35 nobody reads it.
 */
export function unreadable(text: Rgba, background: Rgba): boolean {
  return text.a < 0.1 || contrastRatio(text, background) < 1.35;
}

export const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
export const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };
