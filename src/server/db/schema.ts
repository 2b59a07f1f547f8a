/**
 * Table types for Kysely. Portable column choices (see README.md): timestamps are ISO-8601
 * UTC strings, JSON is text, list columns are ",a,b," text so `like '%,a,%'` filters work
 * the same on SQLite and PostgreSQL.
 */
import type { AuditEvent, AuditKind, AuditOutcome } from '../../core/audit/api.js';
import type { TemplateStatus } from '../../core/templates/admin-api.js';

export type { AuditEvent, AuditOutcome, TemplateStatus };
export type GenerationKind = AuditKind;

export interface TemplatesTable {
  id: string;
  status: TemplateStatus;
  latest_version: number;
  /** Set exactly when status is 'published'. */
  published_version: number | null;
  // Denormalised from the published version, or the latest one when nothing is published,
  // so the gallery can filter without parsing bodies.
  name_zh: string | null;
  name_en: string | null;
  kind: string;
  hosts: string;
  locales: string;
  category: string | null;
  /** JSON array of strings. */
  tags: string;
  /** JSON object {zh-CN?, en-US?} or null. */
  description: string | null;
  /** Lower-cased names, category and tags, for substring search. */
  search: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface TemplateVersionsTable {
  template_id: string;
  version: number;
  /** The whole Template as JSON text. */
  body: string;
  created_at: string;
  created_by: string;
  note: string | null;
  /** Set when the version is a rollback: the version whose body it copies. */
  copied_from: number | null;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface AccessTokensTable {
  /** tok_ and 12 hex digits; shown in lists and used to revoke. */
  id: string;
  name: string;
  role: 'admin' | 'author';
  /** Hex SHA-256 of the token; the token itself is never stored. */
  token_sha256: string;
  created_by: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** One generation when its stream ended, or one accept/discard of it (see src/server/audit). */
export interface AuditLogTable {
  id: string;
  at: string;
  /** The gateway's local date of `at`, YYYY-MM-DD. */
  day: string;
  event: AuditEvent;
  /** For generation rows the row's own generation; for accept/discard the one they refer to. */
  generation_id: string;
  kind: GenerationKind;
  user_id: string;
  user_name: string | null;
  via: string | null;
  template_id: string | null;
  template_version: number | null;
  /** Revision action (polish, shorten, …). */
  action: string | null;
  host: string | null;
  model: string | null;
  tokens_in: number | null;
  tokens_out: number | null;
  duration_ms: number | null;
  outcome: AuditOutcome;
  error_code: string | null;
  /** Candidates requested. */
  candidates: number | null;
  /** Accept/discard: which candidate. */
  candidate: number | null;
  /** Per candidate, comma-separated: done, cut_off, error, cancelled. */
  candidate_outcomes: string | null;
  ms_since_done: number | null;
  /** JSON {messages, outputs, truncated}, only while audit.content is on. */
  content: string | null;
}

export interface Schema {
  templates: TemplatesTable;
  template_versions: TemplateVersionsTable;
  settings: SettingsTable;
  access_tokens: AccessTokensTable;
  audit_log: AuditLogTable;
}
