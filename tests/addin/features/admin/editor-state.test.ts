/** The editor's list operations: adding, removing and reordering keep each item with its key. */
import { editorReducer, initEditor, moveItem, type EditorState } from '../../../../addin/features/admin/editor/editor-state.js';
import { changeFieldType, emptyTemplate, withText, type DraftTemplate } from '../../../../addin/features/admin/editor/template-draft.js';
import { validateTemplate } from '../../../../src/core/templates/validate.js';
import { testTemplate } from '../../../server/fixtures.js';

const start = (): EditorState => initEditor(testTemplate() as DraftTemplate);
const keysOf = (s: EditorState) => s.draft.fields.map((f) => f.key);

describe('admin editor: fields', () => {
  it('moves a field up and down, and its React key moves with it', () => {
    const s0 = start();
    const [k0, k1, k2] = s0.keys.fields;
    const down = editorReducer(s0, { type: 'move', list: 'fields', index: 0, to: 1 });
    expect(keysOf(down)).toEqual(['copies', 'subject', 'urgency']);
    expect(down.keys.fields).toEqual([k1, k0, k2]);
    const up = editorReducer(down, { type: 'move', list: 'fields', index: 2, to: 1 });
    expect(keysOf(up)).toEqual(['copies', 'urgency', 'subject']);
    expect(up.keys.fields).toEqual([k1, k2, k0]);
  });

  it('ignores a move past either end, so the first item cannot go up', () => {
    const s0 = start();
    expect(keysOf(editorReducer(s0, { type: 'move', list: 'fields', index: 0, to: -1 }))).toEqual(['subject', 'copies', 'urgency']);
    expect(keysOf(editorReducer(s0, { type: 'move', list: 'fields', index: 2, to: 3 }))).toEqual(['subject', 'copies', 'urgency']);
    expect(moveItem(['a', 'b'], 1, 0)).toEqual(['b', 'a']);
  });

  it('adds a field with a key not taken yet and a fresh React key; removes the one asked for', () => {
    const added = editorReducer(start(), { type: 'add', list: 'fields' });
    expect(keysOf(added)).toEqual(['subject', 'copies', 'urgency', 'field4']);
    expect(new Set(added.keys.fields).size).toBe(4);
    const again = editorReducer(added, { type: 'add', list: 'fields' });
    expect(keysOf(again)[4]).toBe('field5');
    const removed = editorReducer(again, { type: 'remove', list: 'fields', index: 1 });
    expect(keysOf(removed)).toEqual(['subject', 'urgency', 'field4', 'field5']);
    expect(removed.keys.fields).toEqual([again.keys.fields[0], ...again.keys.fields.slice(2)]);
  });

  it('changes one field without touching the others', () => {
    const s = editorReducer(start(), { type: 'field', index: 1, change: (f) => ({ ...f, required: true }) });
    expect(s.draft.fields.map((f) => f.required ?? false)).toEqual([true, true, false]);
  });

  it('reorders outline sections the same way', () => {
    let s = editorReducer(start(), { type: 'add', list: 'outline' });
    s = editorReducer(s, { type: 'update', change: (d) => ({ ...d, outline: [d.outline![0]!, { title: '要求', guidance: '' }] }) });
    s = editorReducer(s, { type: 'move', list: 'outline', index: 1, to: 0 });
    expect(s.draft.outline!.map((o) => o.title)).toEqual(['要求', '正文']);
  });
});

describe('admin editor: field types and texts', () => {
  it('keeps options when a select becomes a multiselect, and drops what a number does not have', () => {
    const select = testTemplate().fields[2] as DraftTemplate['fields'][number];
    const multi = changeFieldType(select, 'multiselect');
    expect(multi).toMatchObject({ type: 'multiselect', options: [{ value: '特急' }, { value: '加急' }], key: 'urgency' });
    const number = changeFieldType(multi, 'number');
    expect(number).toEqual({ key: 'urgency', type: 'number', label: select.label });
    const text = changeFieldType(testTemplate().fields[0] as DraftTemplate['fields'][number], 'textarea');
    expect(text).toMatchObject({ type: 'textarea', maxLength: 20 });
  });

  it('removes a language whose text is emptied rather than storing ""', () => {
    expect(withText({ 'zh-CN': '事由', 'en-US': 'Subject' }, 'en-US', '')).toEqual({ 'zh-CN': '事由' });
    expect(withText({ 'zh-CN': '事由' }, 'zh-CN', '')).toBeUndefined();
  });

  it('starts a new template that only lacks an id and a name', () => {
    const result = validateTemplate(emptyTemplate());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path).sort()).toEqual(['fields[0].label', 'id', 'name']);
  });
});
