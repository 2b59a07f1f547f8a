/** The entry points: which spans of a draft the user should check before accepting it. */
import type { Found, Reason } from './facts.js';
import { KIND_OF, REASONS } from './reasons.js';
import { scan } from './scan.js';
import { buildSourceIndex, type SourceIndex, type SourceInput } from './source-index.js';
import type { FactcheckOptions, MarkKind, VerifyMark } from './types.js';
import { contactVerified, isVerified } from './verify.js';

const UNTRUSTED: Partial<Record<Reason, Reason>> = {
  url: 'urlUntrusted',
  email: 'emailUntrusted',
  phone: 'phoneUntrusted',
};

/** Why a span needs checking, or undefined when the sources back it. */
function reasonFor(found: Found, index: SourceIndex): Reason | undefined {
  if (found.facts.some((f) => isVerified(f, index))) return undefined;
  const untrusted = UNTRUSTED[found.reason];
  if (untrusted && found.facts.some((f) => contactVerified(f, index.untrustedContacts))) return untrusted;
  return found.reason;
}

/**
 * Marks what the draft states that the sources do not back, against a prebuilt index: the pane
 * builds the index once per suggestion and calls this on every edit.
 */
export function findUnverifiedWithIndex(draft: string, index: SourceIndex, options: FactcheckOptions = {}): VerifyMark[] {
  const marks: VerifyMark[] = [];
  for (const c of scan(draft, { monthFirst: options.locale === 'en-US' })) {
    const reason = c.found && reasonFor(c.found, index);
    if (!reason) continue;
    marks.push({
      start: c.start,
      end: c.end,
      text: draft.slice(c.start, c.end),
      kind: KIND_OF[reason],
      reason: { ...REASONS[reason] },
    });
  }
  return marks;
}

/** Marks what the draft states that appears nowhere in `sources` (anything the user gave). */
export function findUnverified(draft: string, sources: readonly SourceInput[], options: FactcheckOptions = {}): VerifyMark[] {
  return findUnverifiedWithIndex(draft, buildSourceIndex(sources), options);
}

/** How many marks remain, optionally of one kind: the number the accept button shows. */
export function countMarks(marks: readonly VerifyMark[], kind?: MarkKind): number {
  return kind === undefined ? marks.length : marks.filter((m) => m.kind === kind).length;
}
