/**
 * A customer e-mail template used for a reply: its house style, outline and placeholder rules
 * join the system message, its prompt (values marked inline) and its form fields join the user
 * message, as `buildDraftMessages` does for drafts. Only templates of kind `email` qualify.
 */
import { WenshuError } from '../errors/codes.js';
import type { Locale } from '../i18n/locale.js';
import { renderPrompt } from '../templates/render.js';
import type { FieldValues, Template } from '../templates/schema.js';
import { draftLanguage, fieldsBlock, guidanceSections } from './build.js';
import { fence } from './fence.js';

export interface ReplyTemplate {
  template: Template;
  /** Values already checked by validateFieldValues. */
  values: FieldValues;
}

const T = {
  'zh-CN': {
    style: '## 模板的写作要求',
    outline: '## 结构\n回复按以下部分依次写作：',
    placeholders: '## 不得编造的信息\n以下信息只能来自表单；表单没有提供的，原样写出占位标记：',
    given: (label: string) => `使用表单中“${label}”的值，不得改动`,
    missing: (marker: string) => `表单未提供，写 ${marker}`,
    request: '## 模板的写作任务',
    fields: '表单内容',
    colon: '：',
  },
  'en-US': {
    style: '## The template\'s house style',
    outline: '## Structure\nWrite the reply in these parts, in this order:',
    placeholders: '## Facts you must not invent\nThese come only from the form; where the form does not give one, write its marker exactly as shown:',
    given: (label: string) => `use the value of the form field "${label}" exactly`,
    missing: (marker: string) => `not given in the form: write ${marker}`,
    request: '## The template\'s task',
    fields: 'Form fields',
    colon: ': ',
  },
} as const;

/** Throws `template_not_for_replies` (422) for anything but a customer e-mail template. */
export function assertReplyTemplate(template: Pick<Template, 'id' | 'kind'>): void {
  if (template.kind !== 'email') throw new WenshuError('template_not_for_replies', 422, { id: template.id, kind: template.kind });
}

/** The reply language: the mail's, unless the template does not write in it. */
export function replyTemplateLanguage(t: ReplyTemplate | undefined, threadLanguage: Locale): Locale {
  return t ? draftLanguage(t.template, threadLanguage) : threadLanguage;
}

/** Sections for the system message, in the instruction language. */
export function templateSystemSections({ template, values }: ReplyTemplate, locale: Locale): string[] {
  return guidanceSections(template, values, locale, T[locale]);
}

/** The admin's prompt with the values marked inline, then the form fields as a fenced block. */
export function templateUserSections(
  { template, values }: ReplyTemplate,
  opts: { locale: Locale; language: Locale; today: string; id: string },
): string[] {
  const t = T[opts.locale];
  const prompt = renderPrompt(template, values, { locale: opts.language, today: opts.today, hasContext: true, fence: opts.id });
  const parts: string[] = [];
  if (prompt.trim()) parts.push(`${t.request}\n${prompt.trim()}`);
  parts.push(fence(opts.id, t.fields, fieldsBlock(template, values, opts.locale)));
  return parts;
}
