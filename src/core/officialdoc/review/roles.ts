/**
 * Paragraph roles, guessed from plain text the way a reader would: a document typed by hand
 * has no styles to go by. Top-down: 版头 lines, the title, the 主送机关 line; the rest is
 * body unless it looks like a 附件说明, a signature, a date, a 附注, a 纪要 attendance line, an
 * appended attachment (附件1 + title) or a 版记 line (抄送…, …印发). See README.md for the limits.
 */
import { bareTitle, docTypeFromTitle, normaliseDocType } from './doc-type.js';
import { readMarker, type HeadingMarker } from './numbering.js';
import { CN_DIGIT_CLASS, CN_NUMBER_CLASS, contentOf, hasHan, type Content } from './text.js';
import type { ReviewScope } from './types.js';

export type Role =
  | 'blank'
  | 'header' // 份号, 密级, 紧急程度, 发文机关标志, 签发人, separator lines
  | 'docNumber' // 发文字号 (may share the line with 签发人)
  | 'title'
  | 'addressee' // 主送机关
  | 'body'
  | 'heading' // a body paragraph that starts with 一、 （一） 1. （1）
  | 'attachmentNote' // 附件说明, first line and numbered continuation lines
  | 'signature' // 发文机关署名
  | 'date' // a paragraph that is only a date (成文日期)
  | 'note' // 附注, e.g. （联系人：…，电话：…）
  | 'attendance' // 纪要: 出席, 请假, 列席 …
  | 'attachmentLabel' // 附件 / 附件1 heading an appended attachment
  | 'attachmentTitle'
  | 'cc' // 抄送 (版记)
  | 'printed'; // 印发机关和印发日期 (版记)

export interface ParagraphInfo {
  index: number;
  text: string;
  content: Content;
  role: Role;
  /** 0 for the document itself, 1, 2, … for the attachments appended after it. */
  section: number;
  /** Role 'heading' only. */
  heading?: HeadingMarker;
  /** Role 'addressee' without any colon at its end (found in document scope only). */
  colonMissing?: boolean;
}

export interface Structure {
  scope: ReviewScope;
  paragraphs: ParagraphInfo[];
  /** From the caller, else from the title. */
  docType?: string;
  /** Indices of the title paragraphs (a long title may be typed on two or three lines). */
  title: number[];
}

const DIGIT = '[0-9０-９]';
const SEP = '[-./／．—－]';
export const DATE_ONLY = new RegExp(
  `^(?:${DIGIT}{4}\\s*年\\s*${DIGIT}{1,2}\\s*月\\s*${DIGIT}{1,2}\\s*日` +
    `|[${CN_DIGIT_CLASS}O0]{4}\\s*年\\s*[${CN_NUMBER_CLASS}]{1,3}\\s*月\\s*[${CN_NUMBER_CLASS}]{1,4}\\s*日` +
    `|${DIGIT}{4}\\s*${SEP}\\s*${DIGIT}{1,2}\\s*${SEP}\\s*${DIGIT}{1,2}\\s*日?` +
    '|【成文日期】)$',
);
export const DOC_NUMBER = /[\p{Script=Han}A-Za-z][〔［[【(（﹝〖]\s*[0-9０-９]{4}\s*[〕］\]】)）﹞〗]\s*第?\s*[0-9０-９]+\s*号/u;

const HEADER_LINE = [
  /^[0-9]{1,8}$/, // 份号
  /^(?:绝密|机密|秘密)(?:\s*★.*)?$/,
  /^(?:特急|加急|特提|平急)$/,
  /^签发人\s*[：:]/,
  /^[^。，；：！？]{2,30}文件$/, // 发文机关标志, e.g. ××市人民政府文件
  /^[—━─_\-=＝★*\s]{3,}$/,
  /^第\s*[0-9０-９一二三四五六七八九十百]+\s*期$/,
  /^【[^】]{1,12}】(?:\s*签发人\s*[：:].*)?$/, // a placeholder left for the clerk, e.g. 【发文字号】
];
const ATTACHMENT_LABEL = /^附件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]?$/;
export const ATTACHMENT_NOTE_START = /^附件\s*[0-9０-９]{0,2}\s*[：:]\s*\S/;
const ATTACHMENT_NOTE_MORE = /^(?:[0-9０-９]{1,2}\s*[.．、，,]|[（(]\s*[0-9０-９]{1,2}\s*[）)]|附件\s*[0-9０-９]{1,2}\s*[：:])/;
const CC = /^(?:抄送|抄报|分送)\s*[：:]/;
const PRINTED = /印发$/;
const ATTENDANCE = /^(?:出席|列席|请假|缺席|参加|参会|记录)(?:人员|单位)?\s*[：:]/;
const SENTENCE_PUNCT = /[。；！？!?;]/;
const ORG_END =
  /(?:政府|委员会|常委会|委|局|厅|办|办公室|部|院|会|公司|集团|单位|机关|处|科|室|中心|学校|医院|所|站|队|部门|企业|街道|乡|镇|村|社区|学院|大学|银行|行|党委|党组|组|团|馆|台|社|署|司|府|区|县|市|省|州|盟|旗|校|园|同志|领导|人员|[×X]{2,})$/;
