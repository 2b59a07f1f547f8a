/**
 * 附件说明 (GB/T 9704-2012 7.3.4): "附件：名称" for one attachment; for several, Arabic order
 * numbers "附件：1.××" with the others on their own lines as "2.××"; no punctuation after a
 * name. Attachments appended to the document (7.3.7) carry "附件" or "附件1" and a title that
 * must match the 附件说明.
 */
import { ATTACHMENT_NOTE_START, type ParagraphInfo, type Structure } from '../roles.js';
import { cite, msg, quote, type ReviewRule } from '../rule.js';
import { asciiDigits, parseChineseNumber } from '../text.js';

export interface NoteEntry {
  p: ParagraphInfo;
  /** Start of the line's content (附件… on the first line, the number on the others). */
  lineStart: number;
  /** "附件1：" written on this line, if any. */
  label?: { start: number; end: number; value: number };
  marker?: { start: number; end: number; raw: string; value: number };
  nameStart: number;
  nameEnd: number;
  name: string;
}

const LABEL = /^附件[ \t]*([0-9０-９]{0,2})[ \t]*[：:][ \t]*/;
const MARKER = /^(?:([0-9０-９]{1,2})[ \t]*[.．、，,]|[（(][ \t]*([0-9０-９]{1,2})[ \t]*[）)])[ \t]*/;

/** Each 附件说明 block of the document, as its entries in order. */
export function attachmentNotes(structure: Structure): NoteEntry[][] {
  const blocks: NoteEntry[][] = [];
  for (const p of structure.paragraphs) {
    if (p.role !== 'attachmentNote') continue;
    // "附件2：…" right below "附件1：…" continues the list (a common way of typing it).
    const previous = structure.paragraphs[p.index - 1];
    const label = LABEL.exec(p.text.slice(p.content.start, p.content.end));
    const continues = previous?.role === 'attachmentNote' && !!label?.[1] && Number(asciiDigits(label[1])) > 1;
    if (ATTACHMENT_NOTE_START.test(p.content.text) && !continues) blocks.push([]);
    const block = blocks[blocks.length - 1];
    if (!block) continue;
    let at = p.content.start;
    const entry: Partial<NoteEntry> = { p, lineStart: at };
    if (label) {
      const value = label[1] ? Number(asciiDigits(label[1])) : 0;
      entry.label = { start: at, end: at + label[0].length, value };
      at += label[0].length;
    }
    const marker = MARKER.exec(p.text.slice(at, p.content.end));
    if (marker) {
      entry.marker = { start: at, end: at + marker[0].length, raw: marker[0].trim(), value: Number(asciiDigits(marker[1] ?? marker[2] ?? '0')) };
      at += marker[0].length;
    }
    block.push({ ...entry, nameStart: at, nameEnd: p.content.end, name: p.text.slice(at, p.content.end) } as NoteEntry);
  }
  return blocks.filter((b) => b.length);
}

const LEVEL_NOTE = cite.gbt('7.3.4', '附件说明', 'attachment list');

export const attachmentNoteNumberingRule: ReviewRule = {
  id: 'gbt9704.attachment-note-numbering',
  source: 'gbt9704',
  name: msg('附件说明的顺序号', 'Order numbers in the attachment list'),
  citation: LEVEL_NOTE,
  scopes: ['document', 'selection'],
  check(structure, emit) {
    const lastText = [...structure.paragraphs].reverse().find((p) => p.role !== 'blank')?.index;
    for (const block of attachmentNotes(structure)) {
      // A selection may end inside the list: then one entry does not mean one attachment.
      const open = structure.scope === 'selection' && block[block.length - 1]!.p.index === lastText;
      if (open && block.length === 1) continue;
      const single = block.length === 1;
      block.forEach((entry, k) => {
        const { p } = entry;
        const n = k + 1;
        if (single) {
          // One attachment: no order number at all.
          if (entry.label && entry.label.value) {
            emit(p, entry.label.start, entry.label.end, msg('只有一个附件时不编顺序号，写作“附件：名称”。', 'With one attachment there is no order number: write 附件：name.'), { replacement: '附件：' });
          }
          if (entry.marker) {
            emit(p, entry.marker.start, entry.marker.end, msg('只有一个附件时不编顺序号，写作“附件：名称”。', 'With one attachment there is no order number: write 附件：name.'), { replacement: '' });
          }
          return;
        }
        const want = `${n}.`;
        const several = msg(
          `有多个附件时，用阿拉伯数字标注顺序号：第一个写作“附件：1.名称”，其余另起一行写作“2.名称”……此处应为${quote(k === 0 ? `附件：${want}` : want)}。`,
          `With several attachments, number them "附件：1.name", then "2.name" on the next lines; this one should read ${k === 0 ? `附件：${want}` : want}.`,
        );
        if (entry.label && (k > 0 || entry.label.value)) {
          // "附件2：名称" lines become "2.名称"; "附件1：名称" becomes "附件：1.名称".
          const end = entry.marker ? entry.marker.end : entry.label.end;
          emit(p, entry.label.start, end, several, { replacement: k === 0 ? `附件：${want}` : want });
        } else if (entry.marker) {
          if (entry.marker.raw !== want || p.text.slice(entry.marker.start, entry.marker.end) !== want) {
            emit(p, entry.marker.start, entry.marker.end, several, { replacement: want });
          }
        } else if (entry.nameEnd > entry.nameStart) {
          const first = p.text.slice(entry.nameStart, entry.nameStart + 1);
          emit(p, entry.nameStart, entry.nameStart + 1, several, { replacement: `${want}${first}` });
        }
      });
    }
  },
};

