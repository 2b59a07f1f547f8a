/**
 * The settings screen's form rules: retention days as typed, what changed since the last
 * save, and the house rules' switches turned into the list the gateway stores.
 */
import { RETENTION_LIMITS, type AuditSettings, type ReviewRule } from '../../../api/admin-settings.js';

export interface SettingsForm {
  auditContent: boolean;
  /** As typed. */
  retention: string;
}

export const formOf = (s: AuditSettings): SettingsForm => ({ auditContent: s.auditContent, retention: String(s.auditRetentionDays) });

/** Whole days within the gateway's limits, else undefined. */
export function parseRetention(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= RETENTION_LIMITS.min && n <= RETENTION_LIMITS.max ? n : undefined;
}

/** The PUT body with only what differs from `saved`; undefined when retention is not valid. */
export function settingsPatch(form: SettingsForm, saved: AuditSettings): Partial<AuditSettings> | undefined {
  const days = parseRetention(form.retention);
  if (days === undefined) return undefined;
  const patch: Partial<AuditSettings> = {};
  if (form.auditContent !== saved.auditContent) patch.auditContent = form.auditContent;
  if (days !== saved.auditRetentionDays) patch.auditRetentionDays = days;
  return patch;
}

/** True when turning content recording on: the screen asks before saving that. */
export const turnsContentOn = (form: SettingsForm, saved: AuditSettings): boolean => form.auditContent && !saved.auditContent;

/** The house rules switched off, sorted, from a map of switches (rule id → on). */
export function disabledFrom(rules: readonly ReviewRule[], switches: Readonly<Record<string, boolean>>): string[] {
  return rules
    .filter((r) => r.switchable && switches[r.id] === false)
    .map((r) => r.id)
    .sort();
}

export const switchesOf = (rules: readonly ReviewRule[]): Record<string, boolean> => Object.fromEntries(rules.filter((r) => r.switchable).map((r) => [r.id, r.enabled]));

export const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);
