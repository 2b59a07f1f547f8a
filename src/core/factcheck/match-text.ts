/**
 * Things checked verbatim rather than by value: 《》 titles, short quoted names, codes such as
 * GB/T 9704-2012 or INV-2024-001, and promises of attachments.
 */
import { P, eachMatch, type ScanContext } from './facts.js';
import { normaliseForMatch } from './width.js';

const TITLE = /《([^《》\n]{1,100})》/g;
const QUOTES = [/“([^“”\n]{1,40})”/g, /「([^「」\n]{1,40})」/g, /『([^『』\n]{1,40})』/g, /"([^"\n]{1,60})"/g];
/** A quoted name is short; a quoted sentence is speech, whose facts are checked one by one. */
const MAX_QUOTE_WORDS = 6;
const SENTENCE_PUNCTUATION = /[。！？!?；;]|\.(?:\s|$)|，.*，/;

// Letters and digits in one token (A4, Q3, FY2024, COVID-19, INV-2024-001), dotted versions and
// addresses (1.2.3, 192.168.1.1), and standards with a space (GB/T 9704-2012, ISO 9001).
const TOKEN = /(?<![\w./#-])[A-Za-z0-9][\w./#-]*[A-Za-z0-9](?![\w])/g;
const STANDARD = /\b(?:[A-Z]{2,5}\/[A-Z]{1,2}|ISO|IEC|IEEE|GB|EN|DIN|ANSI|JIS|BS)\s\d+(?:\.\d+)*(?:[-—–]\d{2,4})?\b/g;

const ATTACHMENT_ZH = /附件|附表|附图|随附|附上|附后|另附|随函|随信附/g;
const ATTACHMENT_EN = /\b(?:attach(?:ed|ments?)|enclos(?:ed|ures?)|herewith)\b(?!\s+to\b)/gi;

function isCode(token: string): boolean {
  if (!/[A-Za-z]/.test(token) || !/\d/.test(token)) return /^\d+(?:\.\d+){2,}$/.test(token);
  return /[A-Za-z]\d|\d[A-Za-z]/.test(token) || /^[A-Z0-9]+(?:[-_/#.][A-Z0-9]+)+$/.test(token);
}

function matchEnclosures(ctx: ScanContext): void {
  const { text, emit } = ctx;
  eachMatch(TITLE, text, (m) => {
    const inner = m[1] ?? '';
    const start = m.index;
    const end = m.index + m[0].length;
    if (/[【】]/.test(inner)) emit({ start, end, priority: P.claim });
    else emit({ start, end, priority: P.title, found: { reason: 'title', facts: [{ type: 'text', compact: normaliseForMatch(inner) }] } });
  });
  for (const re of QUOTES) {
    eachMatch(re, text, (m) => {
      const inner = (m[1] ?? '').trim();
      if (!inner || !/[\p{L}\p{N}]/u.test(inner) || SENTENCE_PUNCTUATION.test(inner)) return;
      if (inner.split(/\s+/).length > MAX_QUOTE_WORDS) return;
      const start = m.index;
      const end = m.index + m[0].length;
      if (/[【】]/.test(inner)) emit({ start, end, priority: P.claim });
      else emit({ start, end, priority: P.quote, found: { reason: 'quote', facts: [{ type: 'text', compact: normaliseForMatch(inner) }] } });
    });
  }
}

function matchCodes(ctx: ScanContext): void {
  const emitCode = (start: number, token: string) =>
    ctx.emit({
      start,
      end: start + token.length,
      priority: P.code,
      found: { reason: 'code', facts: [{ type: 'text', compact: normaliseForMatch(token) }] },
    });
  eachMatch(STANDARD, ctx.text, (m) => emitCode(m.index, m[0]));
  eachMatch(TOKEN, ctx.text, (m) => {
    const token = m[0].replace(/[./#-]+$/, '');
    if (isCode(token)) emitCode(m.index, token);
  });
}

function matchAttachments(ctx: ScanContext): void {
  const promise = (m: RegExpExecArray) =>
    ctx.emit({ start: m.index, end: m.index + m[0].length, priority: P.attachment, found: { reason: 'attachment', facts: [{ type: 'attachment' }] } });
  eachMatch(ATTACHMENT_ZH, ctx.text, promise);
  eachMatch(ATTACHMENT_EN, ctx.text, promise);
}

/** Draft only: the sources are searched verbatim for these, so they need no scanning there. */
export function matchText(ctx: ScanContext): void {
  if (ctx.forSource) return;
  matchEnclosures(ctx);
  matchAttachments(ctx);
  matchCodes(ctx);
}
