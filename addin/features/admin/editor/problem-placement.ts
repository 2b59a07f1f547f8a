/**
 * Puts each validation problem next to the input it is about. Every input of the editor has an
 * anchor (the problem path it answers for, e.g. `fields[2].options[0].value`); a problem goes to
 * the deepest anchor that contains its path, so `name.en-US` lands on the name inputs and an
 * unknown property inside a field lands on that field's card. What matches no anchor is listed
 * at the top of the editor, so no problem is ever hidden.
 */
import type { Problem } from '../../../../src/core/errors/codes.js';
import type { Locale } from '../../../../src/core/i18n/locale.js';
import type { FieldType } from '../../../../src/core/templates/schema.js';
import type { FieldProblem } from '../../../api/errors.js';
import type { DraftTemplate } from './template-draft.js';

/** The type-specific settings the field editor shows, in display order. */
export const FIELD_PROPS: Record<FieldType, readonly string[]> = {
  text: ['minLength', 'maxLength', 'default'],
  textarea: ['minLength', 'maxLength', 'default'],
  number: ['min', 'max', 'integer', 'unit', 'default'],
  date: ['min', 'max', 'default'],
  select: ['options', 'default'],
  multiselect: ['options', 'minItems', 'maxItems', 'default'],
  list: ['minItems', 'maxItems', 'itemMaxLength', 'default'],
};

const COMMON_FIELD_PROPS = ['key', 'type', 'label', 'required', 'help', 'placeholder'];

const TOP = [
  'id', 'name', 'description', 'kind', 'hosts', 'locales', 'category', 'tags', 'instructions', 'prompt',
  'output', 'output.layout', 'output.docType', 'output.targetLength', 'fields', 'outline', 'placeholders',
];

export const fieldPath = (index: number, prop?: string) => (prop ? `fields[${index}].${prop}` : `fields[${index}]`);
export const optionPath = (field: number, option: number, prop: 'value' | 'label') => `fields[${field}].options[${option}].${prop}`;
export const outlinePath = (index: number, prop?: 'title' | 'guidance') => (prop ? `outline[${index}].${prop}` : `outline[${index}]`);
export const placeholderPath = (index: number, prop?: 'key' | 'label' | 'field') => (prop ? `placeholders[${index}].${prop}` : `placeholders[${index}]`);

const isFieldType = (t: unknown): t is FieldType => typeof t === 'string' && t in FIELD_PROPS;

/** Every anchor the editor renders for this draft. */
export function editorAnchors(draft: DraftTemplate): string[] {
  const anchors = [...TOP];
  draft.fields.forEach((field, i) => {
    anchors.push(fieldPath(i), ...COMMON_FIELD_PROPS.map((p) => fieldPath(i, p)));
    if (!isFieldType(field.type)) return;
    anchors.push(...FIELD_PROPS[field.type].map((p) => fieldPath(i, p)));
    if (field.type === 'select' || field.type === 'multiselect') {
      (field.options ?? []).forEach((_o, j) => anchors.push(optionPath(i, j, 'value'), optionPath(i, j, 'label')));
    }
  });
  (draft.outline ?? []).forEach((_s, i) => anchors.push(outlinePath(i), outlinePath(i, 'title'), outlinePath(i, 'guidance')));
  (draft.placeholders ?? []).forEach((_p, i) => anchors.push(placeholderPath(i), placeholderPath(i, 'key'), placeholderPath(i, 'label'), placeholderPath(i, 'field')));
  return anchors;
}

function contains(anchor: string, path: string): boolean {
  return path === anchor || path.startsWith(`${anchor}.`) || path.startsWith(`${anchor}[`);
}

export interface PlacedProblems {
  /** Messages by anchor, in the order the problems came. */
  byAnchor: Record<string, string[]>;
  /** Messages that belong to no input (e.g. the template is not an object). */
  unplaced: string[];
  count: number;
}

export const NO_PROBLEMS: PlacedProblems = { byAnchor: {}, unplaced: [], count: 0 };

/** Core's problems carry both languages; the gateway's are already in the request's language. */
function messageOf(problem: Problem | FieldProblem, locale: Locale): string {
  return typeof problem.message === 'string' ? problem.message : problem.message[locale];
}

export function placeProblems(problems: readonly (Problem | FieldProblem)[], anchors: readonly string[], locale: Locale): PlacedProblems {
  const byAnchor: Record<string, string[]> = {};
  const unplaced: string[] = [];
  for (const problem of problems) {
    let best: string | undefined;
    for (const anchor of anchors) if (contains(anchor, problem.path) && (best === undefined || anchor.length > best.length)) best = anchor;
    const message = messageOf(problem, locale);
    if (best === undefined) unplaced.push(message);
    else (byAnchor[best] ??= []).push(message);
  }
  return { byAnchor, unplaced, count: problems.length };
}

/** The messages for one anchor (empty when it has none). */
export function messagesAt(placed: PlacedProblems, anchor: string): string[] {
  return placed.byAnchor[anchor] ?? [];
}

/** How many problems sit at an anchor or anywhere inside it (a field card's badge). */
export function countWithin(placed: PlacedProblems, anchor: string): number {
  let n = 0;
  for (const [at, messages] of Object.entries(placed.byAnchor)) if (contains(anchor, at)) n += messages.length;
  return n;
}
