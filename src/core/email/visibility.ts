/**
 * Whether an element's text would be seen by the person reading the mail. Hostile mails hide
 * instructions for the model with exactly these tricks, so anything a reader cannot see is left
 * out of what the model gets: display:none, `hidden`, visibility:hidden, opacity 0, mso-hide:all,
 * font-size 0, zero-size boxes that clip their content, off-screen positioning, and text painted
 * in (nearly) the colour of its background.
 */
import { BLACK, colorInShorthand, parseColor, unreadable, WHITE, type Rgba } from './color.js';
import type { Declarations, ElementInfo } from './css.js';

export interface Visibility {
  /** The element and everything inside it is gone (cannot be undone by a child). */
  removed: boolean;
  /** visibility:hidden; a child may say visible again. */
  invisible: boolean;
  /** The inherited font size is zero; a child with an absolute size shows again. */
  zeroFont: boolean;
  /** Inherited text colour; undefined is the default (black). */
  color?: Rgba;
  /** The nearest painted background; undefined is the white page, 'unknown' an image or unparsed. */
  background?: Rgba | 'unknown';
}

export const VISIBLE_ROOT: Visibility = { removed: false, invisible: false, zeroFont: false };

/** Elements whose content is never shown as text. */
const NEVER_SHOWN = new Set(['script', 'style', 'head', 'title', 'template', 'xml', 'noscript', 'object', 'iframe', 'svg', 'math', 'select', 'textarea', 'button']);

/** Elements that take a `bgcolor` attribute in mail HTML. */
const BGCOLOR_TAGS = new Set(['body', 'table', 'tr', 'td', 'th', 'div', 'center']);

/** A length of at most about one pixel: 0, 0px, 1px, 0.5pt, 0%, 0em … */
function tiny(value: string | undefined): boolean {
  if (value === undefined) return false;
  const m = /^(-?[\d.]+)\s*([a-z%]*)$/.exec(value.trim());
  if (!m) return false;
  const n = parseFloat(m[1]!);
  if (Number.isNaN(n)) return false;
  return m[2] === 'px' || m[2] === '' ? n <= 1 : n <= 0;
}

/** A large negative offset (`-9999px`, `-100em`) that puts content off the screen. */
function offscreen(value: string | undefined): boolean {
  if (value === undefined) return false;
  const m = /^-([\d.]+)\s*(px|pt|em|rem|%|vw|vh)?$/.exec(value.trim());
  if (!m) return false;
  const n = parseFloat(m[1]!);
  return m[2] === 'em' || m[2] === 'rem' ? n >= 50 : m[2] === '%' || m[2] === 'vw' || m[2] === 'vh' ? n >= 100 : n >= 500;
}

/** font-size → 'zero', 'shown', or 'inherit' (a relative size keeps the parent's state). */
function fontSize(value: string | undefined): 'zero' | 'shown' | 'relative' | 'inherit' {
  if (value === undefined || value === 'inherit') return 'inherit';
  const m = /^([\d.]+)\s*([a-z%]*)$/.exec(value);
  if (!m) return 'shown'; // keywords: small, medium, x-large …
  const n = parseFloat(m[1]!);
  const unit = m[2]!;
  if (n === 0) return 'zero';
  if (unit === 'em' || unit === '%' || unit === 'ex' || unit === 'ch') return 'relative';
  if (unit === 'px' || unit === '') return n < 2 ? 'zero' : 'shown';
  if (unit === 'pt') return n < 1.5 ? 'zero' : 'shown';
  return 'shown';
}

function removedBy(el: ElementInfo, d: Declarations): boolean {
  if (NEVER_SHOWN.has(el.tag) || 'hidden' in el.attribs) return true;
  if (d.get('display') === 'none' || d.get('mso-hide') === 'all') return true;
  const opacity = d.get('opacity');
  if (opacity !== undefined) {
    const n = opacity.endsWith('%') ? parseFloat(opacity) / 100 : parseFloat(opacity);
    if (!Number.isNaN(n) && n <= 0.05) return true;
  }
  const clips = d.get('overflow') === 'hidden' || /^rect\(\s*0/.test(d.get('clip') ?? '') || /inset\(\s*50%/.test(d.get('clip-path') ?? '');
  const zeroBox =
    tiny(d.get('width')) || tiny(d.get('height')) || tiny(d.get('max-width')) || tiny(d.get('max-height')) ||
    tiny(el.attribs.width) || tiny(el.attribs.height);
  if (clips && zeroBox) return true;
  if (offscreen(d.get('text-indent'))) return true;
  const positioned = d.get('position') === 'absolute' || d.get('position') === 'fixed';
  return positioned && (offscreen(d.get('left')) || offscreen(d.get('top')));
}

function backgroundOf(el: ElementInfo, d: Declarations, parent: Visibility['background']): Visibility['background'] {
  const shorthand = d.get('background');
  const value = d.get('background-color') ?? shorthand ?? (BGCOLOR_TAGS.has(el.tag) ? el.attribs.bgcolor : undefined);
  if (value === undefined) return parent;
  const color = shorthand !== undefined && value === shorthand ? colorInShorthand(value) : parseColor(value);
  if (color) return color.a < 0.5 ? parent : color;
  if (/url\(|gradient\(/.test(value)) return 'unknown';
  return value === 'none' || value === 'inherit' || value === 'initial' ? parent : 'unknown';
}

/** The child's visibility, from its parent's and its own attributes and matched declarations. */
export function childVisibility(parent: Visibility, el: ElementInfo, d: Declarations): Visibility {
  if (parent.removed || removedBy(el, d)) return { ...parent, removed: true };
  const vis = d.get('visibility');
  const size = fontSize(d.get('font-size'));
  const colorValue = d.get('color') ?? (el.tag === 'font' ? el.attribs.color : undefined);
  const color = colorValue === undefined ? parent.color : (parseColor(colorValue) ?? parent.color);
  return {
    removed: false,
    invisible: vis === 'hidden' || vis === 'collapse' ? true : vis === 'visible' ? false : parent.invisible,
    zeroFont: size === 'zero' ? true : size === 'shown' ? false : parent.zeroFont,
    color,
    background: backgroundOf(el, d, parent.background),
  };
}

/** Whether text directly inside an element in this state would be seen. */
export function textShown(v: Visibility): boolean {
  if (v.removed || v.invisible || v.zeroFont) return false;
  if (v.color && v.color.a < 0.1) return false;
  if (v.background === 'unknown' || (!v.color && !v.background)) return true;
  // Default text is black; it only disappears on a background someone chose to make dark.
  return !unreadable(v.color ?? BLACK, v.background ?? WHITE);
}
