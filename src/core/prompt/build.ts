/**
 * Assembles the messages for one draft. Instructions come only from trusted places (the policy
 * and the admin's template) and go into the system message; what the user typed or pasted goes
 * into the user message either marked inline inside the admin's prompt or in fenced data blocks.
 */
import { localize, type Locale } from '../i18n/locale.js';
import type { Field, FieldValue, FieldValues, Template } from '../templates/schema.js';
import { renderPrompt } from '../templates/render.js';
import { createFenceId, fence } from './fence.js';
import { draftPolicy, placeholderMarker } from './policy.js';
import { headerOnlyFields, officialBodySection, officialLayoutLine } from './official.js';
import type { ChatMessage, DraftRequest } from './types.js';

const T = {
  'zh-CN': {
    style: '## 本单位写作要求',
    outline: '## 结构\n按以下部分依次写作：',
    placeholders: '## 不得编造的信息\n以下信息只能来自表单；表单没有提供的，原样写出占位标记：',
    given: (label: string) => `使用表单中“${label}”的值，不得改动`,
    missing: (marker: string) => `表单未提供，写 ${marker}`,
    output: '## 输出要求',
    docType: (t: string) => `文种：${t}。`,
    length: (n: number) => `篇幅：全文约 ${n} 字。`,
    fields: '表单内容',
    context: (label: string) => `参考材料：${label}`,
    none: '（未填写）',
    colon: '：',
    series: '、',
  },
  'en-US': {
    style: '## House style',
    outline: '## Structure\nWrite these parts in this order:',
    placeholders: '## Facts you must not invent\nThese come only from the form; where the form does not give one, write its marker exactly as shown:',
    given: (label: string) => `use the value of the form field "${label}" exactly`,
    missing: (marker: string) => `not given in the form: write ${marker}`,
    output: '## Output',
    docType: (t: string) => `Document type: ${t}.`,
    length: (n: number) => `Length: about ${n} words.`,
    fields: 'Form fields',
    context: (label: string) => `Reference material: ${label}`,
    none: '(nothing filled in)',
    colon: ': ',
    series: ', ',
  },
} as const;

const LAYOUT: Record<Template['output']['layout'], Record<Locale, string>> = {
  official: {
    'zh-CN': '版式：党政机关公文（GB/T 9704—2012）。标题用“# ”单独一行；主送机关单独成段；正文层次序号依次用“一、”“（一）”“1.”“（1）”；落款单位和成文日期各占一行，置于正文之后。',
    'en-US': 'Layout: an official document. Title as a "# " heading; addressee on its own line; numbered sections in the body; issuing body and date each on its own line at the end.',
  },
  report: {
    'zh-CN': '版式：报告。用“# ”写标题，各部分用“## ”小标题，要点用列表，数据较多时用表格。',
    'en-US': 'Layout: a report. "# " title, "## " section headings, key points as lists, tables where there are several figures.',
  },
  email: {
    'zh-CN': '版式：邮件正文。称呼一行，正文分短段，最后是结束语和署名；不写邮件主题行，不用标题符号。',
    'en-US': 'Layout: an email body. A greeting line, short paragraphs, then a closing and sign-off; no subject line and no headings.',
  },
  plain: {
    'zh-CN': '版式：普通段落文字。',
    'en-US': 'Layout: plain paragraphs.',
  },
};

/** The draft is written in the request's language when the template offers it. */
export function draftLanguage(template: Pick<Template, 'locales'>, locale: Locale): Locale {
  return template.locales.includes(locale) ? locale : (template.locales[0] ?? locale);
}

/** The headings a template's guidance is written under (drafts and replies word them differently). */
export interface GuidanceLabels {
  style: string;
  outline: string;
  placeholders: string;
  colon: string;
  given: (label: string) => string;
  missing: (marker: string) => string;
}

