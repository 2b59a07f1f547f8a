/**
 * Fills an admin's prompt with a user's form values in the sandbox. Every `{{ … }}` output is
 * marked inline as user data (⟦…⟧, with marker characters and the request's fence id removed
 * from the value), so text a user typed cannot pose as the admin's instructions.
 */
import { WenshuError } from '../errors/codes.js';
import type { Locale } from '../i18n/locale.js';
import { markValue } from '../prompt/fence.js';
import type { FieldValues, Template } from './schema.js';
import { problem } from './problems.js';
import { RENDER_LIMITS, createSandbox, liquidErrorText } from './sandbox.js';

export interface RenderOptions {
  locale: Locale;
  /** YYYY-MM-DD, in the user's time zone; exposed to the prompt as `today`. */
  today: string;
  /** Whether document or mail context accompanies the request; exposed as `context`. */
  hasContext: boolean;
  /** The request's fence id, so a value cannot imitate the fences that follow the prompt. */
  fence?: string;
}

/** Plain text of one output value; lists are joined the way each language writes a series. */
function display(v: unknown, separator: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => display(x, separator)).filter(Boolean).join(separator);
  return '';
}

function failure(id: string, detail: string, en: string, zh: string): WenshuError {
  return new WenshuError('template_render_failed', 422, { id, detail }, [problem('prompt', 'prompt_render', en, zh)]);
}

/**
 * Renders the prompt. Values should come from validateFieldValues; declared fields without a
 * value are `nil`, so `{% if field %}` works. Throws WenshuError, never a liquidjs error.
 */
export function renderPrompt(template: Pick<Template, 'id' | 'prompt' | 'fields'>, values: FieldValues, options: RenderOptions): string {
  const separator = options.locale === 'zh-CN' ? '、' : ', ';
  const engine = createSandbox({ outputEscape: (v: unknown) => markValue(display(v, separator), options.fence) });

  const scope: Record<string, unknown> = {};
  for (const field of template.fields) scope[field.key] = Object.hasOwn(values, field.key) ? values[field.key] : null;
  scope.locale = options.locale;
  scope.today = options.today;
  scope.context = options.hasContext;

  let text: string;
  try {
    const out: unknown = engine.renderSync(engine.parse(template.prompt), scope, { templateLimit: RENDER_LIMITS.nodes });
    text = String(out);
  } catch (err) {
    const detail = liquidErrorText(err);
    throw failure(template.id, detail, `The prompt could not be filled in: ${detail}.`, `提示词无法填充：${detail}。`);
  }
  if (text.length > RENDER_LIMITS.outputChars) {
    const n = RENDER_LIMITS.outputChars;
    throw failure(template.id, `longer than ${n} characters`, `The filled-in prompt is longer than ${n} characters.`, `填充后的提示词超过 ${n} 个字符。`);
  }
  return text.trim();
}
