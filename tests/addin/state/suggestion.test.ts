import type { StreamEvent } from '../../../addin/api/events.js';
import {
  emptySuggestion,
  fromSaved,
  isIncomplete,
  isSavedSuggestion,
  suggestionReducer,
  toSaved,
  type SuggestionAction,
  type SuggestionState,
} from '../../../addin/state/suggestion.js';

const ev = (event: StreamEvent): SuggestionAction => ({ type: 'event', event });
const reduce = (actions: SuggestionAction[], from: SuggestionState = emptySuggestion) => actions.reduce(suggestionReducer, from);

describe('suggestion reducer', () => {
  it('shows the queue position, then the text as it arrives, then done', () => {
    let s = reduce([{ type: 'start', n: 1 }, ev({ type: 'queued', position: 2 })]);
    expect(s).toMatchObject({ phase: 'running', position: 2 });
    s = reduce([ev({ type: 'delta', candidate: 0, text: '# 标' }), ev({ type: 'delta', candidate: 0, text: '题' })], s);
    expect(s.position).toBe(0);
    expect(s.candidates[0]).toMatchObject({ text: '# 标题', status: 'streaming' });
    s = reduce([ev({ type: 'done', candidate: 0, finishReason: 'stop' })], s);
    expect(s.phase).toBe('finished');
    expect(isIncomplete(s.candidates[0]!)).toBe(false);
  });

  it('keeps candidates apart and finishes only when all are closed', () => {
    let s = reduce([{ type: 'start', n: 2 }, ev({ type: 'delta', candidate: 1, text: 'B' }), ev({ type: 'delta', candidate: 0, text: 'A' })]);
    s = reduce([ev({ type: 'done', candidate: 0, finishReason: 'stop' })], s);
    expect(s.phase).toBe('running');
    s = reduce([ev({ type: 'error', candidate: 1, code: 'model_timeout', message: 'slow' })], s);
    expect(s.phase).toBe('finished');
    expect(s.candidates.map((c) => [c.text, c.status])).toEqual([
      ['A', 'done'],
      ['B', 'failed'],
    ]);
    expect(s.candidates[1]?.error?.code).toBe('model_timeout');
    expect(s.error).toBeUndefined();
  });

  it('clamps n to 1–3', () => {
    expect(reduce([{ type: 'start', n: 9 }]).candidates).toHaveLength(3);
    expect(reduce([{ type: 'start', n: 0 }]).candidates).toHaveLength(1);
  });

  it('keeps what arrived when the user stops, marked incomplete', () => {
    const s = reduce([{ type: 'start', n: 1 }, ev({ type: 'delta', candidate: 0, text: '半句' }), { type: 'stopped' }]);
    expect(s.phase).toBe('finished');
    expect(s.candidates[0]).toMatchObject({ text: '半句', status: 'stopped' });
    expect(isIncomplete(s.candidates[0]!)).toBe(true);
  });

  it('marks a stream that ends without done as cut off, keeping its text', () => {
    const s = reduce([{ type: 'start', n: 1 }, ev({ type: 'delta', candidate: 0, text: 'Dear' }), { type: 'ended' }]);
    expect(s.candidates[0]).toMatchObject({ text: 'Dear', status: 'failed', error: { code: 'model_cut_off' } });
  });

  it('treats finishReason length as incomplete', () => {
    const s = reduce([{ type: 'start', n: 1 }, ev({ type: 'delta', candidate: 0, text: 'x' }), ev({ type: 'done', candidate: 0, finishReason: 'length' })]);
    expect(isIncomplete(s.candidates[0]!)).toBe(true);
  });

  it('reports a failure before any text as an error of the request', () => {
    const s = reduce([{ type: 'start', n: 1 }, ev({ type: 'queued', position: 1 }), { type: 'failed', error: { code: 'queue_full', message: 'busy' } }]);
    expect(s).toMatchObject({ phase: 'idle', candidates: [], error: { code: 'queue_full' } });
  });

  it('turns every candidate failing without text into one request error', () => {
    const s = reduce([
      { type: 'start', n: 2 },
      ev({ type: 'error', candidate: 0, code: 'model_unreachable', message: 'down' }),
      ev({ type: 'error', candidate: 1, code: 'model_unreachable', message: 'down' }),
    ]);
    expect(s.error?.code).toBe('model_unreachable');
    expect(s.candidates).toEqual([]);
  });

  it('keeps the previous (edited) suggestion when a regeneration fails before any text', () => {
    let s = reduce([{ type: 'start', n: 1 }, ev({ type: 'delta', candidate: 0, text: 'v1' }), ev({ type: 'done', candidate: 0, finishReason: 'stop' })]);
    s = reduce([{ type: 'edit', candidate: 0, text: 'v1 edited' }], s);
    s = reduce([{ type: 'start', n: 1 }], s);
    expect(s.candidates[0]?.text).toBe('');
    s = reduce([{ type: 'failed', error: { code: 'model_unreachable' } }], s);
    expect(s.phase).toBe('finished');
    expect(s.candidates[0]).toMatchObject({ text: 'v1 edited', edited: true });
    expect(s.error?.code).toBe('model_unreachable');
  });

  it('keeps the previous suggestion when stopped before any text', () => {
    let s = reduce([{ type: 'start', n: 1 }, ev({ type: 'delta', candidate: 0, text: 'v1' }), ev({ type: 'done', candidate: 0, finishReason: 'stop' })]);
    s = reduce([{ type: 'start', n: 1 }, { type: 'stopped' }], s);
    expect(s.candidates[0]?.text).toBe('v1');
    expect(s.error).toBeUndefined();
  });

  it('does not let the user edit a candidate that is still streaming', () => {
    let s = reduce([{ type: 'start', n: 1 }, ev({ type: 'delta', candidate: 0, text: 'abc' })]);
    s = reduce([{ type: 'edit', candidate: 0, text: 'zzz' }], s);
    expect(s.candidates[0]?.text).toBe('abc');
  });

  it('ignores events once the run is over, and resets on discard', () => {
    let s = reduce([{ type: 'start', n: 1 }, ev({ type: 'delta', candidate: 0, text: 'a' }), { type: 'stopped' }]);
    s = reduce([ev({ type: 'delta', candidate: 0, text: 'late' })], s);
    expect(s.candidates[0]?.text).toBe('a');
    const d = reduce([{ type: 'discard' }], s);
    expect(d).toMatchObject({ phase: 'idle', candidates: [] });
    expect(d.run).toBeGreaterThan(s.run);
  });
});