/** A template's house style, outline and never-invent rules, as system-message sections. */
export function guidanceSections(template: Template, values: FieldValues, lang: Locale, t: GuidanceLabels): string[] {
  const parts: string[] = [];
  if (template.instructions.trim()) parts.push(`${t.style}\n${template.instructions.trim()}`);
  if (template.outline.length) {
    const lines = template.outline.map((s, i) => `${i + 1}. ${s.title}${s.guidance.trim() ? ` — ${s.guidance.trim()}` : ''}`);
    parts.push(`${t.outline}\n${lines.join('\n')}`);
  }
  if (template.placeholders.length) {
    const byKey = new Map(template.fields.map((f) => [f.key, f]));
    const lines = template.placeholders.map((p) => {
      const name = localize(p.label, lang) || p.key;
      const field = p.field ? byKey.get(p.field) : undefined;
      const given = field && Object.hasOwn(values, field.key);
      return `- ${name}${t.colon}${given ? t.given(localize(field.label, lang) || field.key) : t.missing(placeholderMarker(name))}`;
    });
    parts.push(`${t.placeholders}\n${lines.join('\n')}`);
  }
  return parts;
}

function systemSections(template: Template, values: FieldValues, lang: Locale, id: string): string[] {
  const t = T[lang];
  const parts = [draftPolicy(lang, id), ...guidanceSections(template, values, lang, t)];
  const out = [officialLayoutLine(template, lang) ?? LAYOUT[template.output.layout][lang]];
  if (template.output.docType) out.unshift(t.docType(template.output.docType));
  if (template.output.targetLength) out.push(t.length(template.output.targetLength));
  parts.push(`${t.output}\n${out.join('\n')}`);
  const official = officialBodySection(template, lang);
  if (official) parts.push(official);
  return parts;
}

/** How one value reads in the fields block: option labels instead of codes, units after numbers. */
function shown(field: Field, value: FieldValue, lang: Locale): string | string[] {
  if (field.type === 'select' || field.type === 'multiselect') {
    const label = (v: string) => localize(field.options.find((o) => o.value === v)?.label, lang) || v;
    return Array.isArray(value) ? value.map(label) : label(String(value));
  }
  if (field.type === 'number') return `${value}${field.unit ? ` ${localize(field.unit, lang)}` : ''}`;
  return Array.isArray(value) ? value : String(value);
}

/** "label: value" lines; lists become bullet lines and long text starts on its own line. */
export function fieldsBlock(template: Pick<Template, 'fields'>, values: FieldValues, lang: Locale): string {
  const t = T[lang];
  const lines: string[] = [];
  for (const field of template.fields) {
    if (!Object.hasOwn(values, field.key)) continue;
    const label = localize(field.label, lang) || field.key;
    const v = shown(field, values[field.key] as FieldValue, lang);
    const heading = `${label}${t.colon.trimEnd()}`;
    if (Array.isArray(v)) lines.push(heading, ...v.map((item) => `- ${item.replace(/\n/g, ' ')}`));
    else if (v.includes('\n')) lines.push(heading, v);
    else lines.push(`${label}${t.colon}${v}`);
  }
  return lines.length ? lines.join('\n') : t.none;
}

export function buildDraftMessages(request: DraftRequest): ChatMessage[] {
  const { template, values, locale, today } = request;
  const context = request.context ?? [];
  const id = createFenceId(request.nonce);
  const lang = draftLanguage(template, locale);
  const t = T[lang];

  const prompt = renderPrompt(template, values, { locale: lang, today, hasContext: context.length > 0, fence: id });
  // A whole 公文's header comes from the form: the model is not shown what only the header uses.
  const hidden = headerOnlyFields(template);
  const shown = hidden.size ? Object.fromEntries(Object.entries(values).filter(([key]) => !hidden.has(key))) : values;
  const user = [
    prompt,
    fence(id, t.fields, fieldsBlock(template, shown, lang)),
    ...context.map((c) => fence(id, t.context(c.label), c.text)),
  ];
  return [
    { role: 'system', content: systemSections(template, values, lang, id).join('\n\n') },
    { role: 'user', content: user.filter(Boolean).join('\n\n') },
  ];
}
