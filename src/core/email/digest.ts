/**
 * The digest of a thread's earlier turns: one line for each of the DIGEST_TURNS turns just
 * before the newest message, oldest first, each "who: first sentence" (and the start of the
 * second when the first is short) without the greeting or an opening pleasantry, within
 * DIGEST_WIDTH columns for the turn the newest message answers and OLDER_WIDTH for the others,
 * a long sentence clipped at a clause boundary where there is one. Older turns are only
 * counted, in one line before the others. The reply needs the thread's gist, not its history,
 * and every line is paid for in tokens.
 */
import type { Locale } from '../i18n/locale.js';
import type { Turn } from './history.js';
import { lineSentences } from './questions.js';
import { stripSignature } from './signature.js';

/** At most this many columns per line after the name (see WIDE for CJK characters). */
export const DIGEST_WIDTH = 80;
/** Older turns among those shown get less: what the newest message answers matters most. */
export const OLDER_WIDTH = 50;
/** How many turns before the newest message get a line of their own, … */
export const DIGEST_TURNS = 4;
/** … and how many of them, the most recent, get DIGEST_WIDTH. */
export const RECENT_TURNS = 1;
/** A first sentence at least this wide carries the gist alone; a shorter one gets the next, … */
const ENOUGH_WIDTH = 60;
/** … when at least this many columns of it fit; else the first sentence stands alone, whole. */
const TAIL_WIDTH = 24;

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
/** Columns a CJK character takes: about what it costs in tokens against a Latin letter. */
const WIDE = 3;
const columns = (ch: string) => (isWide(ch) ? WIDE : 1);

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += columns(ch);
  return w;
}

/**
 * Cuts to `max` columns, at the last clause mark or space in the second half (and after the
 * first `keep` characters) if any, and marks the cut.
 */
function clip(s: string, max: number, keep = 0): string {
  if (width(s) <= max) return s;
  let w = 0;
  let out = '';
  for (const ch of s) {
    w += columns(ch);
    if (w > max - 1) break;
    out += ch;
  }
  const boundary = Math.max(out.lastIndexOf('，'), out.lastIndexOf('；'), out.lastIndexOf(', '), out.lastIndexOf(' '));
  if (boundary > Math.max(out.length / 2, keep)) out = out.slice(0, boundary);
  return `${out.replace(/[\s,，;；:：、]+$/u, '')}…`;
}

/**
 * The first sentence of a turn's own text (greeting, signature and notices left out), and the
 * second too when the first is short, clipped to `max` columns: a long first sentence at a
 * clause boundary, a second one only after the whole first.
 */
export function gist(text: string, max = DIGEST_WIDTH): string {
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
      const joined = joinSentences(summary, s);
      if (summary && width(joined) > max) {
        // The second sentence is clipped, never the first; a stub of it is not worth its tokens.
        return max - width(summary) < TAIL_WIDTH ? summary : clip(joined, max, summary.length);
      }
      summary = joined;
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

export function digestLine(turn: Turn, language: Locale, max = DIGEST_WIDTH): string | undefined {
  const summary = gist(turn.text, max);
  if (!summary) return undefined;
  if (!turn.who) return summary;
  return language === 'zh-CN' ? `${turn.who}：${summary}` : `${turn.who}: ${summary}`;
}

/** The line that stands for the turns without a line of their own. */
export function omittedLine(count: number, language: Locale): string {
  if (language === 'zh-CN') return `（更早的 ${count} 封略）`;
  return `(${count} earlier ${count === 1 ? 'message' : 'messages'} not shown)`;
}

/**
 * Every earlier turn that says something, newest first (the order `splitHistory` gives), as
 * digest lines. `digestOf` picks from these, so a budget can ask for fewer without redoing them.
 */
export function digestLines(earlier: readonly Turn[], language: Locale): string[] {
  return earlier
    .map((turn, i) => digestLine(turn, language, i < RECENT_TURNS ? DIGEST_WIDTH : OLDER_WIDTH))
    .filter((line): line is string => Boolean(line));
}

/**
 * The digest, oldest first: the `shown` most recent lines (newest-first `lines`), preceded by
 * one line counting the rest. `shown` 0 leaves only the count.
 */
export function digestOf(lines: readonly string[], language: Locale, shown = DIGEST_TURNS): string[] {
  const kept = lines.slice(0, Math.max(0, shown)).reverse();
  const omitted = lines.length - kept.length;
  return omitted > 0 ? [omittedLine(omitted, language), ...kept] : kept;
}
