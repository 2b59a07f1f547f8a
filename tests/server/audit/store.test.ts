import { AuditStore } from '../../../src/server/audit/store.js';
import { pruneAudit, RetentionJob } from '../../../src/server/audit/retention.js';
import { SettingsStore } from '../../../src/server/settings/store.js';
import { writeAuditSettings } from '../../../src/server/audit/settings.js';
import { DIALECTS, freshDatabase, type TestDatabase } from '../../support/databases.js';
import { ago, feedbackRow, generationRow } from './helpers.js';

describe.each(DIALECTS)('audit storage on %s', (dialect) => {
  let database: TestDatabase;
  let store: AuditStore;
  beforeEach(async () => {
    database = await freshDatabase(dialect);
    store = new AuditStore(database);
  });
  afterEach(async () => database.dispose());

  /** Seven entries over a week: two users, two templates, a revision, an error, an accept. */
  async function seed() {
    const rows = [
      generationRow({ at: ago(6).toISOString(), user_id: 'tok_alice', user_name: 'Alice', template_id: 'weekly' }),
      generationRow({ at: ago(5).toISOString(), user_id: 'tok_bob', user_name: 'Bob', template_id: 'notice', outcome: 'error', error_code: 'model_timeout' }),
      generationRow({ at: ago(4).toISOString(), user_id: 'tok_alice', user_name: 'Alice', kind: 'revision', template_id: null, template_version: null, action: 'polish' }),
      generationRow({ at: ago(3).toISOString(), user_id: 'tok_bob', user_name: 'Bob', template_id: 'weekly' }),
      generationRow({ at: ago(2).toISOString(), user_id: 'tok_alice', user_name: 'Alice', template_id: 'notice' }),
      generationRow({ at: ago(1).toISOString(), user_id: 'tok_carol', user_name: 'Carol', template_id: 'weekly' }),
    ];
    rows.push(feedbackRow(rows[5]!, 'accepted', { at: ago(0, 20).toISOString() }));
    for (const row of rows) await store.insert(row);
    return rows;
  }

  it('lists newest first with the total, a page at a time', async () => {
    const rows = await seed();
    const first = await store.list({}, 1, 3);
    expect(first.total).toBe(7);
    expect(first.entries.map((e) => e.id)).toEqual([rows[6]!.id, rows[5]!.id, rows[4]!.id]);
    const third = await store.list({}, 3, 3);
    expect(third.entries.map((e) => e.id)).toEqual([rows[0]!.id]);
    expect((await store.list({}, 4, 3)).entries).toEqual([]);
  });

  it('filters by time range, user (id or name), template, kind and outcome', async () => {
    const rows = await seed();
    const ids = async (f: Parameters<AuditStore['list']>[0]) => (await store.list(f, 1, 50)).entries.map((e) => e.id).sort();
    const sorted = (...xs: number[]) => xs.map((i) => rows[i]!.id).sort();
    expect(await ids({ from: ago(4, 1).toISOString(), to: ago(1, 1).toISOString() })).toEqual(sorted(2, 3, 4));
    expect(await ids({ user: 'tok_bob' })).toEqual(sorted(1, 3));
    expect(await ids({ user: 'Alice' })).toEqual(sorted(0, 2, 4));
    expect(await ids({ template: 'weekly' })).toEqual(sorted(0, 3, 5, 6));
    expect(await ids({ kind: 'revision' })).toEqual(sorted(2));
    expect(await ids({ outcome: 'error' })).toEqual(sorted(1));
    expect(await ids({ outcome: 'accepted' })).toEqual(sorted(6));
    expect(await ids({ template: 'weekly', user: 'Carol', outcome: 'done' })).toEqual(sorted(5));
    expect((await store.list({ user: 'Bob', template: 'weekly' }, 1, 50)).total).toBe(1);
  });

  it('scans every match in batches without skipping rows that share a timestamp', async () => {
    const at = ago(1).toISOString();
    for (let i = 0; i < 7; i++) await store.insert(generationRow({ at, id: `gen-${i}` }));
    await store.insert(generationRow({ at: ago(2).toISOString(), id: 'older' }));
    const seen: string[] = [];
    for await (const e of store.scan({}, 3)) seen.push(e.id);
    expect(seen).toEqual(['gen-6', 'gen-5', 'gen-4', 'gen-3', 'gen-2', 'gen-1', 'gen-0', 'older']);
  });

  it('finds a generation by id, but not an accept that refers to it', async () => {
    const rows = await seed();
    const gen = rows[5]!;
    expect((await store.findGeneration(gen.generation_id))?.event).toBe('generation');
    expect(await store.findGeneration('no-such-generation')).toBeUndefined();
  });

  it('retention deletes entries older than the setting and keeps the rest', async () => {
    const settings = new SettingsStore(database);
    const old = generationRow({ at: ago(200).toISOString() });
    const recent = generationRow({ at: ago(10).toISOString() });
    const today = generationRow({ at: ago(0, 1).toISOString() });
    for (const row of [old, recent, today]) await store.insert(row);

    // Default retention: 180 days.
    expect(await pruneAudit({ database, settings })).toBe(1);
    expect((await store.list({}, 1, 10)).entries.map((e) => e.id)).toEqual([today.id, recent.id]);

    await writeAuditSettings(settings, { auditRetentionDays: 7 });
    const job = new RetentionJob({ database, settings });
    await job.start();
    await job.stop();
    expect((await store.list({}, 1, 10)).entries.map((e) => e.id)).toEqual([today.id]);
  });
});