const BODY_CUE = /(?:如下|下列|以下|现将|现就|根据|按照|为了|为进一步|经研究|特此|事项)/;

const isBlank = (p: ParagraphInfo) => p.role === 'blank';

function isHeaderLine(text: string): boolean {
  return HEADER_LINE.some((re) => re.test(text)) || isDocNumberLine(text);
}

function isDocNumberLine(text: string): boolean {
  const m = DOC_NUMBER.exec(text);
  return !!m && m.index <= 20 && text.length <= 60 && !SENTENCE_PUNCT.test(text);
}

// Sentences that end in a kind of document without being a title: 会议听取了……的报告。
const SENTENCE_START = /^(?:特此|现将|现就|以上|妥否|当否|会议|根据|按照|依据|经研究|为了|为进一步|请各|已经)/;
const REPORTED = /听取|审议|研究了|学习了|讨论了|收到/;
/** Titles are centred, never indented like body text. */
const INDENTED = /^(?:\u3000{2}| {4}|\t)/;

/** A title on its own: names a kind of document or starts with 关于, with no sentence inside. */
function isTitleLike(text: string, docType: string | undefined): boolean {
  const bare = bareTitle(text);
  if (bare.length < 4 || bare.length > 90 || SENTENCE_PUNCT.test(bare) || /[：:]/.test(bare)) return false;
  if (readMarker(bare, 0) || DATE_ONLY.test(bare) || SENTENCE_START.test(bare) || REPORTED.test(bare)) return false;
  return !!docTypeFromTitle(bare) || /^关于.+的/.test(bare) || (!!docType && bare.endsWith(docType));
}

