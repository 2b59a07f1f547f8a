/**
 * Half-width punctuation in Chinese text → full-width (GB/T 9704-2012 chapter 9 points
 * punctuation to GB/T 15834). Only marks next to Chinese are touched: links, e-mail addresses,
 * times (9:30), ratios (3:2), thousands (1,000), decimals and English sentences are left alone.
 */
import type { ParagraphInfo } from '../roles.js';
import { msg, quote, type Emit, type ReviewRule } from '../rule.js';
import { hasHan, inSpans, isCjk, isDigit, isHan, isLatin, isSpace, protectedSpans } from '../text.js';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

function neighbour(text: string, from: number, step: 1 | -1): string | undefined {
  for (let i = from; i >= 0 && i < text.length; i += step) if (!isSpace(text[i])) return text[i];
  return undefined;
}

function report(emit: Emit, p: ParagraphInfo, start: number, end: number, replacement: string, mark = p.text.slice(start, start + 1)): void {
  emit(p, start, end, msg(
    `中文行文中的半角${quote(mark)}应改为全角${quote(replacement.trim())}。`,
    `Use the full-width ${replacement.trim()} instead of the half-width ${mark} in Chinese text.`,
  ), { replacement });
}

function marks(p: ParagraphInfo, emit: Emit, shielded: Array<[number, number]>): void {
  const text = p.text;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!',;:?!'.includes(ch) || inSpans(shielded, i)) continue;
    // 9:30, 3:2, 1,000: between digits the mark is part of the number.
    if ((ch === ':' || ch === ',') && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    const prev = neighbour(text, i - 1, -1);
    const next = neighbour(text, i + 1, 1);
    if (!isCjk(prev) && !isHan(next)) continue;
    // A run of the same mark (!!) becomes one; the spaces an English habit puts after the
    // mark go too when Chinese follows.
    let end = i + 1;
    while (text[end] === ch) end++;
    const run = end;
    if (isCjk(next)) while (end < text.length && /[ \t]/.test(text[end]!)) end++;
    report(emit, p, i, end, FULL[ch]!, text.slice(i, run));
    i = end - 1;
  }
}

function brackets(p: ParagraphInfo, emit: Emit, shielded: Array<[number, number]>): void {
  const text = p.text;
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  const lone: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inSpans(shielded, i)) continue;
    if (ch === '(' || ch === '（') open.push(i);
    else if (ch === ')' || ch === '）') {
      const o = open.pop();
      if (o === undefined) lone.push(i);
      else pairs.push([o, i]);
    }
  }
  lone.push(...open);
  const half = (i: number) => text[i] === '(' || text[i] === ')';
  const hits: number[] = [];
  for (const [o, c] of pairs) {
    if (!half(o) && !half(c)) continue;
    const inner = text.slice(o + 1, c);
    const chinese = hasHan(inner) || (isHan(neighbour(text, o - 1, -1)) && !/[A-Za-z]/.test(inner));
    if (!chinese) continue;
    if (half(o)) hits.push(o);
    if (half(c)) hits.push(c);
  }
  for (const i of lone) if (half(i) && (isHan(text[i - 1]) || isHan(text[i + 1]))) hits.push(i);
  for (const i of hits.sort((x, y) => x - y)) report(emit, p, i, i + 1, FULL[text[i]!]!);
}

function quotes(p: ParagraphInfo, emit: Emit, shielded: Array<[number, number]>): void {
  const text = p.text;
  // Double quotes: straight and curly ones pair up in order, so “…" is an opening and a closing.
  let openAt: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inSpans(shielded, i) || (ch !== '"' && ch !== '“' && ch !== '”')) continue;
    const opening = ch === '“' || (ch === '"' && openAt === undefined);
    if (opening) {
      openAt = i;
      continue;
    }
    const o = openAt;
    openAt = undefined;
    if (o === undefined) continue;
    const inner = text.slice(o + 1, i);
    const chinese = hasHan(inner) || isHan(text[o - 1]) || isHan(text[i + 1]);
    if (!chinese) continue;
    if (text[o] === '"') emit(p, o, o + 1, msg('中文行文中的直引号应改为弯引号“。', 'Use the Chinese opening quotation mark “ instead of ".'), { replacement: '“' });
    if (ch === '"') emit(p, i, i + 1, msg('中文行文中的直引号应改为弯引号”。', 'Use the Chinese closing quotation mark ” instead of ".'), { replacement: '”' });
  }
  // Single quotes: only those not inside a word (don't, it's are apostrophes).
  const singles: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'" && !inSpans(shielded, i) && !(isLatin(text[i - 1]) && isLatin(text[i + 1]))) singles.push(i);
  }
  for (let k = 0; k + 1 < singles.length; k += 2) {
    const o = singles[k]!;
    const c = singles[k + 1]!;
    if (!hasHan(text.slice(o + 1, c))) continue;
    emit(p, o, o + 1, msg('中文行文中的直引号应改为弯引号‘。', 'Use the Chinese opening quotation mark ‘ instead of \'.'), { replacement: '‘' });
    emit(p, c, c + 1, msg('中文行文中的直引号应改为弯引号’。', 'Use the Chinese closing quotation mark ’ instead of \'.'), { replacement: '’' });
  }
}

export const fullWidthPunctuationRule: ReviewRule = {
  id: 'gbt9704.fullwidth-punctuation',
  source: 'gbt9704',
  name: msg('中文行文使用全角标点', 'Full-width punctuation in Chinese text'),
  citation: msg('GB/T 9704-2012 第9章（标点符号用法依 GB/T 15834）', 'GB/T 9704-2012, chapter 9 (punctuation follows GB/T 15834)'),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    for (const p of structure.paragraphs) {
      if (p.role === 'blank' || !hasHan(p.text)) continue;
      const shielded = protectedSpans(p.text);
      marks(p, emit, shielded);
      brackets(p, emit, shielded);
      quotes(p, emit, shielded);
    }
  },
};
