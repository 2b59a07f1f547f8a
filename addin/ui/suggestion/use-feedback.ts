/**
 * Accept and discard reports for the audit (POST /api/events), with the time since the
 * candidate finished when this card saw it finish (not after a pane reload).
 */
import { useCallback, useEffect, useRef } from 'react';
import type { FeedbackAction } from '../../../src/core/audit/types.js';
import { reportFeedback } from '../../api/feedback.js';
import type { SuggestionState } from '../../state/suggestion.js';

const isOpen = (status: string) => status === 'waiting' || status === 'streaming';

export function useFeedback(state: SuggestionState): (candidate: number, action: FeedbackAction) => void {
  const sawOpen = useRef<boolean[]>([]);
  const doneAt = useRef<(number | undefined)[]>([]);

  useEffect(() => {
    state.candidates.forEach((c, i) => {
      if (isOpen(c.status)) sawOpen.current[i] = true;
      else if (sawOpen.current[i] && doneAt.current[i] === undefined) doneAt.current[i] = Date.now();
    });
  }, [state.candidates]);

  const { generationId } = state;
  return useCallback(
    (candidate: number, action: FeedbackAction) => {
      if (!generationId) return;
      const at = doneAt.current[candidate];
      reportFeedback({ generationId, candidate, action, ...(at === undefined ? {} : { msSinceDone: Date.now() - at }) });
    },
    [generationId],
  );
}
