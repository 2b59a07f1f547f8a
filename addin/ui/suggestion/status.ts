/** Which status line the card shows, decided from the state alone. */
import type { Candidate, SuggestionState } from '../../state/suggestion.js';
import { isIncomplete } from '../../state/suggestion.js';

export type CardStatus =
  | { kind: 'queued'; position: number }
  | { kind: 'connecting' }
  | { kind: 'streaming' }
  | { kind: 'incomplete' }
  | { kind: 'done' };

export const isOpenCandidate = (c: Candidate | undefined): boolean => c?.status === 'waiting' || c?.status === 'streaming';

export function cardStatus(state: SuggestionState, active: Candidate | undefined): CardStatus {
  if (state.phase === 'running') {
    if (state.candidates.some((c) => c.status === 'streaming')) return { kind: 'streaming' };
    return state.position > 0 ? { kind: 'queued', position: state.position } : { kind: 'connecting' };
  }
  return active && isIncomplete(active) ? { kind: 'incomplete' } : { kind: 'done' };
}
