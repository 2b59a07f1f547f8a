/**
 * The sandboxed liquidjs engine used to check and render template prompts (DESIGN promise 4:
 * templates are data, not code). Only a logic-light allowlist of tags and filters is registered,
 * variables are strict and own-property-only, and the engine gets a file system that refuses
 * every read, so nothing in a template can reach files or other templates.
 */
import { Liquid, type FS, type LiquidOptions } from 'liquidjs';

/** Variables every prompt may use besides its own fields. */
export const BUILTIN_VARIABLES = ['locale', 'today', 'context'] as const;
export type BuiltinVariable = (typeof BUILTIN_VARIABLES)[number];

/**
 * Field keys that would clash with a built-in or a Liquid literal/loop name: `{{ empty }}`
 * would never read a field called "empty".
 */
export const RESERVED_KEYS: readonly string[] = [...BUILTIN_VARIABLES, 'forloop', 'empty', 'blank', 'nil', 'null', 'true', 'false'];

/** Tags the engine registers. elsif/else/when and end tags belong to these. */
const ENGINE_TAGS = ['if', 'unless', 'case', 'for', 'break', 'continue', 'assign', 'comment', 'raw', '#'] as const;

/** Every tag name a prompt may contain, including branches and end tags. */
export const ALLOWED_TAGS: readonly string[] = [
  ...ENGINE_TAGS,
  'elsif', 'else', 'when', 'endif', 'endunless', 'endcase', 'endfor', 'endcomment', 'endraw',
];

/**
 * Text-shaping filters only. Left out on purpose: `raw` (would skip the user-data marking),
 * `date` (reads the clock; use `today`), html/url/base64/json filters (not prose), and the
 * array-building ones that only help write programs.
 */
export const ALLOWED_FILTERS: readonly string[] = [
  'append', 'prepend', 'capitalize', 'downcase', 'upcase', 'strip', 'lstrip', 'rstrip', 'strip_newlines',
  'truncate', 'truncatewords', 'replace', 'replace_first', 'remove', 'remove_first', 'default',
  'size', 'join', 'first', 'last', 'sort', 'sort_natural', 'uniq', 'reverse', 'compact',
  'plus', 'minus', 'times', 'divided_by', 'modulo', 'round', 'ceil', 'floor', 'abs', 'at_least', 'at_most',
];

/** Upper bounds for one render; prompts are small, so anything near these is a runaway loop. */
export const RENDER_LIMITS = {
  outputChars: 200_000,
  timeMs: 1_000,
  /** Number of tag, text and output nodes rendered. */
  nodes: 50_000,
  /** liquidjs's allocation counter (string and array growth). */
  memory: 10_000_000,
} as const;

function refuse(): never {
  throw new Error('templates cannot read files');
}

/** A file system with nothing in it: every lookup misses and every read throws. */
const NO_FILES: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => refuse(),
  readFileSync: () => refuse(),
  resolve: (_dir, file) => file,
  contains: async () => false,
  containsSync: () => false,
};

/** A fresh engine with the allowlists applied. Cheap (no I/O), so render makes one per call. */
export function createSandbox(extra: Pick<LiquidOptions, 'outputEscape'> = {}): Liquid {
  const engine = new Liquid({
    ...extra,
    fs: NO_FILES,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
    dynamicPartials: false,
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    jsTruthy: false,
    parseLimit: 100_000,
    renderLimit: RENDER_LIMITS.timeMs,
    memoryLimit: RENDER_LIMITS.memory,
  });
  const tags = new Set<string>(ENGINE_TAGS);
  for (const name of Object.keys(engine.tags)) if (!tags.has(name)) delete engine.tags[name];
  const filters = new Set(ALLOWED_FILTERS);
  for (const name of Object.keys(engine.filters)) if (!filters.has(name)) engine.unregisterFilter(name);
  return engine;
}

/**
 * A parse-only engine that knows every standard tag and filter, so a prompt with a forbidden
 * tag can still be analysed and all its problems reported in one round. It has no file system
 * and is never used to render.
 */
export function createAnalyzer(): Liquid {
  return new Liquid({ fs: NO_FILES, root: [], partials: [], layouts: [], relativeReference: false, dynamicPartials: false, parseLimit: 100_000 });
}

/** The first line of a liquidjs error (the rest is a source excerpt meant for a terminal). */
export function liquidErrorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return (text.split('\n')[0] ?? '').trim().slice(0, 300);
}