const TRAILING = /[。；;，,、.．：:]+$/;

export const attachmentNotePunctuationRule: ReviewRule = {
  id: 'gbt9704.attachment-note-punctuation',
  source: 'gbt9704',
  name: msg('附件名称后不加标点', 'No punctuation after attachment names'),
  citation: LEVEL_NOTE,
  scopes: ['document', 'selection'],
  check(structure, emit) {
    for (const entry of attachmentNotes(structure).flat()) {
      const m = TRAILING.exec(entry.name);
      if (!m) continue;
      emit(entry.p, entry.nameStart + m.index, entry.nameEnd, msg(
        `附件名称后不加标点符号，应删去${quote(m[0])}。`,
        `No punctuation after an attachment name: delete ${m[0]}.`,
      ), { replacement: '' });
    }
  },
};

const compact = (s: string) => s.replace(/[\s《》〈〉“”"]/g, '').replace(TRAILING, '');

function labelValue(text: string): number | undefined {
  const m = /^附件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]?$/.exec(text);
  if (!m) return undefined;
  if (!m[1]) return 0;
  return /[0-9０-９]/.test(m[1]) ? Number(asciiDigits(m[1])) : parseChineseNumber(m[1]);
}

export const attachmentMatchRule: ReviewRule = {
  id: 'gbt9704.attachment-match',
  source: 'gbt9704',
  name: msg('附件与附件说明一致', 'Attachments match the attachment list'),
  citation: cite.gbt('7.3.7', '附件', 'attachments'),
  scopes: ['document'],
  check(structure, emit) {
    const labels = structure.paragraphs.filter((p) => p.role === 'attachmentLabel');
    if (!labels.length) return;
    const notes = attachmentNotes(structure)[0] ?? [];
    // Label form: "附件" for one attachment, "附件1", "附件2" … for several.
    labels.forEach((label, k) => {
      const want = labels.length === 1 ? '附件' : `附件${k + 1}`;
      if (label.content.text === want) return;
      const value = labelValue(label.content.text);
      const zh = labels.length === 1 ? '只有一个附件时，附件首页左上角只写“附件”二字。' : `附件顺序号用阿拉伯数字并按顺序编排，此处应为${quote(want)}。`;
      const en = labels.length === 1 ? 'With one attachment its first page is headed just 附件.' : `Attachments are headed 附件1, 附件2 … in order; this one should read ${want}.`;
      if (value !== undefined) emit(label, label.content.start, label.content.end, msg(zh, en), { replacement: want });
    });
    if (!notes.length) {
      const first = labels[0]!;
      emit(first, first.content.start, first.content.end, msg(
        '文后附有附件，但正文之后没有附件说明（“附件：名称”）。',
        'Attachments are appended, but there is no attachment list (附件：name) after the body text.',
      ), { citation: LEVEL_NOTE });
      return;
    }
    if (notes.length !== labels.length) {
      const entry = notes[0]!;
      emit(entry.p, entry.lineStart, entry.p.content.end, msg(
        `附件说明列出${notes.length}个附件，文后附有${labels.length}个附件，两者应一致。`,
        `The attachment list names ${notes.length} attachment(s) but ${labels.length} are appended; they must agree.`,
      ));
    }
    notes.forEach((entry, k) => {
      const label = labels[k];
      if (!label) return;
      const titleP = structure.paragraphs.find((p) => p.section === label.section && p.role === 'attachmentTitle');
      if (!titleP || !entry.name.trim()) return;
      if (compact(entry.name) === compact(titleP.content.text)) return;
      const title = titleP.content.text;
      const name = entry.name.replace(TRAILING, '');
      emit(entry.p, entry.nameStart, entry.nameStart + name.length, msg(
        `附件说明中的名称${quote(name)}与${label.content.text}的标题${quote(title)}不一致，两者的表述应当一致。`,
        `The attachment list says ${quote(name)} but ${label.content.text} is titled ${quote(title)}; they must read the same.`,
      ), { replacement: title });
    });
  },
};
