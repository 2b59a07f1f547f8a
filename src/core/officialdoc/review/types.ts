/** The review's public shapes: what goes in, what comes out, and what a rule says about itself. */
import type { Localized } from '../../i18n/locale.js';

/**
 * Where a rule comes from: 《党政机关公文处理工作条例》 ('tiaoli'), GB/T 9704-2012 ('gbt9704'),
 * or the organisation's own style ('house'). Only house rules can be switched off.
 */
export const RULE_SOURCES = ['tiaoli', 'gbt9704', 'house'] as const;
export type RuleSource = (typeof RULE_SOURCES)[number];

/** 'selection' runs only the rules that make sense on a fragment (nothing about missing parts). */
export type ReviewScope = 'document' | 'selection';

export interface ReviewInput {
  /** Plain paragraph texts in document order, blank ones included (indices are kept). */
  paragraphs: readonly string[];
  /** 通知, 请示, 报告, 函, 纪要 …; detected from the title when absent. */
  docType?: string;
  scope: ReviewScope;
}

export interface ReviewOptions {
  /** House rule ids an admin switched off; ids of 条例 or GB/T rules are ignored here. */
  disabledHouseRules?: readonly string[];
}

export interface Fix {
  /** Replaces `text` (the span start..end of the paragraph). */
  replacement: string;
}

export interface Finding {
  /** Stable id such as `gbt9704.date-format`; see RULES. */
  ruleId: string;
  source: RuleSource;
  /** Short reference, e.g. "GB/T 9704-2012 7.3.5.4". */
  citation: Localized;
  /** Index into ReviewInput.paragraphs. */
  paragraph: number;
  /** UTF-16 offsets into that paragraph; `text` is the slice between them (never empty). */
  start: number;
  end: number;
  text: string;
  /** What is wrong and what to do, for a clerk. */
  message: Localized;
  /** Present only when the correction is mechanical. */
  fix?: Fix;
}

/** What GET /api/review-rules lists and an admin sees. */
export interface RuleInfo {
  id: string;
  source: RuleSource;
  name: Localized;
  citation: Localized;
  /** Scopes the rule runs in. */
  scopes: readonly ReviewScope[];
  /** True for house rules only. */
  switchable: boolean;
}
