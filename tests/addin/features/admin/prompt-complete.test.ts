/** Typing `{{` in the prompt offers the declared field keys; choosing one writes a closed output. */
import { applyCompletion, completionAt } from '../../../../addin/features/admin/editor/prompt-complete.js';

const NAMES = ['subject', 'copies', 'urgency', 'summary', 'locale', 'today', 'context'];

/** `|` marks the caret. */
function at(textWithCaret: string) {
  const caret = textWithCaret.indexOf('|');
  const text = textWithCaret.replace('|', '');
  return { text, caret, completion: completionAt(text, caret, NAMES) };
}

describe('prompt autocomplete', () => {
  it('offers every declared key right after {{, fields first', () => {
    const { completion } = at('请起草{{|');
    expect(completion?.items).toEqual(NAMES);
    expect(completion).toMatchObject({ query: '', output: true, needsSpace: true });
  });

  it('narrows to the keys that start with what was typed, then those that contain it', () => {
    expect(at('{{ su|').completion?.items).toEqual(['subject', 'summary']);
    expect(at('{{ ur|').completion?.items).toEqual(['urgency']);
    expect(at('{{ o|').completion?.items).toEqual(['copies', 'locale', 'today', 'context']);
  });

  it('offers nothing outside an open output or tag, after it is closed, or on a later line', () => {
    expect(at('请起草|').completion).toBeUndefined();
    expect(at('{{ subject }} |').completion).toBeUndefined();
    expect(at('{{ subject | upcase|').completion).toBeUndefined();
    expect(at('{{\n|').completion).toBeUndefined();
    expect(at('{{ xyz|').completion).toBeUndefined();
    // A key typed out in full that nothing else extends needs no list.
    expect(at('{{ urgency|').completion).toBeUndefined();
  });

  it('offers keys in conditions and loops too', () => {
    expect(at('{% if ur|').completion?.items).toEqual(['urgency']);
    expect(at('{% for item in su|').completion?.items).toEqual(['subject', 'summary']);
    expect(at('{% assign x = |').completion).toBeUndefined();
  });

  it('writes the chosen key with spaces and closes the output, caret after it', () => {
    const { text, completion } = at('关于{{|的通知');
    const applied = applyCompletion(text, completion!, 'subject');
    expect(applied.text).toBe('关于{{ subject }}的通知');
    expect(applied.text.slice(0, applied.caret)).toBe('关于{{ subject }}');
  });

  it('replaces the typed part and does not add a second closing', () => {
    const { text, completion } = at('关于{{ su| }}的通知');
    const applied = applyCompletion(text, completion!, 'summary');
    expect(applied.text).toBe('关于{{ summary }}的通知');
    expect(applied.text.slice(0, applied.caret)).toBe('关于{{ summary }}');
  });

  it('leaves a tag open for the admin to finish', () => {
    const { text, completion } = at('{% if ur|');
    expect(applyCompletion(text, completion!, 'urgency')).toEqual({ text: '{% if urgency', caret: 13 });
  });
});