/** A title line that does not end the title: no punctuation at all, and short. */
function isTitleStart(text: string): boolean {
  const bare = text.replace(/^#+\s*/, '');
  return bare.length >= 2 && bare.length <= 50 && !/[。，；：！？,;:!?]/.test(bare) && !readMarker(bare, 0) && !DATE_ONLY.test(bare);
}

function addresseeName(text: string): string | undefined {
  const m = /^([^：:]{2,150})[：:]$/.exec(text);
  if (!m?.[1]) return undefined;
  const name = m[1];
  if (SENTENCE_PUNCT.test(name) || BODY_CUE.test(name) || readMarker(name, 0)) return undefined;
  if (/^(?:附件|抄送|抄报|分送|签发人|联系人|电话|地址|时间|地点|出席|列席|请假|主题|事由)/.test(name)) return undefined;
  return name;
}

const lastOrg = (name: string) => name.split(/[，、,]/).pop()?.trim() ?? '';

function isSignatureLike(text: string): boolean {
  return (
    text.length <= 40 &&
    hasHan(text) &&
    !/[。，；：！？,;:!?]/.test(text) &&
    !readMarker(text, 0) &&
    !DATE_ONLY.test(text) &&
    !/^(?:附件|特此|妥否|当否|以上)/.test(text)
  );
}

export function detectStructure(paragraphs: readonly string[], scope: ReviewScope, docType?: string): Structure {
  const infos: ParagraphInfo[] = paragraphs.map((text, index) => {
    const content = contentOf(text);
    return { index, text, content, role: content.text ? 'body' : 'blank', section: 0 };
  });
  const next = (from: number, until = infos.length): ParagraphInfo | undefined => {
    for (let i = from; i < until; i++) if (!isBlank(infos[i]!)) return infos[i];
    return undefined;
  };
  const given = normaliseDocType(docType);
  const doc = scope === 'document';

  // 版头: only at the very top.
  let i = 0;
  for (; i < infos.length; i++) {
    const p = infos[i]!;
    if (isBlank(p)) continue;
    if (!isHeaderLine(p.content.text)) break;
    p.role = isDocNumberLine(p.content.text) ? 'docNumber' : 'header';
  }

  // Title: one line naming the kind, or up to three lines of which the last does.
  const title: number[] = [];
  const t0 = next(i);
  if (t0) {
    const candidates: ParagraphInfo[] = [t0];
    for (let k = t0.index + 1; k < infos.length && candidates.length < 3; k++) {
      const p = infos[k]!;
      if (isBlank(p)) break;
      candidates.push(p);
    }
    for (let n = 1; n <= candidates.length; n++) {
      const lines = candidates.slice(0, n);
      const last = lines[n - 1]!;
      if (lines.some((p) => INDENTED.test(p.text))) break;
      if (lines.slice(0, -1).every((p) => isTitleStart(p.content.text)) && isTitleLike(last.content.text, given)) {
        title.push(...lines.map((p) => p.index));
        break;
      }
    }
    // A short line right above a 主送机关 line is a title too (方案, 办法, 要点 …), in a whole document.
    const after = next(t0.index + 1);
    if (!title.length && doc && !INDENTED.test(t0.text) && isTitleStart(t0.content.text) && after && addresseeName(after.content.text)) title.push(t0.index);
  }
  for (const k of title) infos[k]!.role = 'title';
  const detected = title.length ? docTypeFromTitle(title.map((k) => infos[k]!.content.text).join('')) : undefined;

  // 主送机关: the first paragraph after the title (or at the top of the text).
  const afterTitle = title.length ? title[title.length - 1]! + 1 : i;
  const a = next(afterTitle);
  if (a) {
    const name = addresseeName(a.content.text);
    const needsOrg = !title.length || !doc;
    if (name && (!needsOrg || ORG_END.test(lastOrg(name)))) a.role = 'addressee';
    else if (doc && title.length && detected !== '纪要' && given !== '纪要' && looksLikeBareAddressee(a.content.text) && isBodyText(next(a.index + 1))) {
      a.role = 'addressee';
      a.colonMissing = true;
    }
  }

  // Attachments appended after the document: a line that is only 附件 / 附件1, then the title.
  const bodyFrom = a && a.role === 'addressee' ? a.index + 1 : afterTitle;
  let section = 0;
  let expectTitle = false;
  for (let k = bodyFrom; k < infos.length; k++) {
    const p = infos[k]!;
    if (isBlank(p)) continue;
    if (ATTACHMENT_LABEL.test(p.content.text)) {
      section++;
      p.role = 'attachmentLabel';
      expectTitle = true;
    } else if (expectTitle) {
      expectTitle = false;
      if (p.content.text.length <= 90 && !SENTENCE_PUNCT.test(p.content.text)) p.role = 'attachmentTitle';
    }
    p.section = section;
  }

  // 版记 at the very end: 抄送 and 印发 lines.
  for (let k = infos.length - 1; k >= bodyFrom; k--) {
    const p = infos[k]!;
    if (isBlank(p)) continue;
    const text = p.content.text;
    if (CC.test(text)) p.role = 'cc';
    else if (PRINTED.test(text) && /[0-9０-９]{4}\s*[年\-./]/.test(text) && !SENTENCE_PUNCT.test(text)) p.role = 'printed';
    else if (/^[—━─_\-=＝\s]{3,}$/.test(text)) p.role = 'header';
    else break;
  }

  // Lines that say what they are, in the document's own part and in fragments.
  for (let k = bodyFrom; k < infos.length; k++) {
    const p = infos[k]!;
    if (p.role !== 'body' || p.section > 0) continue;
    const text = p.content.text;
    if (DATE_ONLY.test(text)) p.role = 'date';
    else if (ATTENDANCE.test(text)) p.role = 'attendance';
    else if (ATTACHMENT_NOTE_START.test(text)) {
      p.role = 'attachmentNote';
      for (let j = k + 1; j < infos.length; j++) {
        const q = infos[j]!;
        if (isBlank(q) || q.role !== 'body' || !ATTACHMENT_NOTE_MORE.test(q.content.text)) break;
        q.role = 'attachmentNote';
      }
    }
  }
  for (const p of infos) {
    if (p.role !== 'date' || p.section > 0) continue;
    // 发文机关署名: up to three short lines right above the date.
    for (let j = p.index - 1, n = 0; j >= bodyFrom && n < 3; j--) {
      const q = infos[j]!;
      if (isBlank(q)) {
        if (n > 0) break;
        continue;
      }
      if (q.role !== 'body' || !isSignatureLike(q.content.text)) break;
      q.role = 'signature';
      n++;
    }
    // 附注: bracketed lines right below the date.
    for (let j = p.index + 1; j < infos.length; j++) {
      const q = infos[j]!;
      if (isBlank(q)) continue;
      if (q.role !== 'body' || !/^[（(]/.test(q.content.text)) break;
      q.role = 'note';
    }
  }
  for (const p of infos) {
    if (p.role === 'body' && /^[（(].*联系人/.test(p.content.text) && /[）)]$/.test(p.content.text)) p.role = 'note';
    if (p.role !== 'body') continue;
    const marker = readMarker(p.text, p.content.start);
    if (marker) {
      p.role = 'heading';
      p.heading = marker;
    }
  }

  return { scope, paragraphs: infos, docType: given ?? detected, title };
}

/** Running text follows a 主送机关; a date or a signature follows a 纪要's issuing office. */
const isBodyText = (p: ParagraphInfo | undefined) => !!p && !DATE_ONLY.test(p.content.text) && (SENTENCE_PUNCT.test(p.content.text) || /[：:，,]/.test(p.content.text));

/** A 主送机关 typed without its colon: a short list of bodies with no sentence punctuation. */
function looksLikeBareAddressee(text: string): boolean {
  return (
    text.length <= 80 &&
    !/[。；！？!?;：:，,]$/.test(text) &&
    !SENTENCE_PUNCT.test(text) &&
    !BODY_CUE.test(text) &&
    !readMarker(text, 0) &&
    !DATE_ONLY.test(text) &&
    ORG_END.test(lastOrg(text))
  );
}
