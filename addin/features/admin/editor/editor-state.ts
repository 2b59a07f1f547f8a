/**
 * The editor's state as a pure reducer: the template being edited plus a stable React key for
 * each field, outline section and placeholder, so reordering moves an item (and keyboard
 * focus with it) instead of rewriting the inputs in place.
 */
import { newField, type DraftField, type DraftOutlineSection, type DraftPlaceholder, type DraftTemplate } from './template-draft.js';

export type ListName = 'fields' | 'outline' | 'placeholders';

export interface EditorState {
  draft: DraftTemplate;
  keys: Record<ListName, string[]>;
  /** Source of fresh keys. */
  next: number;
}

export type EditorAction =
  | { type: 'load'; draft: DraftTemplate }
  | { type: 'update'; change: (draft: DraftTemplate) => DraftTemplate }
  | { type: 'field'; index: number; change: (field: DraftField) => DraftField }
  | { type: 'add'; list: ListName }
  | { type: 'remove'; list: ListName; index: number }
  | { type: 'move'; list: ListName; index: number; to: number };

/** Moves one item; out-of-range moves change nothing. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items.slice();
  const out = items.slice();
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_item, i) => i !== index);
}

function listOf(draft: DraftTemplate, list: ListName): unknown[] {
  return (draft[list] ?? []) as unknown[];
}

function withList(draft: DraftTemplate, list: ListName, items: unknown[]): DraftTemplate {
  return { ...draft, [list]: items } as DraftTemplate;
}

function blank(draft: DraftTemplate, list: ListName): unknown {
  if (list === 'fields') return newField(draft.fields.map((f) => f.key));
  if (list === 'outline') return { title: '', guidance: '' } satisfies DraftOutlineSection;
  return { key: '', label: {} } satisfies DraftPlaceholder;
}

/** The React key the next added item gets. */
export const nextKey = (state: Pick<EditorState, 'next'>) => `k${state.next}`;

export function initEditor(draft: DraftTemplate): EditorState {
  let next = 0;
  const keysFor = (list: ListName) => listOf(draft, list).map(() => `k${next++}`);
  const keys = { fields: keysFor('fields'), outline: keysFor('outline'), placeholders: keysFor('placeholders') };
  return { draft, keys, next };
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const { draft, keys } = state;
  switch (action.type) {
    case 'load':
      return initEditor(action.draft);
    case 'update':
      return { ...state, draft: action.change(draft) };
    case 'field': {
      const field = draft.fields[action.index];
      if (!field) return state;
      const fields = draft.fields.slice();
      fields[action.index] = action.change(field);
      return { ...state, draft: { ...draft, fields } };
    }
    case 'add': {
      const items = [...listOf(draft, action.list), blank(draft, action.list)];
      return {
        draft: withList(draft, action.list, items),
        keys: { ...keys, [action.list]: [...keys[action.list], nextKey(state)] },
        next: state.next + 1,
      };
    }
    case 'remove':
      return {
        ...state,
        draft: withList(draft, action.list, removeItem(listOf(draft, action.list), action.index)),
        keys: { ...keys, [action.list]: removeItem(keys[action.list], action.index) },
      };
    case 'move':
      return {
        ...state,
        draft: withList(draft, action.list, moveItem(listOf(draft, action.list), action.index, action.to)),
        keys: { ...keys, [action.list]: moveItem(keys[action.list], action.index, action.to) },
      };
  }
}
