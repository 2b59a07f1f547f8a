/**
 * The state of one suggestion: 1–3 candidates streaming from the gateway, the queue position,
 * and how each candidate ended. A pure reducer, so Stop, errors, cut-offs, edits and reloads
 * are all testable without a browser. What arrived is never thrown away by an error.
 */
import type { StreamEvent } from '../api/events.js';
import type { FieldProblem } from '../api/errors.js';
import type { Localized } from '../../src/core/i18n/locale.js';

export type CandidateStatus = 'waiting' | 'streaming' | 'done' | 'stopped' | 'failed';

export interface ErrorInfo {
  code: string;
  /** The gateway's message (already in the request's language), for codes the pane does not know. */
  message?: string;
  /** A message the pane can show in either language (host errors). */
  localized?: Localized;
  problems?: FieldProblem[];
  /** How long the gateway asked to wait before trying again (Retry-After). */
  retryAfterSeconds?: number;
}

export interface Candidate {
  text: string;
  status: CandidateStatus;
  finishReason?: string;
  error?: ErrorInfo;
  /** The user changed the text by hand. */
  edited?: boolean;
}

export type Phase = 'idle' | 'running' | 'finished';

export interface SuggestionState {
  phase: Phase;
  /** Place in the gateway's queue; 0 once the model is working. */
  position: number;
  candidates: Candidate[];
  /**
   * A request that failed without producing any text (before the stream, or every candidate
   * failing at once). Failures after text arrived are on the candidates instead.
   */
  error?: ErrorInfo;
  /** Increments per request so views can reset (active tab, edit mode). */
  run: number;
  /** The candidates shown before this request, restored if it fails before any text arrives. */
  previous?: Candidate[];
  /** From the stream's `meta` event: what accept and discard reports refer to. */
  generationId?: string;
}

export type SuggestionAction =
  | { type: 'start'; n: number }
  | { type: 'event'; event: StreamEvent }
  | { type: 'stopped' }
  | { type: 'ended' }
  | { type: 'failed'; error: ErrorInfo }
  | { type: 'edit'; candidate: number; text: string }
  | { type: 'restore'; state: SuggestionState }
  | { type: 'clearError' }
  | { type: 'discard' };

export const emptySuggestion: SuggestionState = { phase: 'idle', position: 0, candidates: [], run: 0 };

const isOpen = (c: Candidate) => c.status === 'waiting' || c.status === 'streaming';

export function isIncomplete(c: Candidate): boolean {
  return c.status === 'stopped' || c.status === 'failed' || c.finishReason === 'length';
}

export function hasText(state: SuggestionState): boolean {
  return state.candidates.some((c) => c.text.trim() !== '');
}

function update(state: SuggestionState, index: number, fn: (c: Candidate) => Candidate): SuggestionState {
  const current = state.candidates[index];
  if (!current) return state;
  const candidates = state.candidates.slice();
  candidates[index] = fn(current);
  return { ...state, candidates };
}

/** After the last candidate closes the suggestion is finished. */
function settle(state: SuggestionState): SuggestionState {
  if (state.phase === 'running' && !state.candidates.some(isOpen)) {
    const { previous: _previous, ...rest } = state;
    return { ...rest, phase: 'finished', position: 0 };
  }
  return state;
}

function closeOpen(state: SuggestionState, status: 'stopped' | 'failed', error?: ErrorInfo): Candidate[] {
  return state.candidates.map((c) => (isOpen(c) ? { ...c, status, ...(error ? { error } : {}) } : c));
}

function onEvent(state: SuggestionState, event: StreamEvent): SuggestionState {
  if (state.phase !== 'running') return state;
  switch (event.type) {
    case 'meta':
      return typeof event.data.generationId === 'string' ? { ...state, generationId: event.data.generationId } : state;
    case 'queued':
      return { ...state, position: event.position };
    case 'delta':
      return update({ ...state, position: 0 }, event.candidate, (c) =>
        isOpen(c) ? { ...c, text: c.text + event.text, status: 'streaming' } : c,
      );
    case 'done':
      return settle(update(state, event.candidate, (c) => (isOpen(c) ? { ...c, status: 'done', finishReason: event.finishReason } : c)));
    case 'error': {
      const error: ErrorInfo = { code: event.code, message: event.message };
      const next =
        event.candidate === undefined
          ? settle({ ...state, candidates: closeOpen(state, 'failed', error) })
          : settle(update(state, event.candidate, (c) => (isOpen(c) ? { ...c, status: 'failed', error } : c)));
      // Every candidate failed before writing anything: report it as one error for the request.
      return next.phase === 'finished' && !hasText(next) ? fallBack(state, error) : next;
    }
  }
}

