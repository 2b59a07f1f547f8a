import { WenshuError } from '../../../src/core/errors/codes.js';
import { templateSchema, type Template, type TemplateInput } from '../../../src/core/templates/schema.js';
import { TemplateStore } from '../../../src/server/templates/store.js';
import { DIALECTS, freshDatabase, type TestDatabase } from '../../support/databases.js';

/** A valid template, parsed by the real schema so stored bodies look like real ones. */
function tpl(id: string, over: Partial<TemplateInput> = {}): Template {
  return templateSchema.parse({
    id,
    name: { 'zh-CN': `模板 ${id}`, 'en-US': `Template ${id}` },
    kind: 'report',
    hosts: ['word'],
    locales: ['zh-CN'],
    fields: [{ key: 'topic', type: 'text', label: { 'zh-CN': '主题' }, required: true }],
    prompt: 'Write about {{ topic }}.',
    output: { layout: 'report' },
    ...over,
  });
}

/** The coded error a promise rejects with (fails the test if it resolves or throws something else). */
async function codeOf(promise: Promise<unknown>): Promise<WenshuError> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WenshuError);
  return error as WenshuError;
}

describe.each(DIALECTS)('template store on %s', (dialect) => {
  let database: TestDatabase;
  let store: TemplateStore;
  beforeEach(async () => {
    database = await freshDatabase(dialect);
    store = new TemplateStore(database);
  });
  afterEach(async () => database.dispose());

  describe('create, save and history', () => {
    it('creates version 1 as an unpublished draft with ISO dates', async () => {
      const { summary, version } = await store.create(tpl('weekly'), { by: 'alice', note: 'first' });
      expect(summary).toMatchObject({ id: 'weekly', status: 'draft', latestVersion: 1, publishedVersion: null, createdBy: 'alice' });
      expect(summary.name).toEqual({ 'zh-CN': '模板 weekly', 'en-US': 'Template weekly' });
      expect(version).toMatchObject({ templateId: 'weekly', version: 1, createdBy: 'alice', note: 'first' });
      expect(new Date(summary.createdAt).toISOString()).toBe(summary.createdAt);
      expect(await store.listPublished()).toEqual([]);
    });

    it('refuses an id that is already taken with template_exists and keeps the original', async () => {
      await store.create(tpl('weekly'), { by: 'alice' });
      const err = await codeOf(store.create(tpl('weekly', { prompt: 'Other {{ topic }}' }), { by: 'bob' }));
      expect(err).toMatchObject({ code: 'template_exists', status: 409, params: { id: 'weekly' } });
      const record = await store.get('weekly');
      expect(record?.latest.template.prompt).toBe('Write about {{ topic }}.');
      expect(await store.history('weekly')).toHaveLength(1);
    });

    it('saves each change as a new version and never alters an old version', async () => {
      await store.create(tpl('weekly'), { by: 'alice' });
      const v1Before = await store.getVersion('weekly', 1);
      await store.saveVersion('weekly', tpl('weekly', { prompt: 'Second {{ topic }}' }), { by: 'bob', note: 'tone' });
      const saved = await store.saveVersion('weekly', tpl('weekly', { prompt: 'Third {{ topic }}' }), { by: 'carol' });
      expect(saved.version.version).toBe(3);
      expect(saved.summary.latestVersion).toBe(3);

      expect(await store.getVersion('weekly', 1)).toEqual(v1Before);
      expect((await store.getVersion('weekly', 2)).template.prompt).toBe('Second {{ topic }}');
      const record = await store.get('weekly');
      expect(record?.latest.version).toBe(3);
      expect(record?.latest.template.prompt).toBe('Third {{ topic }}');
      expect(record?.published).toBeNull();
    });

    it('lists history newest first with author, note and the published flag', async () => {
      await store.create(tpl('weekly'), { by: 'alice', note: 'v1' });
      await store.saveVersion('weekly', tpl('weekly'), { by: 'bob', note: '  v2  ' });
      await store.saveVersion('weekly', tpl('weekly'), { by: 'carol' });
      await store.publish('weekly', 2);
      const history = await store.history('weekly');
      expect(history.map((h) => [h.version, h.createdBy, h.note, h.published])).toEqual([
        [3, 'carol', null, false],
        [2, 'bob', 'v2', true],
        [1, 'alice', 'v1', false],
      ]);
      expect(history.every((h) => typeof h.createdAt === 'string' && h.copiedFrom === null)).toBe(true);
    });

    it('refuses a body whose id differs from the template being saved', async () => {
      await store.create(tpl('weekly'), { by: 'alice' });
      const err = await codeOf(store.saveVersion('weekly', tpl('monthly'), { by: 'bob' }));
      expect(err).toMatchObject({ code: 'template_id_mismatch', status: 400, params: { id: 'weekly', bodyId: 'monthly' } });
      expect((await store.get('weekly'))?.summary.latestVersion).toBe(1);
    });

    it('reports unknown templates and versions with their codes, and get() answers null', async () => {
      expect(await store.get('nope')).toBeNull();
      expect(await codeOf(store.saveVersion('nope', tpl('nope'), { by: 'a' }))).toMatchObject({ code: 'template_not_found', status: 404 });
      expect(await codeOf(store.history('nope'))).toMatchObject({ code: 'template_not_found' });
      expect(await codeOf(store.getVersion('nope', 1))).toMatchObject({ code: 'template_not_found' });
      await store.create(tpl('weekly'), { by: 'alice' });
      expect(await codeOf(store.getVersion('weekly', 7))).toMatchObject({
        code: 'template_version_not_found',
        status: 404,
        params: { id: 'weekly', version: 7 },
      });
    });
  });

  describe('conflicting saves', () => {
    it('refuses a save based on a stale version with 409 and keeps the latest', async () => {
      await store.create(tpl('weekly'), { by: 'alice' });
      await store.saveVersion('weekly', tpl('weekly', { prompt: 'Bob {{ topic }}' }), { by: 'bob', baseVersion: 1 });
      const err = await codeOf(
        store.saveVersion('weekly', tpl('weekly', { prompt: 'Carol {{ topic }}' }), { by: 'carol', baseVersion: 1 }),
      );
      expect(err).toMatchObject({ code: 'template_conflict', status: 409, params: { id: 'weekly', latest: 2, base: 1 } });
      expect(err.message).toContain('version 2');
      const record = await store.get('weekly');
      expect(record?.latest).toMatchObject({ version: 2, createdBy: 'bob' });
      expect(record?.latest.template.prompt).toBe('Bob {{ topic }}');
    });

    it('lets exactly one of many concurrent saves of the same base win', async () => {
      await store.create(tpl('weekly'), { by: 'alice' });
      const editors = Array.from({ length: 8 }, (_, i) => `editor${i}`);
      const outcomes = await Promise.allSettled(
        editors.map((by) => store.saveVersion('weekly', tpl('weekly', { prompt: `${by} {{ topic }}` }), { by, baseVersion: 1 })),
      );
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(editors.length - 1);
      for (const reason of lost) expect(reason).toMatchObject({ code: 'template_conflict', params: { latest: 2, base: 1 } });

      const history = await store.history('weekly');
      expect(history.map((h) => h.version)).toEqual([2, 1]);
      const winner = history[0]?.createdBy ?? '';
      expect((await store.getVersion('weekly', 2)).template.prompt).toBe(`${winner} {{ topic }}`);
    });

    it('gives concurrent saves without a base their own version numbers, none lost', async () => {
      await store.create(tpl('weekly'), { by: 'alice' });
      const editors = Array.from({ length: 10 }, (_, i) => `editor${i}`);
      const saved = await Promise.all(
        editors.map((by) => store.saveVersion('weekly', tpl('weekly', { prompt: `${by} {{ topic }}` }), { by })),
      );
      expect(saved.map((s) => s.version.version).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      const history = await store.history('weekly');
      expect(history).toHaveLength(11);
      expect(new Set(history.map((h) => h.createdBy))).toEqual(new Set(['alice', ...editors]));
    });
  });

  describe('publishing', () => {
    it('publishes the latest version by default, or a chosen one, and refuses a version that does not exist', async () => {
      await store.create(tpl('weekly'), { by: 'alice' });
      await store.saveVersion('weekly', tpl('weekly'), { by: 'bob' });
      expect(await store.publish('weekly')).toMatchObject({ status: 'published', publishedVersion: 2 });
      expect(await store.publish('weekly', 1, { by: 'carol' })).toMatchObject({ publishedVersion: 1, updatedBy: 'carol' });
      for (const bad of [3, 0, -1, 1.5]) {
        expect(await codeOf(store.publish('weekly', bad))).toMatchObject({ code: 'template_version_not_found' });
      }
      expect(await codeOf(store.publish('nope'))).toMatchObject({ code: 'template_not_found' });
      expect((await store.get('weekly'))?.summary.publishedVersion).toBe(1);
    });

    it('keeps showing the published version while a newer draft version exists', async () => {
      await store.create(tpl('weekly', { name: { 'zh-CN': '周报' } }), { by: 'alice', publish: true });
      await store.saveVersion('weekly', tpl('weekly', { name: { 'zh-CN': '周报（新版）' }, hosts: ['outlook'] }), { by: 'bob' });
      const [listed] = await store.listPublished();
      expect(listed).toMatchObject({ id: 'weekly', publishedVersion: 1, latestVersion: 2, name: { 'zh-CN': '周报' }, hosts: ['word'] });
      expect(await store.listPublished({ host: 'outlook' })).toEqual([]);
      const record = await store.get('weekly');
      expect(record?.published?.version).toBe(1);
      expect(record?.latest.version).toBe(2);
      expect((await store.getPublished('weekly')).version).toBe(1);

      await store.publish('weekly');
      expect((await store.listPublished({ host: 'outlook' })).map((t) => t.name['zh-CN'])).toEqual(['周报（新版）']);
    });

    it('unpublishing removes it from the gallery and from drafting, and is a no-op the second time', async () => {
      await store.create(tpl('weekly'), { by: 'alice', publish: true });
      expect(await store.unpublish('weekly')).toMatchObject({ status: 'draft', publishedVersion: null });
      expect(await store.unpublish('weekly')).toMatchObject({ status: 'draft', publishedVersion: null });
      expect(await store.listPublished()).toEqual([]);
      expect(await codeOf(store.getPublished('weekly'))).toMatchObject({ code: 'template_not_published' });
      expect(await codeOf(store.unpublish('nope'))).toMatchObject({ code: 'template_not_found' });
    });

    it('refuses drafting with a version other than the published one', async () => {
      await store.create(tpl('weekly'), { by: 'alice', publish: true });
      await store.saveVersion('weekly', tpl('weekly'), { by: 'bob' });
      expect((await store.getPublished('weekly', 1)).version).toBe(1);
      expect(await codeOf(store.getPublished('weekly', 2))).toMatchObject({ code: 'template_version_not_published', params: { version: 2 } });
      expect(await codeOf(store.getPublished('weekly', 9))).toMatchObject({ code: 'template_version_not_found' });
    });
  });

  describe('rollback, archive and restore', () => {
    it('rolls back as a new version copying the old body, and publishes it when the template was published', async () => {
      await store.create(tpl('weekly', { prompt: 'Good {{ topic }}' }), { by: 'alice', publish: true });
      await store.saveVersion('weekly', tpl('weekly', { prompt: 'Bad {{ topic }}' }), { by: 'bob' });
      await store.publish('weekly');
      const { summary, version } = await store.rollback('weekly', 1, { by: 'carol' });
      expect(version).toMatchObject({ version: 3, createdBy: 'carol', copiedFrom: 1 });
      expect(version.template).toEqual((await store.getVersion('weekly', 1)).template);
      expect(summary).toMatchObject({ status: 'published', latestVersion: 3, publishedVersion: 3 });
      expect((await store.getVersion('weekly', 2)).template.prompt).toBe('Bad {{ topic }}');
      expect((await store.history('weekly'))[0]).toMatchObject({ version: 3, copiedFrom: 1, published: true });
    });

    it('rolls back an unpublished template without publishing it, and refuses a missing version', async () => {
      await store.create(tpl('weekly', { prompt: 'One {{ topic }}' }), { by: 'alice' });
      await store.saveVersion('weekly', tpl('weekly', { prompt: 'Two {{ topic }}' }), { by: 'bob' });
      const { summary, version } = await store.rollback('weekly', 1, { by: 'carol', baseVersion: 2 });
      expect(summary).toMatchObject({ status: 'draft', publishedVersion: null, latestVersion: 3 });
      expect(version.template.prompt).toBe('One {{ topic }}');
      expect(await codeOf(store.rollback('weekly', 9, { by: 'carol' }))).toMatchObject({ code: 'template_version_not_found' });
      expect(await codeOf(store.rollback('weekly', 1, { by: 'carol', baseVersion: 2 }))).toMatchObject({ code: 'template_conflict' });
    });

    it('archiving unpublishes and freezes the template until it is restored as a draft', async () => {
      await store.create(tpl('weekly'), { by: 'alice', publish: true });
      expect(await store.archive('weekly', { by: 'admin' })).toMatchObject({ status: 'archived', publishedVersion: null, updatedBy: 'admin' });
      expect(await store.listPublished()).toEqual([]);
      expect(await codeOf(store.saveVersion('weekly', tpl('weekly'), { by: 'bob' }))).toMatchObject({ code: 'template_archived', status: 409 });
      expect(await codeOf(store.publish('weekly'))).toMatchObject({ code: 'template_archived' });
      expect(await codeOf(store.rollback('weekly', 1, { by: 'bob' }))).toMatchObject({ code: 'template_archived' });
      expect(await codeOf(store.create(tpl('weekly'), { by: 'bob' }))).toMatchObject({ code: 'template_exists' });
      expect((await store.listAll()).map((t) => [t.id, t.status])).toEqual([['weekly', 'archived']]);

      expect(await store.restore('weekly')).toMatchObject({ status: 'draft', publishedVersion: null });
      await store.saveVersion('weekly', tpl('weekly'), { by: 'bob' });
      expect(await store.publish('weekly')).toMatchObject({ status: 'published', publishedVersion: 2 });
      expect(await codeOf(store.archive('nope'))).toMatchObject({ code: 'template_not_found' });
    });
  });

  describe('the published gallery', () => {
    beforeEach(async () => {
      const all = [
        tpl('notice', { kind: 'official', name: { 'zh-CN': '通知' }, category: '公文', tags: ['党政机关'] }),
        tpl('customer-reply', {
          kind: 'email',
          hosts: ['outlook'],
          locales: ['zh-CN', 'en-US'],
          name: { 'zh-CN': '客户回复', 'en-US': 'Customer Reply' },
          category: 'Sales',
        }),
        tpl('meeting-follow-up', {
          kind: 'email',
          hosts: ['outlook', 'word'],
          locales: ['en-US'],
          name: { 'en-US': 'Meeting follow-up (100%)' },
          tags: ['minutes'],
        }),
        tpl('weekly', { kind: 'report', name: { 'zh-CN': '工作周报', 'en-US': 'Weekly report' } }),
      ];
      for (const t of all) await store.create(t, { by: 'system', publish: t.id !== 'weekly' });
    });

    const ids = (list: { id: string }[]) => list.map((t) => t.id).sort();

    it('lists only published templates, with their metadata', async () => {
      const list = await store.listPublished();
      expect(ids(list)).toEqual(['customer-reply', 'meeting-follow-up', 'notice']);
      expect(list.find((t) => t.id === 'customer-reply')).toMatchObject({
        kind: 'email',
        hosts: ['outlook'],
        locales: ['zh-CN', 'en-US'],
        category: 'Sales',
        tags: [],
        publishedVersion: 1,
      });
      expect(ids(await store.listAll())).toEqual(['customer-reply', 'meeting-follow-up', 'notice', 'weekly']);
    });

    it('filters by host, kind and locale', async () => {
      expect(ids(await store.listPublished({ host: 'word' }))).toEqual(['meeting-follow-up', 'notice']);
      expect(ids(await store.listPublished({ host: 'outlook' }))).toEqual(['customer-reply', 'meeting-follow-up']);
      expect(ids(await store.listPublished({ kind: 'email' }))).toEqual(['customer-reply', 'meeting-follow-up']);
      expect(ids(await store.listPublished({ locale: 'en-US' }))).toEqual(['customer-reply', 'meeting-follow-up']);
      expect(ids(await store.listPublished({ locale: 'zh-CN', host: 'outlook', kind: 'email' }))).toEqual(['customer-reply']);
      expect(await store.listPublished({ host: 'excel' })).toEqual([]);
    });

    it('searches Chinese and English names by substring, ignoring case', async () => {
      expect(ids(await store.listPublished({ q: '通知' }))).toEqual(['notice']);
      expect(ids(await store.listPublished({ q: '客户' }))).toEqual(['customer-reply']);
      expect(ids(await store.listPublished({ q: 'REPLY' }))).toEqual(['customer-reply']);
      expect(ids(await store.listPublished({ q: 'follow' }))).toEqual(['meeting-follow-up']);
      expect(ids(await store.listPublished({ q: '  ' }))).toHaveLength(3);
      expect(await store.listPublished({ q: '周报' })).toEqual([]); // a draft stays out of search
    });

    it('also matches category and tags, and treats % and _ literally', async () => {
      expect(ids(await store.listPublished({ q: '公文' }))).toEqual(['notice']);
      expect(ids(await store.listPublished({ q: 'sales' }))).toEqual(['customer-reply']);
      expect(ids(await store.listPublished({ q: '党政' }))).toEqual(['notice']);
      expect(ids(await store.listPublished({ q: '100%' }))).toEqual(['meeting-follow-up']);
      expect(await store.listPublished({ q: '%' })).toHaveLength(1);
      expect(await store.listPublished({ q: '_' })).toEqual([]);
    });
  });

  describe('seeding and export', () => {
    const builtins = () => [tpl('notice', { kind: 'official' }), tpl('weekly')];

    it('creates and publishes the built-ins once; a second run creates nothing', async () => {
      expect((await store.seed(builtins())).sort()).toEqual(['notice', 'weekly']);
      expect(await store.seed(builtins())).toEqual([]);
      const list = await store.listPublished();
      expect(list.map((t) => [t.id, t.publishedVersion, t.createdBy])).toEqual([
        ['notice', 1, 'system'],
        ['weekly', 1, 'system'],
      ]);
      expect(await store.history('weekly')).toHaveLength(1);
    });

    it('never overwrites an admin-edited, unpublished or archived built-in', async () => {
      await store.seed(builtins());
      await store.saveVersion('weekly', tpl('weekly', { prompt: 'House style {{ topic }}' }), { by: 'admin' });
      await store.publish('weekly');
      await store.archive('notice');
      expect(await store.seed(builtins())).toEqual([]);
      const weekly = await store.get('weekly');
      expect(weekly?.published?.template.prompt).toBe('House style {{ topic }}');
      expect((await store.get('notice'))?.summary.status).toBe('archived');
    });

    it('seeds only once when two gateways seed at the same moment', async () => {
      const [a, b] = await Promise.all([store.seed(builtins()), store.seed(builtins())]);
      expect([...(a ?? []), ...(b ?? [])].sort()).toEqual(['notice', 'weekly']);
      expect(await store.history('notice')).toHaveLength(1);
    });

    it('exports the latest body as JSON, with the full history on request', async () => {
      await store.create(tpl('weekly'), { by: 'alice', publish: true });
      await store.saveVersion('weekly', tpl('weekly', { prompt: 'Two {{ topic }}' }), { by: 'bob', note: 'n' });
      const plain = await store.exportTemplate('weekly');
      expect(plain).toMatchObject({ format: 'wenshu.template', formatVersion: 1, latestVersion: 2, publishedVersion: 1 });
      expect(plain.template.prompt).toBe('Two {{ topic }}');
      expect(plain.versions).toBeUndefined();
      expect(templateSchema.parse(JSON.parse(JSON.stringify(plain.template)))).toEqual(plain.template);

      const full = await store.exportTemplate('weekly', { history: true });
      expect(full.versions?.map((v) => [v.version, v.createdBy, v.note])).toEqual([
        [1, 'alice', null],
        [2, 'bob', 'n'],
      ]);
      expect(await codeOf(store.exportTemplate('nope'))).toMatchObject({ code: 'template_not_found' });
    });
  });
});
