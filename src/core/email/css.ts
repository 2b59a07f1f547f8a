/**
 * The little CSS that decides what a mail shows: inline `style` declarations and the simple rules
 * of `<style>` blocks (tag, .class, #id, [attr], descendant and child combinators). Rules inside
 * at-rules (`@media` …) apply only on some screens and are left out; pseudo-classes and sibling
 * combinators are left out too. Later declarations win; inline styles win over the sheet. Only the
 * first 500 rules count.
 */

/** The properties that can hide text or change its colour or background. */
const RELEVANT = new Set([
  'display', 'visibility', 'font-size', 'width', 'height', 'max-width', 'max-height', 'overflow',
  'opacity', 'color', 'background', 'background-color', 'mso-hide', 'text-indent', 'position', 'left',
  'top', 'clip', 'clip-path',
]);

export type Declarations = Map<string, string>;

/** Splits on `;` outside parentheses (a `url(a;b)` stays whole). */
function splitDeclarations(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** `display:none !important; color: #FFF` → {display: 'none', color: '#fff'} (relevant ones only). */
export function parseDeclarations(text: string, into: Declarations = new Map()): Declarations {
  for (const part of splitDeclarations(text.replace(/\/\*[\s\S]*?\*\//g, ''))) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    if (!RELEVANT.has(name)) continue;
    const value = part.slice(colon + 1).replace(/!\s*important/i, '').trim().toLowerCase();
    if (value) into.set(name, value);
  }
  return into;
}

/** One compound selector: `td.hidden#x[hidden]`. */
interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attrs: string[];
}

interface Rule {
  /** Compounds from the outermost ancestor to the element itself. */
  chain: Compound[];
  decls: Declarations;
}

export interface ElementInfo {
  tag: string;
  attribs: Record<string, string>;
}

const COMPOUND = /^([a-z][\w-]*|\*)?((?:[.#][\w-]+|\[[^\]]+\])*)$/i;

function parseCompound(text: string): Compound | undefined {
  const m = COMPOUND.exec(text);
  if (!m || (!m[1] && !m[2])) return undefined;
  const compound: Compound = { classes: [], attrs: [] };
  if (m[1] && m[1] !== '*') compound.tag = m[1].toLowerCase();
  for (const part of m[2]!.match(/[.#][\w-]+|\[[^\]]+\]/g) ?? []) {
    if (part.startsWith('.')) compound.classes.push(part.slice(1));
    else if (part.startsWith('#')) compound.id = part.slice(1);
    else {
      // Attribute selectors count by presence only; a value test is too rare in mail to model.
      const name = /^\[\s*([\w-]+)/.exec(part)?.[1];
      if (!name) return undefined;
      compound.attrs.push(name.toLowerCase());
    }
  }
  return compound;
}

function parseSelector(text: string): Compound[] | undefined {
  if (/[:+~]/.test(text)) return undefined; // pseudo-classes and siblings: conditional, left out
  const parts = text.replace(/\s*>\s*/g, ' ').trim().split(/\s+/);
  const chain: Compound[] = [];
  for (const part of parts) {
    const compound = parseCompound(part);
    if (!compound) return undefined;
    chain.push(compound);
  }
  return chain.length ? chain : undefined;
}

/** Index of the `}` closing the block that opens at `open`, or the end of the text. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** Real mails carry a few hundred rules at most; more is a way to make matching slow. */
const MAX_RULES = 500;

export class StyleSheet {
  private readonly rules: Rule[] = [];

  get empty(): boolean {
    return this.rules.length === 0;
  }

  add(cssText: string): void {
    const css = cssText.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--|-->/g, '');
    let i = 0;
    while (i < css.length && this.rules.length < MAX_RULES) {
      const open = css.indexOf('{', i);
      if (open < 0) return;
      if (css.slice(i, open).trimStart().startsWith('@')) {
        // @import …; or @media … { … }: skipped whole.
        const semi = css.indexOf(';', i);
        i = semi >= 0 && semi < open ? semi + 1 : blockEnd(css, open) + 1;
        continue;
      }
      const close = css.indexOf('}', open);
      const end = close < 0 ? css.length : close;
      const decls = parseDeclarations(css.slice(open + 1, end));
      if (decls.size) {
        for (const selector of css.slice(i, open).split(',')) {
          const chain = parseSelector(selector.trim());
          if (chain && this.rules.length < MAX_RULES) this.rules.push({ chain, decls });
        }
      }
      i = end + 1;
    }
  }

  /** Declarations of every rule matching the element, in source order. */
  match(element: ElementInfo, ancestors: readonly ElementInfo[], into: Declarations): Declarations {
    for (const rule of this.rules) {
      if (matchesChain(rule.chain, element, ancestors)) for (const [k, v] of rule.decls) into.set(k, v);
    }
    return into;
  }
}

const classCache = new WeakMap<ElementInfo, string[]>();

/** An element's classes, split once (every rule asks). */
function classesOf(el: ElementInfo): string[] {
  let classes = classCache.get(el);
  if (!classes) {
    classes = (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
    classCache.set(el, classes);
  }
  return classes;
}

function matchesCompound(c: Compound, el: ElementInfo): boolean {
  if (c.tag && c.tag !== el.tag) return false;
  if (c.id && c.id !== el.attribs.id) return false;
  if (c.classes.length) {
    const own = classesOf(el);
    if (!c.classes.every((cls) => own.includes(cls))) return false;
  }
  return c.attrs.every((a) => a in el.attribs);
}

/** The last compound must match the element; the others, in order, some of its ancestors. */
function matchesChain(chain: Compound[], el: ElementInfo, ancestors: readonly ElementInfo[]): boolean {
  if (!matchesCompound(chain[chain.length - 1]!, el)) return false;
  let a = ancestors.length - 1;
  for (let c = chain.length - 2; c >= 0; c--) {
    while (a >= 0 && !matchesCompound(chain[c]!, ancestors[a]!)) a--;
    if (a < 0) return false;
    a--;
  }
  return true;
}
