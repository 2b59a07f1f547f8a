/**
 * Removes what ends a message without being its content: "Sent from my iPhone" lines, legal
 * disclaimers (English and Chinese), the "-- " signature, a closing ("Best regards," / "此致
 * 敬礼" / "顺祝商祺") with the name block after it, and a trailing block of name, title, phone
 * and address lines. Nothing that asks a question is ever removed, and a message is never
 * emptied: if everything looks like a signature, it stays.
 */
import { isRule, paragraphs } from './normalise.js';
import { isQuestion } from './questions.js';

const DEVICE_LINE = new RegExp(
  [
    '^(sent|envoyé) (from|with|via) (my )?\\S.{0,40}$',
    '^get outlook for (ios|android)$',
    '^sent from (outlook|mail) for (windows|ios|android|mac).*$',
    '^发自我的\\s?\\S.{0,20}$',
    '^来自我的\\s?\\S.{0,20}$',
    '^从我的\\s?\\S.{0,20}发送$',
    '^(发自|来自)\\s?(网易邮箱大师|QQ邮箱|企业微信|钉钉|Foxmail|iPhone|iPad|华为|小米).{0,20}$',
  ].join('|'),
  'i',
);

// Phrases that only legal notices use, each enough on its own (in a paragraph of some length).
const DISCLAIMER_LEADS = [
  /^\W*(confidentiality (notice|note|statement)|legal (notice|disclaimer)|disclaimer|important notice|privileged (and|&) confidential|notice of confidentiality)\b/i,
  /\bthis (e-?mail|message|communication|transmission)(,)?( and (any|all) (of )?(its )?(attachments?|files?|documents?)( transmitted with it)?)?(,)? (is|are|may be|contains?|may contain) (strictly )?(confidential|privileged|intended (solely|only))/i,
  /\bif you (are not the intended recipient|have received this (e-?mail|message|communication)? ?in error|received this (e-?mail|message)? ?in error)/i,
  /^\W*(保密声明|免责声明|法律声明|保密提示|重要声明|郑重声明)/,
  /本(电子)?邮件(及其|和|以及)?(任何)?(附件)?[^。\n]{0,30}(保密|机密|专有|特权)信息/,
  /(如果|如)您(并)?(不是|非)(本邮件的)?(指定|预期)?收件人/,
  /(误收|错误地?收到)(本|此)(邮件|信息)/,
];

const DISCLAIMER_CUES = [
  /confidential/i, /privileged/i, /intended (solely |only )?(for|recipient)/i, /addressee/i, /in error/i,
  /notify the sender/i, /delete (this|it|the)/i, /unauthori[sz]ed/i, /prohibited/i, /disclos/i,
  /dissemination|distribution|copying/i, /virus/i, /liabilit/i, /legally/i,
  /保密/, /机密/, /指定收件人|预期收件人/, /收件人以外/, /误收|错误收到/, /通知发件人/, /删除/, /禁止/, /未经(授权|许可)/,
  /法律责任/, /病毒/, /不承担/,
];

/** A legal notice: a lead phrase, or at least three of the cues legal notices pile up. */
export function isDisclaimer(paragraph: string): boolean {
  if (paragraph.split('\n').some(isQuestion)) return false;
  if (paragraph.length >= 40 && DISCLAIMER_LEADS.some((re) => re.test(paragraph))) return true;
  return DISCLAIMER_CUES.filter((re) => re.test(paragraph)).length >= 3;
}

const CLOSING_EN =
  '(best|kind|warm|warmest|many|with (best|kind|warm)|all the)? ?(regards|wishes|thanks|thank you|cheers|sincerely|yours sincerely|yours faithfully|yours truly|faithfully|respectfully|best|thx|br|cordially)';
const CLOSING = new RegExp(
  `^(${CLOSING_EN}[,.!]?|${CLOSING_EN}, ([A-Z][\\w.'-]*( [A-Z][\\w.'-]*){0,2}|\\p{Script=Han}{2,4})` +
    '|(此致|顺祝|顺颂|即颂|顺祝商祺|顺颂商祺|祝商祺|商祺|顺颂时祺|祝好|祝工作顺利|祝一切顺利|此致敬礼|敬礼|谢谢|多谢|感谢|致礼)[！!，,。]?)$',
  'iu',
);

const CONTACT_CUE = new RegExp(
  [
    '(?:\\+|00)\\d[\\d\\s().-]{6,}', '\\d{3,4}[-\\s]\\d{7,8}', '1[3-9]\\d[-\\s]?\\d{4}[-\\s]?\\d{4}', '\\(\\d{2,4}\\)\\s?\\d',
    '(?<![\\w.%+-])[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)+', '\\bwww\\.', 'https?://',
    '^(tel|phone|mobile|mob|cell|fax|direct|office|email|e-mail|web|address|addr)\\b', '^[TMFEW]\\s?[:.]',
    '\\b(manager|director|engineer|officer|head of|lead|specialist|coordinator|assistant|president|vp|ceo|cfo|cto|coo|partner|consultant|analyst|representative|executive|secretary|counsel|accountant)\\b',
    '\\b(ltd|inc|llc|gmbh|plc|co\\.|company|corporation|group|limited)\\b',
    '电话', '手机', '传真', '邮箱', '地址', '微信', '网址', '座机', 'QQ', '经理', '总监', '主任', '主管', '工程师', '专员', '助理', '董事', '部长', '处长', '科长',
    '局长', '会计', '律师', '顾问', '有限公司', '集团', '事业部', '办公室', '[部处科室]$',
  ].join('|'),
  'i',
);

