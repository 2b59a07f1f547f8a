/**
 * Where quoted history starts in a plain-text body, as the common clients write it:
 *
 * - Outlook: a header block "From: … / Sent: … / To: … / Subject: …", in Chinese
 *   "发件人: … / 发送时间: … / 收件人: … / 主题: …", sometimes after a rule of underscores, or
 *   "-----Original Message-----" / "-----原始邮件-----" / "-----邮件原件-----".
 * - Gmail and Apple Mail: "On Mon, 4 Mar 2024 at 10:12, Anna <anna@…> wrote:" (wrapped over up to
 *   three lines), "Anna <anna@…> 于2024年3月4日周一 10:12写道：", "在 2024年3月4日，上午10:12，Anna 写道：".
 * - Foxmail and QQ Mail: "------------------ Original ------------------",
 *   "------------------ 原始邮件 ------------------" followed by a header block.
 * - 163 / 126 Mail: "---- 回复的原邮件 ----" with a "| 发件人 | … |" table, or "在 … 写道：".
 * - Forwards: "---------- Forwarded message ---------", "Begin forwarded message:", "转发的邮件".
 */

export interface Separator {
  /** First line of the separator. */
  start: number;
  /** First line of the quoted message's own text (after its header block). */
  bodyStart: number;
  /** Who wrote the quoted message, when the separator says. */
  who?: string;
}

type HeaderKey = 'from' | 'sent' | 'to' | 'cc' | 'subject' | 'other';

const HEADER_LABELS: [RegExp, HeaderKey][] = [
  [/^(from|发件人|寄件者|寄件人)$/i, 'from'],
  [/^(sent|date|发送时间|时间|日期|寄件日期|发送日期)$/i, 'sent'],
  [/^(to|收件人|收件者)$/i, 'to'],
  [/^(cc|bcc|抄送|抄送人|密送|副本)$/i, 'cc'],
  [/^(subject|主题|主旨)$/i, 'subject'],
  [/^(reply-to|importance|attachments|附件|重要性)$/i, 'other'],
];

/** Longer lines are body text; the limit also keeps the patterns below linear. */
const MAX_HEADER_LINE = 600;
const HEADER_LINE = /^[\s|*]*([A-Za-z-]+|[\u4e00-\u9fff]{2,4})[\s*]*[:：|]\s*\*?\s*(.*?)[\s|]*$/;

/** `From: Anna <a@x>` or `| 发件人 | 张三<z@163.com> |` → {key, value}. */
export function headerField(line: string): { key: HeaderKey; value: string } | undefined {
  if (line.length > MAX_HEADER_LINE) return undefined;
  const m = HEADER_LINE.exec(line);
  if (!m) return undefined;
  for (const [label, key] of HEADER_LABELS) if (label.test(m[1]!)) return { key, value: m[2]!.trim() };
  return undefined;
}

const RULE_WORDS =
  'original message|original|forwarded message|reply message|原始邮件|邮件原件|回复的原邮件|原邮件|转发的邮件|转发邮件|以下为转发邮件';
const RULE_SEPARATOR = new RegExp(`^[\\s\\-=_*—–]{2,}\\s*(?:${RULE_WORDS})\\s*[\\s\\-=_*—–]{2,}$`, 'i');
const FORWARD_INTRO = /^(begin forwarded message|开始转发的邮件|下面是被转发的邮件|转发的邮件)[:：]?$/i;
const UNDERSCORE_RULE = /^[_\-—–=]{8,}$/;
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/;
const DATEISH = /\d{4}\s*[年\-/.]|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}:\d{2}|\b(19|20)\d{2}\b/;

