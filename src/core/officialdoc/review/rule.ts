/** What every rule is: metadata for the rule list, and a check over the detected structure. */
import type { Localized } from '../../i18n/locale.js';
import type { ParagraphInfo, Structure } from './roles.js';
import type { Finding, ReviewScope, RuleSource } from './types.js';

export interface ReviewRule {
  id: string;
  source: RuleSource;
  name: Localized;
  citation: Localized;
  scopes: readonly ReviewScope[];
  check(structure: Structure, emit: Emit): void;
}

export type Emit = (
  paragraph: ParagraphInfo,
  start: number,
  end: number,
  message: Localized,
  extra?: { replacement?: string; citation?: Localized },
) => void;

/** Both languages at once: zh(`…`) is for the clerk's Chinese text, en for the English UI. */
export const msg = (zh: string, en: string): Localized => ({ 'zh-CN': zh, 'en-US': en });

export const cite = {
  tiaoli: (article: string, en: string): Localized => msg(`《党政机关公文处理工作条例》${article}`, `Regulations on the Handling of Official Documents of Party and Government Organs, ${en}`),
  gbt: (clause?: string, zhTopic?: string, enTopic?: string): Localized =>
    msg(`GB/T 9704-2012${clause ? ` ${clause}` : ''}${zhTopic ? `（${zhTopic}）` : ''}`, `GB/T 9704-2012${clause ? ` ${clause}` : ''}${enTopic ? ` (${enTopic})` : ''}`),
  house: (): Localized => msg('本单位规则', 'House rule'),
};

/** Builds the Finding for a rule; `text` is always the span. */
export function makeFinding(rule: ReviewRule, ...[p, start, end, message, extra]: Parameters<Emit>): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    source: rule.source,
    citation: extra?.citation ?? rule.citation,
    paragraph: p.index,
    start,
    end,
    text: p.text.slice(start, end),
    message,
  };
  if (extra?.replacement !== undefined) finding.fix = { replacement: extra.replacement };
  return finding;
}

export const quote = (s: string) => `“${s}”`;
