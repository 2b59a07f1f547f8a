/**
 * Table types for Kysely. Portable column choices (see README.md): timestamps are ISO-8601
 * UTC strings, JSON is text, list columns are ",a,b," text so `like '%,a,%'` filters work
 * the same on SQLite and PostgreSQL.
 */
export type TemplateStatus = 'draft' | 'published' | 'archived';

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

export interface Schema {
  templates: TemplatesTable;
  template_versions: TemplateVersionsTable;
  settings: SettingsTable;
}
