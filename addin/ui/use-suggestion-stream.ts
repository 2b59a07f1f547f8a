/**
 * Runs one streaming request into the suggestion reducer: Stop aborts the fetch (the gateway
 * then aborts upstream), a new run aborts the previous one, and leaving the pane aborts too.
 */
import { useCallback, useEffect, useReducer, useRef, type Dispatch } from 'react';
import type { StreamEvent } from '../api/events.js';
import type { StreamOutcome } from '../api/stream.js';
import { emptySuggestion, suggestionReducer, type SuggestionAction, type SuggestionState } from '../state/suggestion.js';
import { toErrorInfo } from './error-info.js';

export type StartStream = (signal: AbortSignal, onEvent: (event: StreamEvent) => void) => Promise<StreamOutcome>;

export interface SuggestionStream {
  state: SuggestionState;
  dispatch: Dispatch<SuggestionAction>;
  run(n: number, start: StartStream): Promise<void>;
  stop(): void;
}

export function useSuggestionStream(initial: () => SuggestionState = () => emptySuggestion): SuggestionStream {
  const [state, dispatch] = useReducer(suggestionReducer, undefined, initial);
  const controller = useRef<AbortController | null>(null);

  const stop = useCallback(() => controller.current?.abort(), []);

  const run = useCallback(async (n: number, start: StartStream) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    dispatch({ type: 'start', n });
    // A newer run replaces this one: whatever this one reports afterwards is stale.
    const current = () => controller.current === abort;
    try {
      const outcome = await start(abort.signal, (event) => {
        if (!abort.signal.aborted) dispatch({ type: 'event', event });
      });
      if (current()) dispatch({ type: outcome === 'aborted' || abort.signal.aborted ? 'stopped' : 'ended' });
    } catch (err) {
      if (current()) dispatch({ type: 'failed', error: toErrorInfo(err) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);

  useEffect(() => () => controller.current?.abort(), []);

  return { state, dispatch, run, stop };
}
