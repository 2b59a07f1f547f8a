/**
 * Template validation for saves and imports: the schema, then what the schema cannot say, then
 * the prompt. All problems are collected, one per problem, so an admin can fix them in one pass.
 */
import type { Problem } from '../errors/codes.js';
import { LIMITS, templateSchema, type Template } from './schema.js';
import { issuesToProblems } from './issues.js';
import { semanticProblems } from './semantics.js';
import { checkPrompt } from './prompt-check.js';
import { isRecord, problem } from './problems.js';

export { validateFieldValues, type FieldValuesResult, type FieldValueOptions } from './values.js';
export { BUILTIN_VARIABLES, ALLOWED_TAGS, ALLOWED_FILTERS, RESERVED_KEYS, type BuiltinVariable } from './sandbox.js';

export type TemplateValidation = { ok: true; template: Template } | { ok: false; problems: Problem[] };

export function validateTemplate(input: unknown): TemplateValidation {
  if (!isRecord(input))
    return { ok: false, problems: [problem('', 'invalid_type', 'A template must be a JSON object (see an exported template for the shape).', '模板必须是 JSON 对象（格式可参考导出的模板）。')] };
  const parsed = templateSchema.safeParse(input);
  const problems: Problem[] = parsed.success ? [] : issuesToProblems(parsed.error.issues, input);
  const semantic = semanticProblems(input);
  problems.push(...semantic.problems);

  // The prompt is checked whenever it is readable, even if other parts failed, so its problems
  // arrive in the same round as the rest.
  const prompt = input.prompt;
  if (typeof prompt === 'string' && prompt.trim() && prompt.length <= LIMITS.promptChars) {
    problems.push(...checkPrompt(prompt, semantic.fields));
  }

  if (problems.length || !parsed.success) return { ok: false, problems };
  return { ok: true, template: parsed.data };
}
