/**
 * A candidate's text as blocks with "please verify" marks. Marks wait until the candidate has
 * finished (a number arriving digit by digit would flicker) and are recomputed after edits.
 */
import { useMemo } from 'react';
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import { buildSourceIndex, findUnverifiedWithIndex, type SourceIndex, type SourceInput } from '../../../src/core/factcheck/index.js';
import type { Block } from '../../../src/core/blocks/types.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { markBlocks, type MarkedBlocks } from './marks.js';

export function useSourceIndex(sources: readonly SourceInput[]): SourceIndex {
  // An untrusted source (a received mail) keys differently from the same text typed by the user.
  const key = sources.map((s) => (typeof s === 'string' ? s : `\u0001${s.text}`)).join('\u0000');
  // Keyed by content, not array identity: callers may rebuild the array on every render.
  return useMemo(() => buildSourceIndex([...sources]), [key]);
}

/** `select` keeps some of the parsed blocks (an official document's body); marks are placed on those only. */
export function useCandidateView(text: string, index: SourceIndex, check: boolean, locale: Locale, select?: (blocks: Block[]) => Block[]): MarkedBlocks {
  return useMemo(() => {
    const parsed = parseBlocks(text);
    const blocks = select ? select(parsed) : parsed;
    if (!check) return { blocks, marks: [] };
    return markBlocks(blocks, (piece) => findUnverifiedWithIndex(piece, index, { locale }));
  }, [text, index, check, locale, select]);
}
