/** Applying fixes the same way everywhere (tests, the pane's preview host, the Word adapter). */
import { WenshuError } from '../../errors/codes.js';
import type { Finding } from './types.js';

/** True when the finding's span still holds the text the review saw. */
export function isCurrent(paragraphs: readonly string[], finding: Finding): boolean {
  return paragraphs[finding.paragraph]?.slice(finding.start, finding.end) === finding.text;
}

/**
 * Returns a copy of `paragraphs` with the finding's fix applied. Throws review_fix_stale when
 * the text changed since the review (run it again), and a TypeError for a finding without fix.
 */
export function applyFix(paragraphs: readonly string[], finding: Finding): string[] {
  if (!finding.fix) throw new TypeError(`finding ${finding.ruleId} has no fix`);
  if (!isCurrent(paragraphs, finding)) throw new WenshuError('review_fix_stale', 409);
  const out = [...paragraphs];
  const text = out[finding.paragraph]!;
  out[finding.paragraph] = text.slice(0, finding.start) + finding.fix.replacement + text.slice(finding.end);
  return out;
}

/**
 * Applies every fix that still fits, right to left within each paragraph so offsets stay valid.
 * Overlapping or stale findings are skipped and returned, to be looked at after a new review.
 */
export function applyFixes(paragraphs: readonly string[], findings: readonly Finding[]): { paragraphs: string[]; applied: Finding[]; skipped: Finding[] } {
  let out = [...paragraphs];
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  const fixable = findings.filter((f) => f.fix).sort((a, b) => a.paragraph - b.paragraph || b.start - a.start || b.end - a.end);
  for (const f of fixable) {
    const overlaps = applied.some((a) => a.paragraph === f.paragraph && f.start < a.end && a.start < f.end);
    if (overlaps || !isCurrent(out, f)) {
      skipped.push(f);
      continue;
    }
    out = applyFix(out, f);
    applied.push(f);
  }
  return { paragraphs: out, applied, skipped };
}
