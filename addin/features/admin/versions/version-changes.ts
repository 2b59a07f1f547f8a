/**
 * What differs between two template bodies, part by part, for the version diff: long texts
 * (prompt, instructions) as themselves, everything else as indented JSON; fields are matched
 * by key, so one changed field shows alone rather than inside the whole list.
 */

export interface Change {
  /** `prompt`, `name`, `fields › subject`, `fields (order)`, … */
  part: string;
  /** For fields: the field's key; otherwise the top-level property. */
  key: string;
  before: string;
  after: string;
}

/** Properties in the order an admin reads a template; others follow alphabetically. */
const ORDER = ['id', 'name', 'description', 'kind', 'hosts', 'locales', 'category', 'tags', 'fields', 'prompt', 'instructions', 'outline', 'placeholders', 'output'];
const TEXTS = new Set(['prompt', 'instructions']);

/** Inside fields, options and placeholders: the order the editor shows them in. */
const INNER_ORDER = ['key', 'value', 'type', 'label', 'required', 'title', 'guidance', 'field', 'layout', 'docType', 'targetLength', 'zh-CN', 'en-US'];

type Body = Record<string, unknown>;

/**
 * One spelling for equal content: the gateway stores templates with defaults filled in and its
 * own key order, the editor holds them as typed. Empty texts and lists, `required: false` and
 * key order are not changes.
 */
export function normalise(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (typeof value !== 'object' || value === null) return value;
  const rank = (k: string) => {
    const i = INNER_ORDER.indexOf(k);
    return i < 0 ? INNER_ORDER.length : i;
  };
  const out: Body = {};
  for (const k of Object.keys(value).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))) {
    const v = (value as Body)[k];
    if (isEmpty(v) || (k === 'required' && v === false)) continue;
    out[k] = normalise(v, k);
  }
  return key === undefined || Object.keys(out).length ? out : undefined;
}

const isEmpty = (v: unknown) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

function show(key: string, value: unknown): string {
  if (isEmpty(value)) return '';
  if (TEXTS.has(key) && typeof value === 'string') return value;
  return JSON.stringify(normalise(value), null, 2) ?? '';
}

const asBody = (v: unknown): Body => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Body) : {});

function fieldList(v: unknown): Body[] {
  return Array.isArray(v) ? v.map(asBody) : [];
}

const keyOf = (f: Body, i: number) => (typeof f.key === 'string' && f.key ? f.key : `#${i + 1}`);

function fieldChanges(before: unknown, after: unknown): Change[] {
  const a = fieldList(before);
  const b = fieldList(after);
  const aKeys = a.map(keyOf);
  const bKeys = b.map(keyOf);
  const out: Change[] = [];
  // Each key in the new order, then the ones that were removed.
  for (const key of [...bKeys, ...aKeys.filter((k) => !bKeys.includes(k))]) {
    const was = a[aKeys.indexOf(key)];
    const is = b[bKeys.indexOf(key)];
    const beforeText = was ? JSON.stringify(normalise(was), null, 2) : '';
    const afterText = is ? JSON.stringify(normalise(is), null, 2) : '';
    if (beforeText !== afterText) out.push({ part: `fields › ${key}`, key, before: beforeText, after: afterText });
  }
  const common = (keys: string[], other: string[]) => keys.filter((k) => other.includes(k));
  const orderBefore = common(aKeys, bKeys);
  const orderAfter = common(bKeys, aKeys);
  if (orderBefore.join('\n') !== orderAfter.join('\n')) out.push({ part: 'fields (order)', key: 'fields', before: orderBefore.join('\n'), after: orderAfter.join('\n') });
  return out;
}

export function versionChanges(before: unknown, after: unknown): Change[] {
  const a = asBody(before);
  const b = asBody(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) => {
    const ix = ORDER.indexOf(x);
    const iy = ORDER.indexOf(y);
    if (ix >= 0 && iy >= 0) return ix - iy;
    if (ix >= 0 || iy >= 0) return ix >= 0 ? -1 : 1;
    return x.localeCompare(y);
  });
  const out: Change[] = [];
  for (const key of keys) {
    if (key === 'fields') {
      out.push(...fieldChanges(a.fields, b.fields));
      continue;
    }
    const beforeText = show(key, a[key]);
    const afterText = show(key, b[key]);
    if (beforeText !== afterText) out.push({ part: key, key, before: beforeText, after: afterText });
  }
  return out;
}
