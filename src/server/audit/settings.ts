/**
 * The two audit settings admins change at run time (GET/PUT /api/admin/settings). They live in
 * the settings table, so every replica sharing the database sees a change at its next read.
 */
import { z } from 'zod';

export const AUDIT_KEYS = { content: 'audit.content', retentionDays: 'audit.retention_days' } as const;

export const RETENTION_DAYS = { min: 1, max: 3650, default: 180 } as const;

export interface AuditSettings {
  /** Keep the messages sent and the text returned with each generation (bounded in size). */
  auditContent: boolean;
  /** Entries older than this many days are deleted (hourly). */
  auditRetentionDays: number;
}

export const auditSettingsPatch = z
  .object({
    auditContent: z.boolean().optional(),
    auditRetentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max).optional(),
  })
  .strict();

export type AuditSettingsPatch = z.infer<typeof auditSettingsPatch>;

export interface SettingsReader {
  get(key: string): Promise<string | undefined>;
}

export interface SettingsWriter extends SettingsReader {
  set(key: string, value: string): Promise<void>;
}

function days(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= RETENTION_DAYS.min && n <= RETENTION_DAYS.max ? n : RETENTION_DAYS.default;
}

/** Only whether drafts and prompts are kept: the one setting every generation needs (one read, not two). */
export async function readAuditContent(settings: SettingsReader): Promise<boolean> {
  return (await settings.get(AUDIT_KEYS.content)) === 'true';
}

export async function readAuditSettings(settings: SettingsReader): Promise<AuditSettings> {
  const [content, retention] = await Promise.all([settings.get(AUDIT_KEYS.content), settings.get(AUDIT_KEYS.retentionDays)]);
  return { auditContent: content === 'true', auditRetentionDays: days(retention) };
}

export async function writeAuditSettings(settings: SettingsWriter, patch: AuditSettingsPatch): Promise<AuditSettings> {
  if (patch.auditContent !== undefined) await settings.set(AUDIT_KEYS.content, String(patch.auditContent));
  if (patch.auditRetentionDays !== undefined) await settings.set(AUDIT_KEYS.retentionDays, String(patch.auditRetentionDays));
  return readAuditSettings(settings);
}
