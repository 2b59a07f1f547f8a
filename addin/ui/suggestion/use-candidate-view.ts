/**
 * A candidate's text as blocks with "please verify" marks. Marks wait until the candidate has
 * finished (a number arriving digit by digit would flicker) and are recomputed after edits.
 */
import { useMemo } from 'react';
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import { buildSourceIndex, findUnverifiedWithIndex, type SourceIndex } from '../../../src/core/factcheck/index.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { markBlocks, type MarkedBlocks } from './marks.js';

export function useSourceIndex(sources: readonly string[]): SourceIndex {
  const key = sources.join('\u0000');
  // Keyed by content, not array identity: callers may rebuild the array on every render.
  return useMemo(() => buildSourceIndex([...sources]), [key]);
}

export function useCandidateView(text: string, index: SourceIndex, check: boolean, locale: Locale): MarkedBlocks {
  return useMemo(() => {
    const blocks = parseBlocks(text);
    if (!check) return { blocks, marks: [] };
    return markBlocks(blocks, (piece) => findUnverifiedWithIndex(piece, index, { locale }));
  }, [text, index, check, locale]);
}
