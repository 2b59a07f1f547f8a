/**
 * The questions a message asks, verbatim, so the reply can answer each one and the budget never
 * cuts one away. A sentence counts when it ends in ? or ？, ends in 吗, or asks in words:
 * 请问 能否 是否 可否 能不能 可不可以 有没有 烦请/麻烦/请…确认/告知, could/can/would/will you,
 * please confirm/advise/let me know.
 */

const ASKS = [
  /[?？][\s"'”’)）]*$/,
  /吗[\s。！!~～…]*$/,
  /请问|能否|是否|可否|能不能|可不可以|是不是|有没有|何时|什么时候/,
  /(烦请|麻烦|请)(您|你)?(帮忙)?(尽快)?(确认|告知|回复|告诉|核实|说明|提供|答复|反馈)/,
  /\b(could|can|would|will) you\b/i,
  /\bplease (confirm|advise|clarify|let (me|us) know|tell (me|us))\b/i,
  /\blet (me|us) know\b/i,
  /\b(i was wondering|we were wondering|i'?d appreciate it if you)\b/i,
];

export function isQuestion(sentence: string): boolean {
  const t = sentence.trim();
  return t.length > 1 && ASKS.some((re) => re.test(t));
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', '）', '」', '』', '】', '》']);
const ENDS = new Set(['。', '！', '？', '!', '?', '…']);
const ABBREVIATION = /\b(e\.g|i\.e|etc|mr|mrs|ms|dr|no|vs|approx|incl|corp|inc|ltd|jr|sr|st|p\.s)$/i;

/** Sentences of one line: after 。！？!? (and a following quote), or ". " before a capital. */
export function lineSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    let end = -1;
    if (ENDS.has(c)) {
      end = i + 1;
      while (end < line.length && (ENDS.has(line[end]!) || CLOSERS.has(line[end]!))) end++;
    } else if (c === '.' && /\s/.test(line[i + 1] ?? ' ') && !ABBREVIATION.test(line.slice(start, i))) {
      const next = line.slice(i + 1).trimStart()[0];
      if (next === undefined || /[A-Z"“(\d\p{Script=Han}]/u.test(next)) end = i + 1;
    }
    if (end > 0) {
      out.push(line.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  out.push(line.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Drops a list marker ("- ", "1. ", "（1）") so the question reads on its own. */
function withoutMarker(s: string): string {
  return s.replace(/^([-*•·]\s+|\d{1,2}[.)、]\s*|[（(]\d{1,2}[)）]\s*)/, '');
}

/** The questions of a message, in order, each once. */
export function extractQuestions(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*>/.test(line)) continue;
    for (const sentence of lineSentences(line)) {
      const q = withoutMarker(sentence);
      if (isQuestion(q) && !seen.has(q)) {
        seen.add(q);
        out.push(q);
      }
    }
  }
  return out;
}