/** Short, not a sentence, not a question: a name, a title, a phone number, an address. */
function isSignatureLine(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  if (isQuestion(t) || /^([-*•·]|\d{1,2}[.)、])\s/.test(t) || /[:：]$/.test(t)) return false;
  const cjk = (t.match(/\p{Script=Han}/gu)?.length ?? 0) > t.length / 3;
  if (t.length > (cjk ? 40 : 80)) return false;
  const sentenceEnd = /[.。!！;；]$/.test(t) && !/\b(ltd|inc|co|corp|jr|sr)\.$/i.test(t);
  return !sentenceEnd || t.length <= (cjk ? 6 : 12);
}

function hasText(lines: readonly string[]): boolean {
  return lines.some((l) => /[\p{L}\p{N}]/u.test(l));
}

/** Drops legal notices and rules at the end (a notice may come in several paragraphs). */
function dropTrailingNotices(lines: string[]): string[] {
  let out = lines;
  for (;;) {
    const text = out.join('\n').trimEnd();
    const paras = paragraphs(text);
    const last = paras.at(-1);
    if (!last || paras.length < 2) return out;
    if (!isDisclaimer(last) && !last.split('\n').every(isRule)) return out;
    const cut = text.lastIndexOf(last);
    out = text.slice(0, cut).trimEnd().split('\n');
  }
}

/** "-- " alone on a line: everything after it is the signature (when it is short). */
function dropDashSignature(lines: string[]): string[] {
  const i = lines.findLastIndex((l) => l === '--' || l === '—' || l === '-- ');
  if (i <= 0) return lines;
  const after = lines.slice(i + 1);
  if (after.filter((l) => l.trim()).length > 15 || after.some(isQuestion)) return lines;
  return lines.slice(0, i);
}

/** A closing line within the last lines, followed only by signature lines. */
function dropClosing(lines: string[]): string[] {
  const nonBlank = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  const window = nonBlank.slice(-14);
  for (const i of window) {
    if (!CLOSING.test(lines[i]!.trim())) continue;
    const after = lines.slice(i + 1);
    if (after.every(isSignatureLine) && hasText(lines.slice(0, i))) return lines.slice(0, i);
  }
  return lines;
}

/** A trailing run of signature lines (at least two, one of them a contact or a title). */
function dropContactBlock(lines: string[]): string[] {
  let i = lines.length;
  while (i > 0 && isSignatureLine(lines[i - 1]!)) i--;
  // The run may reach back into the body's last short lines; keep it to the last paragraph.
  while (i < lines.length && !lines[i]!.trim()) i++;
  const run = lines.slice(i);
  const blankAt = run.findLastIndex((l) => !l.trim());
  const block = blankAt >= 0 ? run.slice(blankAt + 1) : run;
  const start = lines.length - block.length;
  if (block.filter((l) => l.trim()).length < 2 || block.length > 10) return lines;
  if (!block.some((l) => CONTACT_CUE.test(l.trim()))) return lines;
  return hasText(lines.slice(0, start)) ? lines.slice(0, start) : lines;
}

const NAME_ONLY = /^([A-Z][\p{Ll}'.-]*( [A-Z][\p{Ll}'.-]*){0,2}|\p{Script=Han}{2,4})[,.。!！]?$/u;

/** A last paragraph that is only a name ("John", "Anna Lee", "张伟"). */
function dropNameLine(lines: string[]): string[] {
  const paras = paragraphs(lines.join('\n'));
  const last = paras.at(-1);
  if (paras.length < 2 || !last || last.includes('\n') || !NAME_ONLY.test(last)) return lines;
  const i = lines.findLastIndex((l) => l.trim() === last);
  return i > 0 ? lines.slice(0, i) : lines;
}

export function stripSignature(text: string): string {
  let lines = text.split('\n').filter((l) => !DEVICE_LINE.test(l.trim()));
  for (let round = 0; round < 4; round++) {
    const before = lines.join('\n');
    lines = dropTrailingNotices(lines);
    lines = dropDashSignature(lines);
    lines = dropClosing(lines);
    lines = dropContactBlock(lines);
    lines = dropNameLine(lines);
    while (lines.length && !lines.at(-1)!.trim()) lines.pop();
    if (lines.join('\n') === before) break;
  }
  const out = lines.join('\n').trim();
  return out || text.trim();
}
