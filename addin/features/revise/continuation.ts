/**
 * "Continue writing" returns only the new text; accepting replaces the selection with the
 * original followed by it. A continuation that starts on a new line is a new paragraph;
 * otherwise it carries on the last one (no space after Chinese, one space after English).
 */
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

export function joinContinuation(original: string, continuation: string): string {
  const base = original.replace(/\s+$/u, '');
  if (!continuation.trim()) return base;
  if (/^[ \t]*\r?\n/.test(continuation)) return `${base}\n${continuation.replace(/^\s+/u, '')}`;
  const next = continuation.replace(/^[ \t]+/, '');
  const joinTight = CJK.test(base.slice(-1)) || CJK.test(next.slice(0, 1));
  return base + (joinTight ? '' : ' ') + next;
}

/** Whitespace-insensitive comparison: Word and the browser disagree on line ends. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();
  return norm(a) === norm(b);
}
