/**
 * Static checks of an admin's prompt before it is saved: it must parse, use only allowlisted
 * tags and filters, and read only declared fields and built-ins. Tags and filters are checked on
 * the token stream first so every offending tag gets its own clear message; the sandbox parser
 * (which does not even know those tags) is the second line of defence.
 */
import { Tokenizer, TokenKind, type TagToken, type TopLevelToken } from 'liquidjs';
import type { Problem } from '../errors/codes.js';
import type { FieldType } from './schema.js';
import { problem, nameList } from './problems.js';
import { ALLOWED_FILTERS, ALLOWED_TAGS, BUILTIN_VARIABLES, createAnalyzer, createSandbox, liquidErrorText } from './sandbox.js';

/** Tags that would pull in files or other templates; they get a message saying so. */
const FILE_TAGS = new Set(['include', 'render', 'layout', 'block']);
const SHOWN_TAGS = 'if, unless, case, for, assign, comment, raw';
const LISTS = new Set<FieldType>(['list', 'multiselect']);

/** What each name in scope is, so property access (`.size`, `.first`) can be checked. */
type Kind = FieldType | 'builtin_text' | 'builtin_flag';

function lineOf(token: { getPosition(): number[] }): number {
  return token.getPosition()[0] ?? 1;
}

function syntaxProblem(err: unknown): Problem {
  const text = liquidErrorText(err);
  const m = /,? line:(\d+), col:\d+/.exec(text);
  const detail = text.replace(/,? line:\d+, col:\d+/, '');
  const at = m ? m[1] : '?';
  return problem('prompt', 'prompt_syntax', `The prompt is not a valid template (line ${at}): ${detail}.`, `提示词模板语法有误（第 ${at} 行）：${detail}。`);
}

function tagProblem(name: string, line: number): Problem {
  if (FILE_TAGS.has(name))
    return problem(
      'prompt',
      'prompt_forbidden_tag',
      `The prompt may not use {% ${name} %} (line ${line}): templates cannot read files or other templates. Write the text into this prompt instead.`,
      `提示词不能使用 {% ${name} %}（第 ${line} 行）：模板不能读取文件或其他模板，请把内容直接写进本提示词。`,
    );
  return problem(
    'prompt',
    'prompt_forbidden_tag',
    `The prompt may not use {% ${name} %} (line ${line}). Allowed tags: ${SHOWN_TAGS}.`,
    `提示词不能使用 {% ${name} %}（第 ${line} 行）。可用的标签：${SHOWN_TAGS}。`,
  );
}

/** Filter names in an output or tag expression: whatever follows a `|` outside quotes. */
function filterNames(expression: string): string[] {
  const unquoted = expression.replace(/'[^']*'|"[^"]*"/g, '""');
  return [...unquoted.matchAll(/\|\s*([^\s:|,]+)/g)].map((m) => m[1] ?? '');
}

