/** 主送机关: the last name is followed by a full-width colon (GB/T 9704-2012 7.3.2). */
import { cite, msg, type ReviewRule } from '../rule.js';

export const addresseeColonRule: ReviewRule = {
  id: 'gbt9704.addressee-colon',
  source: 'gbt9704',
  name: msg('主送机关后标全角冒号', 'Full-width colon after the addressees'),
  citation: cite.gbt('7.3.2', '主送机关', 'addressees'),
  scopes: ['document', 'selection'],
  check(structure, emit) {
    for (const p of structure.paragraphs) {
      if (p.role !== 'addressee') continue;
      const last = p.content.end - 1;
      if (p.colonMissing) {
        const ch = p.text.slice(last, p.content.end);
        emit(p, last, p.content.end, msg(
          '主送机关最后一个机关名称后应标全角冒号“：”。',
          'Put a full-width colon “：” after the last addressee.',
        ), { replacement: `${ch}：` });
      } else if (p.text[last] === ':') {
        emit(p, last, p.content.end, msg(
          '主送机关后应标全角冒号“：”，不用半角“:”。',
          'Use the full-width colon “：” after the addressees, not the half-width ":".',
        ), { replacement: '：' });
      }
    }
  },
};
