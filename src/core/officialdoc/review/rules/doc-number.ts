/**
 * 发文字号 (GB/T 9704-2012 7.2.5): year in full inside 六角括号 〔〕, sequence number without 第
 * and without leading zeros, then 号 — e.g. 京政发〔2024〕7号. Numbers cited in the text are
 * held to the same form.
 */
import { cite, msg, quote, type ReviewRule } from '../rule.js';
import { asciiDigits, eachMatch } from '../text.js';

// The agency code ends right before the bracket; one Chinese or Latin character is enough to
// tell a document number from a bracketed year in prose.
const DOC_NUMBER = /(?<=[\p{Script=Han}A-Za-z])([〔［[【(（﹝〖])[ \t]*([0-9０-９]{4})[ \t]*([〕］\]】)）﹞〗])[ \t]*(第)?[ \t]*([0-9０-９]+)[ \t]*号/gu;

export const docNumberRule: ReviewRule = {
  id: 'gbt9704.doc-number-format',
  source: 'gbt9704',
  name: msg('发文字号的写法', 'How the document number is written'),
  citation: cite.gbt('7.2.5', '发文字号', 'document number'),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    for (const p of structure.paragraphs) {
      if (p.role === 'blank') continue;
      eachMatch(DOC_NUMBER, p.text, (m) => {
        const [whole, open = '', year = '', close = '', di, seq = ''] = m;
        const canonical = `〔${asciiDigits(year)}〕${Number(asciiDigits(seq))}号`;
        if (whole === canonical) return;
        const problems: Array<[string, string]> = [];
        if (open !== '〔' || close !== '〕') problems.push(['年份用六角括号“〔〕”括入', 'put the year in 〔〕']);
        if (di) problems.push(['顺序号不加“第”字', 'no 第 before the number']);
        if (/^[0０]/.test(seq)) problems.push(['顺序号不编虚位（1不编为01）', 'no leading zeros']);
        if (!problems.length) problems.push(['数字用半角，中间不加空格', 'ASCII digits, no spaces']);
        emit(p, m.index, m.index + whole.length, msg(
          `发文字号应写作${quote(canonical)}：${problems.map((x) => x[0]).join('，')}。`,
          `Write the document number as ${canonical}: ${problems.map((x) => x[1]).join('; ')}.`,
        ), { replacement: canonical });
      });
    }
  },
};
