/**
 * Plain-text clean-up before the thread is split: one kind of line break, no invisible characters,
 * non-breaking spaces (also the literal `&nbsp;` some clients leave in text bodies) as spaces, no
 * trailing blanks, no inline-image placeholders or "external sender" banners, and lines that a
 * client hard-wrapped at ~76 columns joined again, so a question that wrapped stays one sentence.
 */
import { headerField } from './separators.js';
import { INVISIBLE_CHARS } from './text-builder.js';

const WRAP_MIN = 60;
const QUOTE_PREFIX = /^(?:>\s?)*/;

function depth(line: string): number {
  return (QUOTE_PREFIX.exec(line)?.[0].match(/>/g) ?? []).length;
}

/**
 * Joins a line to the one before when that one was long (≥ 60 characters), ends mid-sentence
 * (a letter, digit or comma) and the next goes on with a word at the same quote depth.
 * Header lines ("Subject: …") are never joined.
 */
export function unwrap(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    const rest = line.slice(QUOTE_PREFIX.exec(line)?.[0].length ?? 0);
    const wrapped =
      prev !== undefined &&
      prev.length >= WRAP_MIN &&
      /[A-Za-z0-9,;]$/.test(prev) &&
      /^[A-Za-z0-9(“"]/.test(rest) &&
      depth(prev) === depth(line) &&
      !headerField(prev.slice(QUOTE_PREFIX.exec(prev)?.[0].length ?? 0)) &&
      !headerField(rest);
    if (wrapped) out[out.length - 1] = `${prev} ${rest}`;
    else out.push(line);
  }
  return out;
}

/** Outlook's text view of an inline image ("[cid:image001.png@01DA…]") and Gmail's "[image: Logo]". */
const IMAGE_PLACEHOLDER = /\[(?:cid:[^\]\s]+|image: ?[^\]\n]{0,80})\]/gi;

/** The warning a mail gateway stamps on mail from outside; quoted turns keep theirs, so threads pile them up. */
const EXTERNAL_BANNER = [
  /^\W{0,3}(\[?external\]?|caution|warning|attention|notice)\b.{0,40}\b(originated|sent) from outside (of )?(the|your|our) (organi[sz]ation|company|network)/i,
  /^\W{0,3}\[?external (e-?mail|sender|message)\]?\W{0,3}(do not|don't|be careful|use caution|this (e-?mail|message))/i,
  /^\W{0,3}this (e-?mail|message) (is from|came from|originated from) (an )?external (sender|source)/i,
  /^\W{0,3}(【|\[)?外部邮件(】|\])?.{0,60}(谨慎|注意|小心|当心|勿)/,
  /^\W{0,3}(此|本)邮件来自(组织|公司|单位)外部/,
];

export function normaliseText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/&nbsp;/gi, ' ')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(INVISIBLE_CHARS, '')
    .replace(IMAGE_PLACEHOLDER, '')
    .replace(/\t/g, '    ')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => {
      const bare = l.replace(/^(?:>\s?)*/, '');
      return bare.length > 400 || !EXTERNAL_BANNER.some((re) => re.test(bare));
    });
  return unwrap(lines).join('\n').trim();
}

/** Paragraphs: runs of non-blank lines. */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** A line with no letters or digits: a rule of dashes, underscores, stars or equals signs. */
export function isRule(line: string): boolean {
  return /^[\s\-_=*~—–·.]{3,}$/.test(line);
}