/** A request that produced no text leaves what the user had before (which they may have edited). */
function fallBack(state: SuggestionState, error?: ErrorInfo): SuggestionState {
  const base: SuggestionState = state.previous
    ? { phase: 'finished', position: 0, candidates: state.previous, run: state.run }
    : { ...emptySuggestion, run: state.run };
  return error ? { ...base, error } : base;
}

export function suggestionReducer(state: SuggestionState, action: SuggestionAction): SuggestionState {
  switch (action.type) {
    case 'start': {
      const n = Math.min(3, Math.max(1, Math.floor(action.n)));
      const previous = hasText(state) ? state.candidates : undefined;
      return {
        phase: 'running',
        position: 0,
        candidates: Array.from({ length: n }, () => ({ text: '', status: 'waiting' as const })),
        run: state.run + 1,
        ...(previous ? { previous } : {}),
      };
    }
    case 'event':
      return onEvent(state, action.event);
    case 'stopped':
      if (state.phase === 'running' && !hasText(state)) return fallBack(state);
      return settle({ ...state, candidates: closeOpen(state, 'stopped', { code: 'cancelled' }) });
    case 'ended':
      // The stream closed while a candidate was still open: it was cut off.
      if (state.phase === 'running' && !hasText(state) && state.candidates.some(isOpen)) return fallBack(state, { code: 'model_cut_off' });
      return settle({ ...state, candidates: closeOpen(state, 'failed', { code: 'model_cut_off' }) });
    case 'failed':
      if (state.phase === 'running' && !hasText(state)) return fallBack(state, action.error);
      return settle({ ...state, candidates: closeOpen(state, 'failed', action.error) });
    case 'edit':
      return update(state, action.candidate, (c) => (isOpen(c) ? c : { ...c, text: action.text, edited: true }));
    case 'restore':
      return action.state;
    case 'clearError': {
      const { error: _error, ...rest } = state;
      return rest;
    }
    case 'discard':
      return { ...emptySuggestion, run: state.run + 1 };
  }
}

/** What survives a pane reload: the candidates, with anything still open marked as stopped. */
export interface SavedSuggestion {
  candidates: Candidate[];
  generationId?: string;
}

export function toSaved(state: SuggestionState): SavedSuggestion | undefined {
  if (!hasText(state)) return undefined;
  return {
    ...(state.generationId ? { generationId: state.generationId } : {}),
    candidates: state.candidates.map((c) => {
      const { error, ...rest } = c;
      // Only the code of an error is kept; messages are re-localised on display.
      const saved: Candidate = isOpen(c) ? { ...rest, status: 'stopped', error: { code: 'interrupted' } } : { ...rest };
      if (!isOpen(c) && error) saved.error = { code: error.code };
      return saved;
    }),
  };
}

const STATUSES: readonly CandidateStatus[] = ['waiting', 'streaming', 'done', 'stopped', 'failed'];

export function isSavedSuggestion(v: unknown): v is SavedSuggestion {
  if (typeof v !== 'object' || v === null) return false;
  const cs = (v as { candidates?: unknown }).candidates;
  return (
    Array.isArray(cs) &&
    cs.length >= 1 &&
    cs.length <= 3 &&
    cs.every(
      (c: unknown) =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as Candidate).text === 'string' &&
        STATUSES.includes((c as Candidate).status),
    )
  );
}

export function fromSaved(saved: SavedSuggestion): SuggestionState {
  return {
    ...emptySuggestion,
    phase: 'finished',
    candidates: saved.candidates.map((c) => (isOpen(c) ? { ...c, status: 'stopped', error: { code: 'interrupted' } } : c)),
    ...(typeof saved.generationId === 'string' ? { generationId: saved.generationId } : {}),
  };
}
