/**
 * Turning raw selected text into a HostSelection, shared by the Word and preview adapters so
 * both hosts hand the pane the same shape and enforce the same size limit.
 */
import { HostError, MAX_SELECTION_CHARS, type HostSelection } from './types.js';

/** Word's end-of-cell mark, \u0007 (a control character, so not written inside a regex). */
const CELL_END = String.fromCharCode(7);

export const EMPTY_SELECTION: HostSelection = { text: '', paragraphs: [] };

/**
 * Word's Range.text separates paragraphs with \r (\n on some platforms), ends table cells with
 * \u0007 and writes a manual line break as \v. Splitting the selection's own text, rather than
 * reading Range.paragraphs, keeps a partial selection partial: Range.paragraphs would return the
 * whole paragraphs around it.
 */
export function selectionFromText(raw: string): HostSelection {
  if (raw.length > MAX_SELECTION_CHARS) throw new HostError('selection_too_large', { max: MAX_SELECTION_CHARS });
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .replaceAll(CELL_END, '\n')
    .split('\n')
    .map((p) => p.replaceAll('\v', '\n'));
  return fromParagraphs(paragraphs);
}

/** For hosts that already know their paragraphs (the preview's DOM). */
export function fromParagraphs(paragraphs: string[]): HostSelection {
  const kept = paragraphs.filter((p) => p.trim() !== '');
  const text = kept.join('\n');
  if (text.length > MAX_SELECTION_CHARS) throw new HostError('selection_too_large', { max: MAX_SELECTION_CHARS });
  return { text, paragraphs: kept };
}