describe('saved suggestions', () => {
  it('survive a reload mid-stream as stopped, with the text kept', () => {
    const s = reduce([{ type: 'start', n: 2 }, ev({ type: 'delta', candidate: 0, text: '一半' }), ev({ type: 'done', candidate: 0, finishReason: 'stop' }), ev({ type: 'delta', candidate: 1, text: '另' })]);
    const saved = JSON.parse(JSON.stringify(toSaved(s))) as unknown;
    expect(isSavedSuggestion(saved)).toBe(true);
    const restored = fromSaved(saved as never);
    expect(restored.phase).toBe('finished');
    expect(restored.candidates.map((c) => [c.text, c.status])).toEqual([
      ['一半', 'done'],
      ['另', 'stopped'],
    ]);
    expect(restored.candidates[1]?.error?.code).toBe('interrupted');
  });

  it('saves nothing when there is no text', () => {
    expect(toSaved(reduce([{ type: 'start', n: 1 }]))).toBeUndefined();
  });

  it('rejects malformed saved data', () => {
    expect(isSavedSuggestion({ candidates: [{ text: 1, status: 'done' }] })).toBe(false);
    expect(isSavedSuggestion({ candidates: [] })).toBe(false);
    expect(isSavedSuggestion(null)).toBe(false);
  });
});