/** A display name from `"Smith, John" <j@x>`, `张三<z@x>`, `John [mailto:j@x]` or a bare address. */
export function displayName(value: string): string | undefined {
  const v = value.replace(/^[\s*]+|[\s*]+$/g, '');
  const bracket = /^(.*?)\s*[<[(]\s*(?:mailto:)?([^\s<>[\]()]+@[^\s<>[\]()]+)\s*[>\])]/.exec(v);
  const name = (bracket ? bracket[1]! : v).replace(/^["'“”‘’\s]+|["'“”‘’\s]+$/g, '').trim();
  if (name && !/^on\b|^在\s/i.test(name)) return name.slice(0, 80);
  const address = bracket?.[2] ?? EMAIL.exec(v)?.[0];
  return address ?? undefined;
}

/** Outlook on one line: "From: A Sent: Monday … To: B Subject: C" → "A". */
function fromValue(value: string): string | undefined {
  return displayName(value.split(/\s+(?:Sent|Date|To|Cc|Subject|发送时间|收件人|主题)\s*[:：]/i)[0]!);
}

/** Who wrote it, from an attribution line "On …, Anna <a@x> wrote:" or "张三 于… 写道：". */
function attributionName(line: string): string | undefined {
  const text = line.replace(/\s*(wrote|写道)\s*[:：]\s*$/i, '').trim();
  const yu = /^(.+?)\s*于\s*\d/.exec(text);
  if (yu) return displayName(yu[1]!);
  const email = EMAIL.exec(text);
  const head = email ? text.slice(0, email.index).replace(/[<[(]\s*(mailto:)?$/, '') : text;
  const parts = head.split(/[,，]|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?/);
  const candidate = (parts.at(-1) ?? '').replace(/^["'“”‘’\s]+|["'“”‘’\s]+$/g, '').replace(/^(on|在)\s+/i, '').trim();
  if (candidate && !/\d/.test(candidate) && candidate.length <= 60) return candidate;
  return email?.[0];
}

/** An attribution line, possibly wrapped: returns how many lines it spans. */
function attributionAt(lines: readonly string[], i: number): number {
  const first = lines[i]!.trim();
  if (!first || first.startsWith('>')) return 0;
  let joined = '';
  for (let n = 1; n <= 3 && i + n - 1 < lines.length; n++) {
    const line = lines[i + n - 1]!.trim();
    if (n > 1 && (!line || line.startsWith('>'))) return 0;
    joined = n === 1 ? line : `${joined} ${line}`;
    if (joined.length > 300) return 0;
    if (/\bwrote\s*:$/i.test(joined)) {
      const dated = DATEISH.test(joined) || EMAIL.test(joined);
      return (/^on\s/i.test(joined) && dated) || (EMAIL.test(joined) && dated) ? n : 0;
    }
    if (/写道\s*[:：]$/.test(joined)) {
      const dated = DATEISH.test(joined);
      return dated && (/^在\s?/.test(joined) || /于\s*\d/.test(joined) || EMAIL.test(joined)) ? n : 0;
    }
  }
  return 0;
}

/** Lines of a header block starting at `i`: header fields, and blank lines between them. */
function headerBlockEnd(lines: readonly string[], i: number): { end: number; from?: string } {
  let j = i;
  let from: string | undefined;
  let seen = 0;
  while (j < lines.length) {
    const line = lines[j]!;
    const field = headerField(line);
    if (field) {
      seen++;
      if (field.key === 'from' && from === undefined) from = fromValue(field.value);
      j++;
      continue;
    }
    // A blank line (or a rule) inside the block, when another header field follows.
    if ((!line.trim() || UNDERSCORE_RULE.test(line.trim())) && seen > 0 && j + 1 < lines.length && headerField(lines[j + 1]!)) {
      j++;
      continue;
    }
    break;
  }
  return { end: j, from };
}

/** An Outlook-style header block at `i`: a From line with a Sent/Date line within four lines. */
function outlookHeaderAt(lines: readonly string[], i: number): boolean {
  const field = headerField(lines[i]!);
  if (field?.key !== 'from') return false;
  if (/\s(Sent|Date|发送时间)\s*[:：]/i.test(field.value)) return true;
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
    const next = headerField(lines[j]!);
    if (next?.key === 'sent') return true;
    if (!next && lines[j]!.trim()) return false;
  }
  return false;
}

function skipBlank(lines: readonly string[], i: number): number {
  let j = i;
  while (j < lines.length && !lines[j]!.trim()) j++;
  return j;
}

/** The first separator at or after line `from`, if any. Quoted (">") lines are never one. */
export function findSeparator(lines: readonly string[], from = 0): Separator | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('>')) continue;
    if (RULE_SEPARATOR.test(line) || FORWARD_INTRO.test(line)) {
      const header = headerBlockEnd(lines, skipBlank(lines, i + 1));
      return { start: i, bodyStart: skipBlank(lines, header.end), who: header.from };
    }
    if (outlookHeaderAt(lines, i)) {
      const start = i > 0 && UNDERSCORE_RULE.test(lines[i - 1]!.trim()) ? i - 1 : i;
      const header = headerBlockEnd(lines, i);
      return { start, bodyStart: skipBlank(lines, header.end), who: header.from };
    }
    const span = attributionAt(lines, i);
    if (span) {
      const text = lines.slice(i, i + span).map((l) => l.trim()).join(' ');
      return { start: i, bodyStart: skipBlank(lines, i + span), who: attributionName(text) };
    }
  }
  return undefined;
}
