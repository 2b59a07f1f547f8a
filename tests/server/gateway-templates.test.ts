import { DIALECTS } from '../support/databases.js';
import { FakeModelServer, type FakeModelServerHandle } from '../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { testTemplate } from './fixtures.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(DIALECTS)('template routes on %s', (dialect) => {
  let model: FakeModelServerHandle;
  let gw: TestGateway;
  const json = async (res: Response) => (await res.json()) as Json;

  beforeAll(async () => {
    model = await new FakeModelServer().start();
    gw = await startTestGateway({ modelUrl: model.url, dialect });
  });
  afterAll(async () => {
    await gw.close();
    await model.close();
  });

  it('seeds the built-in templates and lists them, filtered by host, kind, locale and name', async () => {
    const all = (await json(await gw.request('/api/templates'))).templates as Json[];
    expect(all.length).toBeGreaterThanOrEqual(13);
    const outlook = (await json(await gw.request('/api/templates?host=outlook'))).templates as Json[];
    expect(outlook.length).toBeGreaterThan(0);
    expect(outlook.every((t) => t.hosts.includes('outlook'))).toBe(true);
    const official = (await json(await gw.request('/api/templates?kind=official&locale=zh-CN'))).templates as Json[];
    expect(official.map((t) => t.id)).toEqual(expect.arrayContaining(['official-notice', 'official-request']));
    const search = (await json(await gw.request(`/api/templates?q=${encodeURIComponent('请示')}`))).templates as Json[];
    expect(search.map((t) => t.id)).toContain('official-request');
    const bad = await gw.request('/api/templates?host=excel');
    expect(bad.status).toBe(400);
  });

  it('needs an admin for the admin routes: anonymous callers get 401, authors 403', async () => {
    expect((await gw.request('/api/admin/templates', { anonymous: true })).status).toBe(401);
    expect((await gw.request('/api/admin/templates')).status).toBe(403);
    expect((await gw.request('/api/admin/templates', { headers: { authorization: 'Bearer wrong-token-000000000' } })).status).toBe(401);
    expect((await gw.request('/api/admin/templates', { admin: true })).status).toBe(200);
  });

  it('refuses an invalid template with one problem per mistake, and keeps the saved version', async () => {
    const created = await gw.request('/api/admin/templates', { admin: true, body: { template: testTemplate({ id: 'keep-me' }) } });
    expect(created.status).toBe(201);
    const broken = testTemplate({
      id: 'keep-me',
      fields: [
        { key: 'subject', type: 'text', label: { 'zh-CN': '事由' } },
        { key: 'subject', type: 'text', label: { 'zh-CN': '重复' } },
      ],
      prompt: '{{ subject }} {{ secret }} {% include "other" %}',
    });
    const res = await gw.request('/api/admin/templates/keep-me', { method: 'PUT', admin: true, body: { template: broken } });
    expect(res.status).toBe(422);
    const body = await json(res);
    expect(body.error.code).toBe('template_invalid');
    const paths = (body.error.problems as Json[]).map((p) => p.path);
    expect(paths.some((p: string) => p.startsWith('fields'))).toBe(true);
    expect(paths.filter((p: string) => p === 'prompt').length).toBeGreaterThanOrEqual(1);
    expect(body.error.problems.length).toBeGreaterThanOrEqual(2);
    const record = await json(await gw.request('/api/admin/templates/keep-me', { admin: true }));
    expect(record.summary.latestVersion).toBe(1);
    expect(record.latest.template.prompt).toBe(testTemplate().prompt);
  });

  it('refuses a prompt that references an undeclared field or reaches for a file', async () => {
    for (const prompt of ['写{{ undeclared_thing }}', '{% render "secrets" %}', '{% include "/etc/passwd" %}', '{% layout "x" %}']) {
      const res = await gw.request('/api/admin/templates', { admin: true, body: { template: testTemplate({ id: 'bad-prompt', prompt }) } });
      expect(res.status).toBe(422);
      expect(JSON.stringify(await res.json())).toMatch(/prompt/);
    }
  });

  it('versions, publishes, refuses a stale save, rolls back and archives', async () => {
    const id = 'lifecycle';
    expect((await gw.request('/api/admin/templates', { admin: true, body: { template: testTemplate({ id }) } })).status).toBe(201);
    expect((await gw.request(`/api/templates/${id}`)).status).toBe(404); // not yet published
    await gw.request(`/api/admin/templates/${id}/publish`, { admin: true, body: {} });
    expect((await json(await gw.request(`/api/templates/${id}`))).version).toBe(1);

    const v2 = testTemplate({ id, instructions: 'version two' });
    const saved = await gw.request(`/api/admin/templates/${id}`, { method: 'PUT', admin: true, body: { template: v2, baseVersion: 1 } });
    expect((await json(saved)).version.version).toBe(2);
    const stale = await gw.request(`/api/admin/templates/${id}`, { method: 'PUT', admin: true, body: { template: testTemplate({ id, instructions: 'lost?' }), baseVersion: 1 } });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.code).toBe('template_conflict');

    expect((await json(await gw.request(`/api/templates/${id}`))).version).toBe(1); // still the published one
    await gw.request(`/api/admin/templates/${id}/publish`, { admin: true, body: { version: 2 } });
    expect((await json(await gw.request(`/api/templates/${id}`))).template.instructions).toBe('version two');

    const rolled = await json(await gw.request(`/api/admin/templates/${id}/rollback`, { admin: true, body: { version: 1 } }));
    expect(rolled.version.version).toBe(3);
    const history = (await json(await gw.request(`/api/admin/templates/${id}/versions`, { admin: true }))).versions as Json[];
    expect(history.map((v) => v.version)).toEqual([3, 2, 1]);
    expect((await json(await gw.request(`/api/admin/templates/${id}/versions/2`, { admin: true }))).template.instructions).toBe('version two');
    expect((await json(await gw.request(`/api/templates/${id}`))).version).toBe(3);

    await gw.request(`/api/admin/templates/${id}/unpublish`, { admin: true, body: {} });
    const gone = await gw.request(`/api/templates/${id}`);
    expect(gone.status).toBe(404);
    expect((await json(gone)).error.code).toBe('template_not_published');

    await gw.request(`/api/admin/templates/${id}/archive`, { admin: true, body: {} });
    const archivedSave = await gw.request(`/api/admin/templates/${id}`, { method: 'PUT', admin: true, body: { template: v2 } });
    expect(archivedSave.status).toBe(409);
    expect((await json(archivedSave)).error.code).toBe('template_archived');
  });

  it('exports a template as JSON and imports it back as a new template', async () => {
    const exported = await gw.request('/api/admin/templates/official-notice/export', { admin: true });
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/);
    const file = await json(exported);
    expect(file.template.id).toBe('official-notice');
    file.template.id = 'imported-notice';
    const imported = await gw.request('/api/admin/templates/import', { admin: true, body: { ...file, publish: true } });
    expect(imported.status).toBe(201);
    const listed = (await json(await gw.request('/api/templates?kind=official'))).templates as Json[];
    expect(listed.map((t) => t.id)).toContain('imported-notice');
  });
});
