/** 规范检查 — the format review of official documents. See README.md. */
export { reviewDocument } from './review.js';
export { applyFix, applyFixes, isCurrent } from './apply.js';
export { listRules, HOUSE_RULE_IDS } from './registry.js';
export { detectStructure, type ParagraphInfo, type Role, type Structure } from './roles.js';
export { docTypeFromTitle } from './doc-type.js';
export { RULE_SOURCES, type Finding, type Fix, type ReviewInput, type ReviewOptions, type ReviewScope, type RuleInfo, type RuleSource } from './types.js';
