/**
 * The title ends with the kind of document (《党政机关公文处理工作条例》 article 9: 标题由发文机关
 * 名称、事由和文种组成), so a trailing 。，；： is a typing slip. 》 and ） stay.
 */
import { cite, msg, quote, type ReviewRule } from '../rule.js';

const TRAILING = /[。，；：、,.;:！？!?]+$/;

export const titlePunctuationRule: ReviewRule = {
  id: 'tiaoli.title-end-punctuation',
  source: 'tiaoli',
  name: msg('标题末尾不加标点', 'No punctuation at the end of the title'),
  citation: cite.tiaoli('第九条（标题）', 'article 9 (title)'),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    const last = structure.title[structure.title.length - 1];
    const p = last === undefined ? undefined : structure.paragraphs[last];
    if (!p) return;
    const m = TRAILING.exec(p.content.text);
    if (!m) return;
    const start = p.content.start + m.index;
    emit(p, start, p.content.end, msg(
      `标题由发文机关名称、事由和文种组成，以文种结尾，末尾的${quote(m[0])}应删去。`,
      `A title ends with the kind of document; delete the trailing ${m[0]}.`,
    ), { replacement: '' });
  },
};
