/**
 * What the Draft tab keeps across regenerations, failures and pane reloads, per template:
 * the form as typed (strings, not yet validated) and the unfinished suggestion. Plus which
 * template was open, so a reload comes back to it.
 */
import { isSavedSuggestion, type SavedSuggestion } from './suggestion.js';
import { isStringArray, readJson, removeGroup, removeKey, writeJson, type KeyValueStore } from './storage.js';

/** The form as the user typed it: numbers stay text until validation parses them. */
export type FormValues = Record<string, string | string[]>;

export interface DraftOptions {
  n: number;
  useSelection: boolean;
}

const isFormValues = (v: unknown): v is FormValues =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string' || isStringArray(x));

const isOptions = (v: unknown): v is DraftOptions =>
  typeof v === 'object' && v !== null && typeof (v as DraftOptions).n === 'number' && typeof (v as DraftOptions).useSelection === 'boolean';

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;

export const draftStore = {
  loadValues: (store: KeyValueStore, templateId: string) => readJson(store, `draft.${templateId}.values`, isFormValues),
  saveValues: (store: KeyValueStore, templateId: string, values: FormValues) => writeJson(store, `draft.${templateId}.values`, values),

  loadOptions: (store: KeyValueStore, templateId: string) => readJson(store, `draft.${templateId}.options`, isOptions),
  saveOptions: (store: KeyValueStore, templateId: string, options: DraftOptions) => writeJson(store, `draft.${templateId}.options`, options),

  loadSuggestion: (store: KeyValueStore, templateId: string) => readJson(store, `draft.${templateId}.suggestion`, isSavedSuggestion),
  saveSuggestion(store: KeyValueStore, templateId: string, saved: SavedSuggestion | undefined): void {
    if (saved) writeJson(store, `draft.${templateId}.suggestion`, saved);
    else removeKey(store, `draft.${templateId}.suggestion`);
  },

  loadOpenTemplate: (store: KeyValueStore) => readJson(store, 'draft.open', isId),
  saveOpenTemplate(store: KeyValueStore, templateId: string | undefined): void {
    if (templateId) writeJson(store, 'draft.open', templateId);
    else removeKey(store, 'draft.open');
  },

  /** Every template's values, options and suggestion, and which one was open (at sign-out). */
  forgetAll: (store: KeyValueStore) => removeGroup(store, 'draft.'),
};
