/**
 * Gateway settings an admin changes at run time: the audit's (GET/PUT /api/admin/settings)
 * and which house rules the format review runs (GET /api/review-rules, PUT
 * /api/admin/review-rules). Shapes mirror the gateway's answers.
 */
import type { Locale, Localized } from '../../src/core/i18n/locale.js';
import { adminRequest } from './admin-http.js';

export interface AuditSettings {
  /** Keep the prompts sent and the drafts returned with each generation. */
  auditContent: boolean;
  /** Entries older than this are deleted. */
  auditRetentionDays: number;
}

export const RETENTION_LIMITS = { min: 1, max: 3650 } as const;

export type RuleSource = 'tiaoli' | 'gbt9704' | 'house';

export interface ReviewRule {
  id: string;
  source: RuleSource;
  name: Localized;
  citation: Localized;
  /** House rules only. */
  switchable: boolean;
  enabled: boolean;
}

export interface ReviewRules {
  rules: ReviewRule[];
  disabledHouseRules: string[];
}

export function getAuditSettings(locale: Locale, signal?: AbortSignal): Promise<AuditSettings> {
  return adminRequest('GET', '/api/admin/settings', { locale, signal });
}

export function saveAuditSettings(patch: Partial<AuditSettings>, locale: Locale): Promise<AuditSettings> {
  return adminRequest('PUT', '/api/admin/settings', { locale, body: patch });
}

export async function getReviewRules(locale: Locale, signal?: AbortSignal): Promise<ReviewRules> {
  const body = await adminRequest<Partial<ReviewRules>>('GET', '/api/review-rules', { locale, signal });
  return { rules: Array.isArray(body.rules) ? body.rules : [], disabledHouseRules: Array.isArray(body.disabledHouseRules) ? body.disabledHouseRules : [] };
}

export function saveReviewRules(disabledHouseRules: string[], locale: Locale): Promise<ReviewRules> {
  return adminRequest('PUT', '/api/admin/review-rules', { locale, body: { disabledHouseRules } });
}
