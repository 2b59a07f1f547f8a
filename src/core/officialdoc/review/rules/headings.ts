/**
 * Structure numbers (GB/T 9704-2012 7.3.3: 一、 （一） 1. （1）, in that order).
 *
 * Practice this follows: a level may be skipped downwards (1. directly under 一、, （1） under
 * （一）), as short documents do; but under one parent a shallower level must not come after a
 * deeper one (（一） after 1. below the same 一、, or （一） before the first 一、). Numbers count
 * 1, 2, 3 … per parent and level. A 1. or （1） list may start again at 1 after a plain
 * paragraph under the same parent (two lists under one heading). Each appended attachment
 * numbers on its own. In a selection the first numbers seen set the start, since the fragment
 * may begin mid-way.
 */
import { canonicalMarker, type HeadingLevel } from '../numbering.js';
import type { ParagraphInfo, Structure } from '../roles.js';
import { cite, msg, quote, type Emit, type ReviewRule } from '../rule.js';

const LEVELS = msg('结构层次序数依次用“一、”“（一）”“1.”“（1）”', 'structure numbers go 一、 （一） 1. （1）, in that order');

interface Scope {
  /** Level of the parent heading; 0 for the top of a section. */
  level: number;
  known: boolean;
  counts: Map<number, number>;
  /** First number seen per level (selection scope, top level). */
  firsts: Map<number, number>;
  /** First child heading per level, to name in an order finding. */
  firstChild: Map<number, ParagraphInfo>;
  inverted: boolean;
}

const newScope = (level: number, known: boolean): Scope => ({ level, known, counts: new Map(), firsts: new Map(), firstChild: new Map(), inverted: false });

interface Visit {
  heading: ParagraphInfo & { heading: NonNullable<ParagraphInfo['heading']> };
  expected: number;
  scope: Scope;
}

/** Walks the headings of each section with a parent stack and reports what each rule needs. */
function walk(structure: Structure, onHeading: (visit: Visit) => void, onInversion: (deeper: ParagraphInfo, shallower: ParagraphInfo) => void): void {
  const selection = structure.scope === 'selection';
  let section = -1;
  let stack: Array<{ level: HeadingLevel; scope: Scope }> = [];
  let root = newScope(0, !selection);
  let previous: ParagraphInfo | undefined;
  for (const p of structure.paragraphs) {
    if (p.section !== section) {
      section = p.section;
      stack = [];
      root = newScope(0, !selection || section > 0);
      previous = undefined;
    }
    if (p.role === 'blank') continue;
    if (p.role !== 'heading' || !p.heading) {
      if (p.role === 'body') previous = p;
      else if (p.role !== 'attachmentTitle' && p.role !== 'attachmentLabel') previous = undefined;
      continue;
    }
    const { level, value } = p.heading;
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    const scope = stack.length ? stack[stack.length - 1]!.scope : root;
    // A deeper level already used under this parent: the order is upside down.
    if (!scope.inverted && scope.known) {
      const deeper = [...scope.firstChild.entries()].filter(([l]) => l > level).sort((x, y) => x[0] - y[0])[0];
      if (deeper) {
        scope.inverted = true;
        onInversion(deeper[1], p);
      }
    }
    if (!scope.firstChild.has(level)) scope.firstChild.set(level, p);
    // A fresh 1. / （1） list after a plain paragraph starts counting again.
    const restart = level >= 3 && value === 1 && previous?.role === 'body' && (scope.counts.get(level) ?? 0) > 0;
    const count = restart ? 1 : (scope.counts.get(level) ?? 0) + 1;
    scope.counts.set(level, count);
    if (!scope.known && !scope.firsts.has(level)) scope.firsts.set(level, value - count + 1);
    const expected = (scope.known ? 1 : (scope.firsts.get(level) ?? 1)) + count - 1;
    onHeading({ heading: p as Visit['heading'], expected, scope });
    stack.push({ level, scope: newScope(level, true) });
    previous = p;
  }
}

export const headingSequenceRule: ReviewRule = {
  id: 'gbt9704.heading-sequence',
  source: 'gbt9704',
  name: msg('结构层次序号连续', 'Structure numbers run without gaps'),
  citation: cite.gbt('7.3.3', '正文·结构层次序数', 'body text, structure numbers'),
  scopes: ['document', 'selection'],
  check(structure, emit: Emit) {
    walk(
      structure,
      ({ heading, expected, scope }) => {
        const marker = heading.heading;
        // Once the levels under a parent are upside down, counting them would mislead.
        if (marker.value === expected || scope.inverted) return;
        const want = canonicalMarker(marker.level, expected);
        emit(heading, marker.start, marker.end, msg(
          `序号不连续：此处应为${quote(want)}（同一层级的序号依次排列，不跳号、不重号）。`,
          `Numbers skip or repeat here: this should be ${want} (numbers of one level run 1, 2, 3 …).`,
        ), { replacement: want });
      },
      () => undefined,
    );
  },
};

export const headingSeparatorRule: ReviewRule = {
  id: 'gbt9704.heading-separator',
  source: 'gbt9704',
  name: msg('结构层次序号的写法', 'How structure numbers are written'),
  citation: cite.gbt('7.3.3', '正文·结构层次序数', 'body text, structure numbers'),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    for (const p of structure.paragraphs) {
      const marker = p.role === 'heading' ? p.heading : undefined;
      if (!marker || marker.raw === marker.canonical) continue;
      emit(p, marker.start, marker.end, msg(
        `序号${quote(marker.raw.trim())}应写作${quote(marker.canonical)}（${LEVELS['zh-CN']}）。`,
        `Write ${marker.canonical} instead of ${marker.raw.trim()} (${LEVELS['en-US']}).`,
      ), { replacement: marker.canonical });
    }
  },
};

export const headingLevelOrderRule: ReviewRule = {
  id: 'gbt9704.heading-level-order',
  source: 'gbt9704',
  name: msg('结构层次的顺序', 'Order of structure levels'),
  citation: cite.gbt('7.3.3', '正文·结构层次序数', 'body text, structure numbers'),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    walk(structure, () => undefined, (deeper, shallower) => {
      const d = deeper.heading!;
      const s = shallower.heading!;
      emit(deeper, d.start, d.end, msg(
        `层次顺序颠倒：${quote(d.raw.trim())}排在${quote(s.raw.trim())}之前。${LEVELS['zh-CN']}，下一层序号只用在上一层标题之下。`,
        `Levels are upside down: ${d.raw.trim()} comes before ${s.raw.trim()} at the same place in the outline; ${LEVELS['en-US']}.`,
      ));
    });
  },
};
