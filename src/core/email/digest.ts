/**
 * One line per earlier turn: who wrote it and its first sentence (two when the first is short),
 * without the greeting or an opening pleasantry. The last few turns before the newest message
 * keep up to 150 columns; older ones are clipped to 80, at a clause boundary where there is one.
 * The reply needs the thread's gist, not its history.
 */
import type { Locale } from '../i18n/locale.js';
import type { Turn } from './history.js';
import { lineSentences } from './questions.js';
import { stripSignature } from './signature.js';

/** Enough for the gist: at most this many columns (a CJK character takes two). */
export const RECENT_WIDTH = 150;
export const OLDER_WIDTH = 80;
/** How many turns before the newest message count as recent. */
export const RECENT_TURNS = 3;
/** A first sentence at least this wide carries the gist alone; a shorter one gets the next. */
const ENOUGH_WIDTH = 60;

/** Pleasantries that open a mail and say nothing about it. */
const PLEASANTRY =
  /^(i hope (you|this|all)\b|hope (you|this|all)\b|thank(s| you) (so much |very much )?for your (e-?mail|message|reply|note|response)\b|i trust (you|this)\b|感谢(您|你)的(来信|回复|邮件)|希望(您|你)一切|(新年|节日|早上|上午|下午|晚上)好[！!，,。]?$|(您|你)好[！!，,。]?$)/i;

/** A Chinese salutation at the start of a line: "刘会计，" "王经理：" "李工，". */
const VOCATIVE = /^\p{Script=Han}{1,4}(经理|会计|主任|科长|处长|部长|总监|老师|先生|女士|小姐|工|总)[，,：:]\s*/u;

const GREETING_EN = /^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\b[^?]{0,30}$/i;
const GREETING_ZH = /^((尊敬的|亲爱的|您好|你好|各位|大家好).{0,20}|.{0,12}(您好|你好|好)[,，!！。]?|.{1,20}[：:])$/u;

/** "Hannah, Martin," or "Anna and Tom," on a line of its own. */
const NAMES_ONLY = /^[A-Z][\p{Ll}'-]+( [A-Z][\p{Ll}'-]+)?((, | and | & )[A-Z][\p{Ll}'-]+( [A-Z][\p{Ll}'-]+)?)*,$/u;

/** "Hi Anna,", "Dear Ms. Li,", "王经理：", "张经理，您好！" — a salutation line with nothing else. */
function isGreeting(line: string): boolean {
  if (/[.。]$/.test(line) && !/^dear\b/i.test(line)) return false;
  return GREETING_EN.test(line) || GREETING_ZH.test(line) || NAMES_ONLY.test(line);
}

const isWide = (ch: string) => /\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u.test(ch);

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch) ? 2 : 1;
  return w;
}

/** Cuts to `max` columns, at the last clause mark or space in the second half if any, and marks the cut. */
function clip(s: string, max: number): string {
  if (width(s) <= max) return s;
  let w = 0;
  let out = '';
  for (const ch of s) {
    w += isWide(ch) ? 2 : 1;
    if (w > max - 1) break;
    out += ch;
  }
  const boundary = Math.max(out.lastIndexOf('，'), out.lastIndexOf('；'), out.lastIndexOf(', '), out.lastIndexOf(' '));
  if (boundary > out.length / 2) out = out.slice(0, boundary);
  return `${out.replace(/[\s,，;；:：、]+$/u, '')}…`;
}

/** The first sentence or two of a turn's own text (greeting, signature and notices left out). */
export function gist(text: string, max = RECENT_WIDTH): string {
  const lines = stripSignature(text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^>/.test(l));
  // "刘主任：" then "您好！": up to two salutation lines.
  for (let n = 0; n < 2 && lines.length > 1 && isGreeting(lines[0]!); n++) lines.shift();
  let summary = '';
  let count = 0;
  for (const line of lines) {
    for (const sentence of lineSentences(line)) {
      const s = summary ? sentence : sentence.replace(VOCATIVE, '');
      if (!summary && (PLEASANTRY.test(s) || isGreeting(s) || !s) && lines.join('').length > sentence.length) continue;
      summary = joinSentences(summary, s);
      if (++count === 2 || width(summary) >= ENOUGH_WIDTH) return clip(summary, max);
    }
  }
  return clip(summary, max);
}

/** Chinese sentences follow each other without a space; others get one. */
function joinSentences(a: string, b: string): string {
  if (!a) return b;
  // After Chinese punctuation, or between Chinese characters, no space.
  const tight = /[\u3000-\u303f\uff00-\uffef]$/u.test(a) || (/\p{Script=Han}$/u.test(a) && /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(b));
  return tight ? a + b : `${a} ${b}`;
}

export function digestLine(turn: Turn, language: Locale, max = RECENT_WIDTH): string | undefined {
  const summary = gist(turn.text, max);
  if (!summary) return undefined;
  if (!turn.who) return summary;
  return language === 'zh-CN' ? `${turn.who}：${summary}` : `${turn.who}: ${summary}`;
}
