/**
 * The format review against the open document, through the host adapter: read the paragraphs
 * (all of them, or those the selection touches), run core's reviewDocument, and apply fixes one
 * by one with replaceInParagraph, which refuses when the text there changed. Indices in the
 * findings are always the document's, whatever the scope.
 */
import { reviewDocument, type Finding, type ReviewScope } from '../../../src/core/officialdoc/review/index.js';
import { HostError, type HostAdapter, type ParagraphRange } from '../../host/types.js';

export type ReviewHost = Pick<HostAdapter, 'getDocumentParagraphs' | 'getSelectionParagraphRange' | 'replaceInParagraph'>;

export interface ReviewRequest {
  scope: ReviewScope;
  /** 通知, 请示 …; detected from the title when absent. */
  docType?: string;
  disabledHouseRules: readonly string[];
  /** Check these paragraphs again (after a fix) instead of reading the selection anew. */
  range?: ParagraphRange;
}

export type ReviewOutcome =
  | { kind: 'findings'; scope: ReviewScope; range: ParagraphRange; paragraphs: string[]; findings: Finding[] }
  | { kind: 'noSelection' }
  | { kind: 'empty'; scope: ReviewScope };

export async function runReview(host: ReviewHost, request: ReviewRequest): Promise<ReviewOutcome> {
  if (!host.getDocumentParagraphs) throw new HostError('not_supported');
  const paragraphs = await host.getDocumentParagraphs();
  let range: ParagraphRange = { start: 0, end: paragraphs.length };
  if (request.scope === 'selection') {
    const selected = request.range ?? (await host.getSelectionParagraphRange?.());
    if (!selected) return { kind: 'noSelection' };
    range = { start: Math.max(0, selected.start), end: Math.min(paragraphs.length, selected.end) };
  }
  const part = paragraphs.slice(range.start, range.end);
  if (!part.some((p) => p.trim())) return { kind: 'empty', scope: request.scope };
  const findings = reviewDocument(
    { paragraphs: part, scope: request.scope, ...(request.docType ? { docType: request.docType } : {}) },
    { disabledHouseRules: request.disabledHouseRules },
  ).map((f) => ({ ...f, paragraph: f.paragraph + range.start }));
  return { kind: 'findings', scope: request.scope, range, paragraphs, findings };
}

export async function applyOne(host: ReviewHost, finding: Finding): Promise<void> {
  if (!finding.fix || !host.replaceInParagraph) throw new HostError('not_supported');
  await host.replaceInParagraph(finding.paragraph, finding.start, finding.end, finding.text, finding.fix.replacement);
}

/** Codes that mean "this one cannot be fixed now", not "stop": the rest can still go in. */
const SKIPPABLE = new Set(['edit_conflict', 'list_numbering']);

/**
 * Every fix, right to left within each paragraph so the offsets of the ones still to come stay
 * valid; overlapping fixes after the first are skipped (the review found them on the old text).
 * Any other failure (a read-only document) stops and is thrown, with what was done so far lost
 * to nobody: the document holds it.
 */
export async function applyAll(host: ReviewHost, findings: readonly Finding[]): Promise<{ applied: number; skipped: number }> {
  const fixable = findings.filter((f) => f.fix).sort((a, b) => a.paragraph - b.paragraph || b.start - a.start || b.end - a.end);
  const done: Finding[] = [];
  let skipped = 0;
  for (const f of fixable) {
    if (done.some((d) => d.paragraph === f.paragraph && f.start < d.end && d.start < f.end)) {
      skipped++;
      continue;
    }
    try {
      await applyOne(host, f);
      done.push(f);
    } catch (err) {
      if (err instanceof HostError && SKIPPABLE.has(err.code)) skipped++;
      else throw err;
    }
  }
  return { applied: done.length, skipped };
}

/** The paragraph around a finding, cut to `context` characters either side. */
export function excerpt(text: string, start: number, end: number, context = 24): { before: string; hit: string; after: string } {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    hit: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}
