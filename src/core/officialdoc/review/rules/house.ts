/**
 * House rules: typing slips most offices want caught. They are not in the 条例 or GB/T 9704,
 * so an admin may switch each of them off.
 */
import type { Role } from '../roles.js';
import { cite, msg, quote, type ReviewRule } from '../rule.js';
import { eachMatch } from '../text.js';

// …… and —— are single marks made of two characters, so they are not in this set.
const REPEATED = /([，。、；：！？])\1+/g;

export const repeatedPunctuationRule: ReviewRule = {
  id: 'house.repeated-punctuation',
  source: 'house',
  name: msg('标点重复', 'Repeated punctuation'),
  citation: cite.house(),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    for (const p of structure.paragraphs) {
      if (p.role === 'blank') continue;
      eachMatch(REPEATED, p.text, (m) => {
        const mark = m[1] ?? '';
        emit(p, m.index, m.index + m[0].length, msg(`标点${quote(m[0])}重复，保留一个${quote(mark)}。`, `Repeated ${m[0]}: keep one ${mark}.`), { replacement: mark });
      });
    }
  },
};

/** Function words that are never doubled in formal text, with the idioms that do double them. */
const DOUBLED: ReadonlyArray<readonly [string, RegExp?]> = [
  ['的', /的的确确/],
  ['了', /不了了之|了了分明|小时了了/],
  ['在', undefined],
  ['和', /和和美美|和和气气/],
  ['与', undefined],
  ['及', undefined],
  ['将', undefined],
  ['被', undefined],
  ['并', undefined],
  ['于', undefined],
];

export const duplicatedCharacterRule: ReviewRule = {
  id: 'house.duplicated-character',
  source: 'house',
  name: msg('虚词重复（的的、了了）', 'Doubled function words (的的, 了了)'),
  citation: cite.house(),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    for (const p of structure.paragraphs) {
      if (p.role === 'blank') continue;
      for (const [ch, idiom] of DOUBLED) {
        eachMatch(new RegExp(`${ch}{2,}`, 'g'), p.text, (m) => {
          if (idiom) {
            const around = p.text.slice(Math.max(0, m.index - 3), m.index + m[0].length + 3);
            if (idiom.test(around)) return;
          }
          emit(p, m.index, m.index + m[0].length, msg(`${quote(m[0])}疑为重复输入，应为${quote(ch)}。`, `${quote(m[0])} looks typed twice; keep one ${ch}.`), { replacement: ch });
        });
      }
    }
  },
};

/** Where text is set on purpose with spaces: names in a row, a signature, dates, the 版记. */
const SPACED_ROLES: ReadonlySet<Role> = new Set(['header', 'docNumber', 'signature', 'date', 'attendance', 'cc', 'printed', 'attachmentLabel']);
// One space between Chinese characters; longer runs are layout (blanks to fill in, alignment).
const SPACE = /(?<=[\p{Script=Han}，。、；：！？”’）》])[ \u3000\u00a0](?=[\p{Script=Han}“‘（《])|(?<=[\p{Script=Han}])[ \u3000\u00a0](?=[，。、；：！？”’）》])/gu;

export const spaceInChineseRule: ReviewRule = {
  id: 'house.space-in-chinese',
  source: 'house',
  name: msg('中文文字之间多余的空格', 'Stray spaces inside Chinese text'),
  citation: cite.house(),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    for (const p of structure.paragraphs) {
      if (p.role === 'blank' || SPACED_ROLES.has(p.role)) continue;
      eachMatch(SPACE, p.text, (m) => {
        if (m.index < p.content.start || m.index >= p.content.end) return;
        // 第一条 followed by an ideographic space: legal texts set a space after the article number on purpose.
        if (/第[一二三四五六七八九十百零〇0-9]+[编章节条款]$/.test(p.text.slice(0, m.index))) return;
        emit(p, m.index, m.index + 1, msg('中文文字之间不加空格，应删去此空格。', 'No spaces between Chinese characters: delete this space.'), { replacement: '' });
      });
    }
  },
};
