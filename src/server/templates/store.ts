/**
 * Template storage: every save is a new immutable version; a template row points at its
 * latest and its published version. The same Kysely queries run on SQLite and PostgreSQL.
 *
 * Concurrency: each change starts with one guarded UPDATE of the template row (compare-and-set
 * on `latest_version` when the caller names the version it edited). That statement takes the
 * row lock (PostgreSQL) or the write lock (SQLite) before anything is read, so two saves of
 * the same base cannot both pass, and the (template_id, version) key backs it up.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import { WenshuError } from '../../core/errors/codes.js';
import type { Locale, Localized } from '../../core/i18n/locale.js';
import type { Template, TemplateHost, TemplateKind } from '../../core/templates/schema.js';
import type {
  AdminSavedTemplate as SavedTemplate,
  AdminTemplateRecord as TemplateRecord,
  AdminTemplateSummary as TemplateSummary,
  AdminTemplateVersion as TemplateVersion,
  AdminVersionInfo as VersionInfo,
  TemplateStatus,
} from '../../core/templates/admin-api.js';
import type { Database } from '../db/database.js';
import type { Schema, TemplatesTable } from '../db/schema.js';

// The admin routes answer these shapes; src/core declares them once for the gateway and the console.
export type { TemplateStatus, TemplateSummary, TemplateVersion, VersionInfo, TemplateRecord, SavedTemplate };

export interface TemplateExport {
  format: 'wenshu.template';
  formatVersion: 1;
  exportedAt: string;
  status: TemplateStatus;
  latestVersion: number;
  publishedVersion: number | null;
  /** The latest version's body: what an import would create. */
  template: Template;
  versions?: Omit<TemplateVersion, 'templateId'>[];
}

export interface PublishedFilter {
  host?: string;
  kind?: string;
  locale?: string;
  /** Case-insensitive substring of the Chinese or English name, the category or a tag. */
  q?: string;
}

export interface SaveOptions {
  by: string;
  /** The version the editor started from; a different latest means someone saved meanwhile. */
  baseVersion?: number;
  note?: string;
}

type Db = Kysely<Schema>;
type Row = Selectable<TemplatesTable>;
type VersionRow = Selectable<Schema['template_versions']>;

const now = () => new Date().toISOString();
const list = (items: readonly string[]) => `,${items.join(',')},`;
const unlist = <T extends string>(text: string) => text.split(',').filter(Boolean) as T[];

/** A LIKE pattern matching `text` literally anywhere; `\` is the escape character. */
function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const notFound = (id: string) => new WenshuError('template_not_found', 404, { id });
const archived = (id: string) => new WenshuError('template_archived', 409, { id });
const versionNotFound = (id: string, version: number) =>
  new WenshuError('template_version_not_found', 404, { id, version });

/** The denormalised columns that let the gallery filter and search without parsing bodies. */
function metaColumns(t: Template) {
  const name = t.name as Partial<Localized>;
  const tags = t.tags ?? [];
  const search = [name['zh-CN'], name['en-US'], t.category, ...tags].filter(Boolean).join('\n');
  return {
    name_zh: name['zh-CN'] ?? null,
    name_en: name['en-US'] ?? null,
    kind: t.kind,
    hosts: list(t.hosts),
    locales: list(t.locales),
    category: t.category ?? null,
    tags: JSON.stringify(tags),
    description: t.description ? JSON.stringify(t.description) : null,
    search: search.toLowerCase(),
  };
}

