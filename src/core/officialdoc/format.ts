/**
 * How the standard writes the small things: 发文字号, dates, 密级, the colon after 主送机关,
 * the brackets of 附注, the 抄送 line. Pure functions shared by the layout, the format review
 * and the pane's form.
 */

export interface DocNumberParts {
  /** 机关代字 with its kind, e.g. "国办发" or "X发". */
  code: string;
  /** Four-digit year. */
  year: number;
  /** 发文顺序号: 1, 2, … (written without 第 and without leading zeros). */
  seq: number;
}

/** {code: "X发", year: 2024, seq: 7} → "X发〔2024〕7号": six-cornered brackets, no 第, no leading zeros. */
export function formatDocNumber(parts: DocNumberParts): string {
  const { code, year, seq } = parts;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`year must have four digits: ${year}`);
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`sequence number must be a whole number from 1: ${seq}`);
  return `${code.trim()}〔${year}〕${seq}号`;
}

/** Reads "X发〔2024〕7号" back; also accepts the common mistakes ([2024], (2024), 第7号, 007号) so a review can name them. */
export function parseDocNumber(text: string): (DocNumberParts & { exact: boolean }) | null {
  const m = /^(.*?)[〔[（(【［]\s*(\d{4})\s*[〕\]）)】］]\s*(第?)\s*(\d+)\s*号$/.exec(text.trim());
  if (!m) return null;
  const [, code = '', year = '', di = '', seq = ''] = m;
  const exact = text.trim() === `${code.trim()}〔${year}〕${Number(seq)}号` && di === '' && !seq.startsWith('0');
  return { code: code.trim(), year: Number(year), seq: Number(seq), exact };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-07-23" → {year: 2024, month: 7, day: 23}, or null if it is not a real calendar date. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** "2024-07-23" → "2024年7月23日": Arabic numerals, the full year, no leading zeros. */
export function formatChineseDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not a calendar date written YYYY-MM-DD: ${iso}`);
  return `${d.year}年${d.month}月${d.day}日`;
}

/** 印发日期: "2024-07-23" → "2024年7月23日印发". */
export function formatPrintDate(iso: string): string {
  return `${formatChineseDate(iso)}印发`;
}

export const SECRECY_LEVELS = ['绝密', '机密', '秘密'] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
export const URGENCY_LEVELS = ['特急', '加急'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

/** 密级和保密期限: "机密★1年"; without a period just the level. */
export function formatSecrecy(level: SecrecyLevel, period?: string): string {
  const p = period?.trim();
  return p ? `${level}★${p}` : level;
}

/** 份号: six digits, padded with zeros ("000123"). */
export function formatCopyNumber(n: string | number): string {
  const digits = String(n).trim();
  if (!/^\d{1,6}$/.test(digits)) throw new RangeError(`copy number must be 1–6 digits: ${digits}`);
  return digits.padStart(6, '0');
}

const TRAILING_PUNCT = /[\s，,。.；;：:、]+$/u;

/** 主送机关 ends with one full-width colon, whatever the user typed. */
export function formatRecipients(text: string): string {
  const t = text.trim().replace(TRAILING_PUNCT, '');
  return t ? `${t}：` : '';
}

/** 附注 goes in full-width round brackets; brackets the user typed are not doubled. */
export function formatNote(text: string): string {
  const t = text.trim().replace(/^[（(]\s*/u, '').replace(/\s*[）)]$/u, '');
  return t ? `（${t}）` : '';
}

/** 抄送：A，B，C。 — names separated by full-width commas, a full stop after the last. */
export function formatCopyTo(names: readonly string[]): string {
  const list = names.map((n) => n.trim().replace(TRAILING_PUNCT, '')).filter(Boolean);
  return list.length ? `抄送：${list.join('，')}。` : '';
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: for 一、 and （一） numbering. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`outside 1–99: ${n}`);
  if (n < 10) return DIGITS[n] ?? '';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/**
 * Width in character cells: ideographs, full-width marks and CJK punctuation take one; Latin
 * letters, digits, spaces and half-width forms take half. Used to centre the signature over
 * the date and to place tab stops.
 */
export function cellWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += c < 0x2000 || (c >= 0xff61 && c <= 0xffdc) ? 0.5 : 1;
  }
  return w;
}
