/**
 * The first schema: templates with immutable versions, and settings. Migrations are frozen
 * once released: change the schema with a new file, never by editing this one.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../url.js';

export function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('templates')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('latest_version', 'integer', (c) => c.notNull())
        .addColumn('published_version', 'integer')
        .addColumn('name_zh', 'text')
        .addColumn('name_en', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('hosts', 'text', (c) => c.notNull())
        .addColumn('locales', 'text', (c) => c.notNull())
        .addColumn('category', 'text')
        .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('description', 'text')
        .addColumn('search', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addCheckConstraint('templates_status', sql`status in ('draft', 'published', 'archived')`)
        // The store relies on this invariant; the database keeps it even if a bug does not.
        .addCheckConstraint('templates_published', sql`(status = 'published') = (published_version is not null)`)
        .addCheckConstraint(
          'templates_versions',
          sql`latest_version >= 1 and (published_version is null or published_version between 1 and latest_version)`,
        )
        .execute();
      await db.schema.createIndex('templates_status_kind').on('templates').columns(['status', 'kind']).execute();

      await db.schema
        .createTable('template_versions')
        .addColumn('template_id', 'text', (c) => c.notNull().references('templates.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        // Set when the version is a rollback: the version whose body it copies.
        .addColumn('copied_from', 'integer')
        // The key that makes concurrent saves unable to produce two "version 3"s.
        .addPrimaryKeyConstraint('template_versions_pk', ['template_id', 'version'])
        .addCheckConstraint('template_versions_version', sql`version >= 1`)
        .execute();

      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      // Versions are immutable: the database refuses updates, whatever the code does.
      if (dialect === 'sqlite') {
        await sql`create trigger template_versions_immutable before update on template_versions
          begin select raise(abort, 'template versions are immutable'); end`.execute(db);
      } else {
        await sql`create function wenshu_template_versions_immutable() returns trigger language plpgsql as $$
          begin raise exception 'template versions are immutable'; end $$`.execute(db);
        await sql`create trigger template_versions_immutable before update on template_versions
          for each row execute function wenshu_template_versions_immutable()`.execute(db);
      }
    },
  };
}
