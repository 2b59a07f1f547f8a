import { applyFixes, reviewDocument, type Finding, type ReviewScope } from '../../../../src/core/officialdoc/review/index.js';

export const review = (paragraphs: readonly string[], scope: ReviewScope = 'document', docType?: string): Finding[] =>
  reviewDocument({ paragraphs, scope, ...(docType ? { docType } : {}) });

/** "ruleId text" per finding, in order: what a clerk would see listed. */
export const brief = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.ruleId} ${f.text}`);

/** The document with `from` replaced by `to` in the one paragraph that contains it. */
export function edit(doc: readonly string[], from: string, to: string): string[] {
  const hits = doc.flatMap((p, i) => (p.includes(from) ? [i] : []));
  if (hits.length !== 1) throw new Error(`"${from}" occurs in ${hits.length} paragraphs`);
  return doc.map((p, i) => (i === hits[0] ? p.replace(from, to) : p));
}

/** The document without the one paragraph equal to `line`. */
export function without(doc: readonly string[], line: string): string[] {
  const i = doc.indexOf(line);
  if (i < 0) throw new Error(`no paragraph "${line}"`);
  return [...doc.slice(0, i), ...doc.slice(i + 1)];
}

/** The document with `lines` inserted after the paragraph equal to `after`. */
export function insertAfter(doc: readonly string[], after: string, ...lines: string[]): string[] {
  const i = doc.indexOf(after);
  if (i < 0) throw new Error(`no paragraph "${after}"`);
  return [...doc.slice(0, i + 1), ...lines, ...doc.slice(i + 1)];
}

/** Applies every fix the review offers. */
export const fixAll = (paragraphs: readonly string[], scope: ReviewScope = 'document', docType?: string): string[] =>
  applyFixes(paragraphs, review(paragraphs, scope, docType)).paragraphs;
