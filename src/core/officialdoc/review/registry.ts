/**
 * Every rule, in priority order: where two fixes would edit the same text, the earlier rule's
 * fix is kept (a heading's 〔(一)〕 is one heading fix, not two bracket fixes).
 */
import type { ReviewRule } from './rule.js';
import { docNumberRule } from './rules/doc-number.js';
import { dateFormatRule, dateZeroPaddingRule } from './rules/dates.js';
import { titlePunctuationRule } from './rules/title.js';
import { addresseeColonRule } from './rules/addressee.js';
import { headingLevelOrderRule, headingSeparatorRule, headingSequenceRule } from './rules/headings.js';
import { attachmentMatchRule, attachmentNoteNumberingRule, attachmentNotePunctuationRule } from './rules/attachments.js';
import { reportNoRequestRule, requestContactRule, requestOneMatterRule } from './rules/requests.js';
import { fullWidthPunctuationRule } from './rules/punctuation.js';
import { duplicatedCharacterRule, repeatedPunctuationRule, spaceInChineseRule } from './rules/house.js';
import type { RuleInfo } from './types.js';

export const RULES: readonly ReviewRule[] = [
  docNumberRule,
  dateFormatRule,
  dateZeroPaddingRule,
  titlePunctuationRule,
  addresseeColonRule,
  headingSequenceRule,
  headingSeparatorRule,
  headingLevelOrderRule,
  attachmentNoteNumberingRule,
  attachmentNotePunctuationRule,
  attachmentMatchRule,
  requestOneMatterRule,
  requestContactRule,
  reportNoRequestRule,
  fullWidthPunctuationRule,
  repeatedPunctuationRule,
  duplicatedCharacterRule,
  spaceInChineseRule,
];

/** The rule list for admins and the pane: ids, sources, names and citations, no code. */
export function listRules(): RuleInfo[] {
  return RULES.map((r) => ({ id: r.id, source: r.source, name: r.name, citation: r.citation, scopes: r.scopes, switchable: r.source === 'house' }));
}

export const HOUSE_RULE_IDS: readonly string[] = RULES.filter((r) => r.source === 'house').map((r) => r.id);

export const findRule = (id: string): ReviewRule | undefined => RULES.find((r) => r.id === id);