function toSummary(row: Row): TemplateSummary {
  const name: Partial<Localized> = {};
  if (row.name_zh !== null) name['zh-CN'] = row.name_zh;
  if (row.name_en !== null) name['en-US'] = row.name_en;
  return {
    id: row.id,
    status: row.status,
    latestVersion: row.latest_version,
    publishedVersion: row.published_version,
    name,
    ...(row.description !== null && { description: JSON.parse(row.description) as Partial<Localized> }),
    kind: row.kind as TemplateKind,
    hosts: unlist<TemplateHost>(row.hosts),
    locales: unlist<Locale>(row.locales),
    ...(row.category !== null && { category: row.category }),
    tags: JSON.parse(row.tags) as string[],
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function toVersion(row: VersionRow): TemplateVersion {
  return {
    templateId: row.template_id,
    version: row.version,
    template: JSON.parse(row.body) as Template,
    createdAt: row.created_at,
    createdBy: row.created_by,
    note: row.note,
    copiedFrom: row.copied_from,
  };
}

async function findRow(db: Db, id: string): Promise<Row | undefined> {
  return db.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
}

async function requireRow(db: Db, id: string): Promise<Row> {
  const row = await findRow(db, id);
  if (!row) throw notFound(id);
  return row;
}

async function findVersion(db: Db, id: string, version: number): Promise<TemplateVersion | undefined> {
  const row = await db
    .selectFrom('template_versions')
    .selectAll()
    .where('template_id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return row && toVersion(row);
}

/** Points the denormalised columns at the published version, or the latest when unpublished. */
async function refreshMeta(db: Db, id: string): Promise<void> {
  const row = await requireRow(db, id);
  const shown = await findVersion(db, id, row.published_version ?? row.latest_version);
  if (!shown) throw versionNotFound(id, row.published_version ?? row.latest_version);
  await db.updateTable('templates').set(metaColumns(shown.template)).where('id', '=', id).execute();
}

export class TemplateStore {
  private readonly db: Db;

  constructor(database: Database) {
    this.db = database.db;
  }

  /** Creates version 1; refuses an id that is taken (even by an archived template). */
  async create(template: Template, opts: { by: string; note?: string; publish?: boolean }): Promise<SavedTemplate> {
    const at = now();
    const id = template.id;
    return this.db.transaction().execute(async (trx) => {
      // "on conflict do nothing" rather than catching a driver-specific unique-violation code.
      const inserted = await trx
        .insertInto('templates')
        .values({
          id,
          status: opts.publish ? 'published' : 'draft',
          latest_version: 1,
          published_version: opts.publish ? 1 : null,
          ...metaColumns(template),
          created_at: at,
          created_by: opts.by,
          updated_at: at,
          updated_by: opts.by,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      if (!inserted.numInsertedOrUpdatedRows) throw new WenshuError('template_exists', 409, { id });
      const version = await this.insertVersion(trx, id, 1, template, { by: opts.by, note: opts.note, at });
      return { summary: toSummary(await requireRow(trx, id)), version };
    });
  }

  /** Saves a new immutable version (latest + 1). Publishing it is a separate step. */
  async saveVersion(id: string, template: Template, opts: SaveOptions): Promise<SavedTemplate> {
    if (template.id !== id) throw new WenshuError('template_id_mismatch', 400, { id, bodyId: template.id });
    return this.append(id, template, { ...opts, follow: false, copiedFrom: null });
  }

  /** A NEW version with `toVersion`'s body; published right away when the template was published. */
  async rollback(id: string, toVersion: number, opts: SaveOptions): Promise<SavedTemplate> {
    const source = await this.getVersion(id, toVersion);
    return this.append(id, source.template, { ...opts, follow: true, copiedFrom: toVersion });
  }

  async get(id: string): Promise<TemplateRecord | null> {
    const row = await findRow(this.db, id);
    if (!row) return null;
    const latest = await findVersion(this.db, id, row.latest_version);
    if (!latest) throw versionNotFound(id, row.latest_version);
    const published =
      row.published_version === null
        ? null
        : row.published_version === row.latest_version
          ? latest
          : ((await findVersion(this.db, id, row.published_version)) ?? null);
    return { summary: toSummary(row), latest, published };
  }

  /** Throws template_not_found or template_version_not_found. */
  async getVersion(id: string, version: number): Promise<TemplateVersion> {
    const found = await findVersion(this.db, id, version);
    if (found) return found;
    await requireRow(this.db, id);
    throw versionNotFound(id, version);
  }

  /**
   * What drafting may use: the published version (or `version`, which must be the published
   * one). Throws template_not_found, template_not_published, template_version_not_published.
   */
  async getPublished(id: string, version?: number): Promise<TemplateVersion> {
    const row = await requireRow(this.db, id);
    if (row.published_version === null) throw new WenshuError('template_not_published', 404, { id });
    if (version !== undefined && version !== row.published_version) {
      if (version < 1 || version > row.latest_version) throw versionNotFound(id, version);
      throw new WenshuError('template_version_not_published', 409, { id, version });
    }
    return this.getVersion(id, row.published_version);
  }

  /** Versions newest first, without bodies. */
  async history(id: string): Promise<VersionInfo[]> {
    const row = await requireRow(this.db, id);
    const rows = await this.db
      .selectFrom('template_versions')
      .select(['version', 'created_at', 'created_by', 'note', 'copied_from'])
      .where('template_id', '=', id)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((v) => ({
      version: v.version,
      createdAt: v.created_at,
      createdBy: v.created_by,
      note: v.note,
      copiedFrom: v.copied_from,
      published: v.version === row.published_version,
    }));
  }

  /** Publishes `version` (default: the latest). */
  async publish(id: string, version?: number, opts: { by?: string } = {}): Promise<TemplateSummary> {
    if (version !== undefined && !(Number.isInteger(version) && version >= 1)) throw versionNotFound(id, version);
    return this.db.transaction().execute(async (trx) => {
      let query = trx
        .updateTable('templates')
        .set((eb) => ({
          status: 'published' as const,
          published_version: version ?? eb.ref('latest_version'),
          updated_at: now(),
          ...(opts.by !== undefined && { updated_by: opts.by }),
        }))
        .where('id', '=', id)
        .where('status', '<>', 'archived');
      // Versions 1..latest all exist, so this bound is the existence check.
      if (version !== undefined) query = query.where('latest_version', '>=', version);
      const changed = await query.returning('id').executeTakeFirst();
      if (!changed) {
        const row = await requireRow(trx, id);
        if (row.status === 'archived') throw archived(id);
        throw versionNotFound(id, version ?? row.latest_version);
      }
      await refreshMeta(trx, id);
      return toSummary(await requireRow(trx, id));
    });
  }

  /** Withdraws the template from the gallery; a no-op when it is not published. */
  async unpublish(id: string, opts: { by?: string } = {}): Promise<TemplateSummary> {
    return this.setStatus(id, 'draft', ['published'], opts.by);
  }

  /** Hides the template everywhere (and unpublishes it); versions are kept. */
  async archive(id: string, opts: { by?: string } = {}): Promise<TemplateSummary> {
    return this.setStatus(id, 'archived', ['draft', 'published'], opts.by);
  }

  /** Brings an archived template back as an unpublished draft. */
  async restore(id: string, opts: { by?: string } = {}): Promise<TemplateSummary> {
    return this.setStatus(id, 'draft', ['archived'], opts.by);
  }

  async listPublished(filter: PublishedFilter = {}): Promise<TemplateSummary[]> {
    let query = this.db.selectFrom('templates').selectAll().where('status', '=', 'published');
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.host) query = query.where(sql<boolean>`hosts like ${contains(`,${filter.host},`)} escape '\\'`);
    if (filter.locale) query = query.where(sql<boolean>`locales like ${contains(`,${filter.locale},`)} escape '\\'`);
    const q = filter.q?.trim().toLowerCase();
    if (q) query = query.where(sql<boolean>`search like ${contains(q)} escape '\\'`);
    const rows = await query.orderBy('kind').orderBy('id').execute();
    return rows.map(toSummary);
  }

  /** Every template, archived ones included, for the admin list. */
  async listAll(): Promise<TemplateSummary[]> {
    const rows = await this.db.selectFrom('templates').selectAll().orderBy('id').execute();
    return rows.map(toSummary);
  }

  async exportTemplate(id: string, opts: { history?: boolean } = {}): Promise<TemplateExport> {
    const record = await this.get(id);
    if (!record) throw notFound(id);
    const out: TemplateExport = {
      format: 'wenshu.template',
      formatVersion: 1,
      exportedAt: now(),
      status: record.summary.status,
      latestVersion: record.summary.latestVersion,
      publishedVersion: record.summary.publishedVersion,
      template: record.latest.template,
    };
    if (opts.history) {
      const rows = await this.db
        .selectFrom('template_versions')
        .selectAll()
        .where('template_id', '=', id)
        .orderBy('version', 'asc')
        .execute();
      out.versions = rows.map((r) => {
        const { templateId: _omit, ...rest } = toVersion(r);
        return rest;
      });
    }
    return out;
  }

  /**
   * Creates and publishes the built-ins whose id is absent. Never touches an existing template,
   * so an admin's edits (or archiving) survive restarts. Returns the ids created.
   */
  async seed(builtins: readonly Template[], opts: { by?: string } = {}): Promise<string[]> {
    const created: string[] = [];
    for (const template of builtins) {
      try {
        await this.create(template, { by: opts.by ?? 'system', publish: true, note: 'built-in' });
        created.push(template.id);
      } catch (error) {
        // Another replica may seed at the same moment; "exists" is the expected outcome then.
        if (!(error instanceof WenshuError && error.code === 'template_exists')) throw error;
      }
    }
    return created;
  }

  private async append(
    id: string,
    template: Template,
    opts: SaveOptions & { follow: boolean; copiedFrom: number | null },
  ): Promise<SavedTemplate> {
    const at = now();
    return this.db.transaction().execute(async (trx) => {
      // First statement is the write: it takes the lock before anything is read.
      let query = trx
        .updateTable('templates')
        .set((eb) => ({ latest_version: eb('latest_version', '+', 1), updated_at: at, updated_by: opts.by }))
        .where('id', '=', id)
        .where('status', '<>', 'archived');
      if (opts.baseVersion !== undefined) query = query.where('latest_version', '=', opts.baseVersion);
      const bumped = await query.returning(['latest_version', 'status']).executeTakeFirst();
      if (!bumped) {
        const row = await requireRow(trx, id);
        if (row.status === 'archived') throw archived(id);
        throw new WenshuError('template_conflict', 409, { id, latest: row.latest_version, base: opts.baseVersion ?? '?' });
      }
      const version = await this.insertVersion(trx, id, bumped.latest_version, template, {
        by: opts.by,
        note: opts.note,
        at,
        copiedFrom: opts.copiedFrom,
      });
      if (bumped.status === 'published' && opts.follow) {
        await trx.updateTable('templates').set({ published_version: version.version }).where('id', '=', id).execute();
      }
      // The shown metadata follows the new version unless an older one stays published.
      if (bumped.status === 'draft' || opts.follow) {
        await trx.updateTable('templates').set(metaColumns(template)).where('id', '=', id).execute();
      }
      return { summary: toSummary(await requireRow(trx, id)), version };
    });
  }

  private async insertVersion(
    trx: Db,
    id: string,
    version: number,
    template: Template,
    meta: { by: string; note: string | undefined; at: string; copiedFrom?: number | null },
  ): Promise<TemplateVersion> {
    const row: VersionRow = {
      template_id: id,
      version,
      body: JSON.stringify(template),
      created_at: meta.at,
      created_by: meta.by,
      note: meta.note?.trim() || null,
      copied_from: meta.copiedFrom ?? null,
    };
    await trx.insertInto('template_versions').values(row).execute();
    return toVersion(row);
  }

  private async setStatus(
    id: string,
    to: TemplateStatus,
    from: TemplateStatus[],
    by: string | undefined,
  ): Promise<TemplateSummary> {
    return this.db.transaction().execute(async (trx) => {
      const changed = await trx
        .updateTable('templates')
        .set({ status: to, published_version: null, updated_at: now(), ...(by !== undefined && { updated_by: by }) })
        .where('id', '=', id)
        .where('status', 'in', from)
        .returning('id')
        .executeTakeFirst();
      // Unchanged means missing (an error) or already in the wanted state (a no-op).
      if (changed) await refreshMeta(trx, id);
      return toSummary(await requireRow(trx, id));
    });
  }
}