/** Tags and filters outside the allowlists, one problem per distinct name. */
function checkTokens(tokens: TopLevelToken[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const allowedTags = new Set(ALLOWED_TAGS);
  const allowedFilters = new Set(ALLOWED_FILTERS);
  let inComment = false;
  for (const token of tokens) {
    if (token.kind === TokenKind.Tag) {
      const tag = token as TagToken;
      // Text inside {% comment %} is never run; don't complain about what it mentions.
      if (inComment) {
        if (tag.name === 'endcomment') inComment = false;
        continue;
      }
      if (tag.name === 'comment') inComment = true;
      // `{% endblock %}` needs no message of its own once `{% block %}` has one.
      if (tag.name === '#' || (tag.name.startsWith('end') && seen.has(`tag:${tag.name.slice(3)}`))) continue;
      if (!allowedTags.has(tag.name) && !seen.has(`tag:${tag.name}`)) {
        seen.add(`tag:${tag.name}`);
        problems.push(tagProblem(tag.name, lineOf(tag)));
      }
      if (allowedTags.has(tag.name)) problems.push(...checkFilters(tag.args, lineOf(tag), allowedFilters, seen));
    } else if (token.kind === TokenKind.Output && !inComment) {
      const content = (token as unknown as { content: string }).content;
      problems.push(...checkFilters(content, lineOf(token), allowedFilters, seen));
    }
  }
  return problems;
}

function checkFilters(expression: string, line: number, allowed: Set<string>, seen: Set<string>): Problem[] {
  const out: Problem[] = [];
  for (const name of filterNames(expression)) {
    if (allowed.has(name) || seen.has(`filter:${name}`)) continue;
    seen.add(`filter:${name}`);
    const list = nameList(ALLOWED_FILTERS, 60);
    out.push(
      problem('prompt', 'prompt_forbidden_filter', `The prompt may not use the filter "${name}" (line ${line}). Allowed filters: ${list}.`, `提示词不能使用过滤器“${name}”（第 ${line} 行）。可用的过滤器：${list}。`),
    );
  }
  return out;
}

/** `.size` on text and lists, `.first`/`.last` on lists; anything else fails at render time. */
function propertyAllowed(kind: Kind, props: readonly unknown[]): boolean {
  if (props.length === 0) return true;
  const [p, ...rest] = props;
  if (p === 'size') return rest.length === 0 && kind !== 'number' && kind !== 'builtin_flag';
  if ((p === 'first' || p === 'last') && LISTS.has(kind as FieldType)) return rest.length === 0 || (rest.length === 1 && rest[0] === 'size');
  return false;
}

/** Checks a prompt against the declared fields (key → type). One problem per distinct issue. */
export function checkPrompt(prompt: string, fields: ReadonlyMap<string, FieldType>): Problem[] {
  let tokens: TopLevelToken[];
  try {
    tokens = new Tokenizer(prompt).readTopLevelTokens();
  } catch (err) {
    return [syntaxProblem(err)];
  }
  const problems = checkTokens(tokens);

  // Analysis uses a parser that knows the forbidden tags too, so variable problems are reported
  // alongside tag problems; a syntax error is only worth reporting once the tags are right.
  let analysis;
  try {
    const analyzer = createAnalyzer();
    analysis = analyzer.analyzeSync(analyzer.parse(prompt), { partials: false });
  } catch (err) {
    return problems.length ? problems : [syntaxProblem(err)];
  }
  if (!problems.length) {
    // Second line of defence: the sandbox itself must accept the prompt.
    try {
      createSandbox().parse(prompt);
    } catch (err) {
      return [syntaxProblem(err)];
    }
  }

  const kinds = new Map<string, Kind>(fields);
  for (const b of BUILTIN_VARIABLES) kinds.set(b, b === 'context' ? 'builtin_flag' : 'builtin_text');
  const declared = nameList([...fields.keys()], 40) || '—';
  for (const [name, uses] of Object.entries(analysis.globals)) {
    const line = uses[0]?.location.row ?? 1;
    const kind = kinds.get(name);
    if (!kind) {
      problems.push(
        problem(
          'prompt',
          'prompt_unknown_variable',
          `The prompt uses "${name}" (line ${line}), but the template has no field with that key. Fields: ${declared}; built-ins: ${BUILTIN_VARIABLES.join(', ')}.`,
          `提示词使用了“${name}”（第 ${line} 行），但模板中没有这个字段。已有字段：${declared}；内置变量：${BUILTIN_VARIABLES.join(', ')}。`,
        ),
      );
      continue;
    }
    const bad = uses.find((v) => !propertyAllowed(kind, v.segments.slice(1)));
    if (bad) {
      const [en, zh] = LISTS.has(kind as FieldType)
        ? [`"${name}", "${name}.size", "${name}.first" or "${name}.last"`, `“${name}”、“${name}.size”、“${name}.first”或“${name}.last”`]
        : kind === 'number' || kind === 'builtin_flag'
          ? [`"${name}" itself`, `“${name}”本身`]
          : [`"${name}" or "${name}.size"`, `“${name}”或“${name}.size”`];
      const at = bad.location.row;
      problems.push(
        problem(
          'prompt',
          'prompt_unknown_property',
          `The prompt uses "${bad.toString()}" (line ${at}), which does not exist; use ${en}.`,
          `提示词使用了“${bad.toString()}”（第 ${at} 行），该写法不存在，请使用${zh}。`,
        ),
      );
    }
  }
  return problems;
}
