/** reviewDocument: detect the structure once, run every rule that applies, settle overlaps. */
import { RULES } from './registry.js';
import { makeFinding } from './rule.js';
import { detectStructure } from './roles.js';
import type { Finding, ReviewInput, ReviewOptions } from './types.js';

export function reviewDocument(input: ReviewInput, options: ReviewOptions = {}): Finding[] {
  const structure = detectStructure(input.paragraphs, input.scope, input.docType);
  const disabled = new Set(options.disabledHouseRules ?? []);
  const findings: Array<Finding & { priority: number }> = [];
  RULES.forEach((rule, priority) => {
    if (!rule.scopes.includes(input.scope)) return;
    if (rule.source === 'house' && disabled.has(rule.id)) return;
    rule.check(structure, (...args) => {
      const finding = makeFinding(rule, ...args);
      if (finding.end > finding.start) findings.push({ ...finding, priority });
    });
  });

  // Two fixes over the same characters cannot both be applied: keep the higher-priority one.
  // Findings without a fix only point at text, so they never displace anything.
  const kept: Array<Finding & { priority: number }> = [];
  for (const f of [...findings].sort((a, b) => a.priority - b.priority)) {
    const clash = f.fix && kept.some((k) => k.fix && k.paragraph === f.paragraph && f.start < k.end && k.start < f.end);
    const duplicate = kept.some((k) => k.ruleId === f.ruleId && k.paragraph === f.paragraph && k.start === f.start && k.end === f.end);
    if (!clash && !duplicate) kept.push(f);
  }
  return kept
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.priority - b.priority)
    .map(({ priority: _priority, ...finding }) => finding);
}
