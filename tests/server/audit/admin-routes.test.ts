import { AuditStore, type AuditEntry } from '../../../src/server/audit/store.js';
import { buildApp } from '../../../src/server/app.js';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { parseCsv } from './csv-parse.js';
import { ago, feedbackRow, generationRow } from './helpers.js';

interface Page {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

describe('audit admin routes (real HTTP)', () => {
  let model: FakeModelServerHandle;
  let gw: TestGateway;
  let store: AuditStore;
  const rows = [
    generationRow({ at: ago(9).toISOString(), user_id: 'tok_li', user_name: '李雷', template_id: 'weekly' }),
    generationRow({ at: ago(8).toISOString(), user_id: 'tok_han', user_name: '韩梅梅, 办公室', template_id: 'notice', outcome: 'error', error_code: 'model_timeout' }),
    generationRow({ at: ago(7).toISOString(), user_id: 'tok_li', user_name: '李雷', kind: 'revision', template_id: null, template_version: null, action: 'polish' }),
    generationRow({ at: ago(6).toISOString(), user_id: 'tok_evil', user_name: '=HYPERLINK("http://evil")', template_id: 'weekly' }),
    generationRow({ at: ago(5).toISOString(), user_id: 'tok_li', user_name: '李雷', template_id: 'notice' }),
  ];
  rows.push(feedbackRow(rows[4]!, 'accepted', { at: ago(4).toISOString(), ms_since_done: 3000 }));

  beforeAll(async () => {
    model = await new FakeModelServer().start();
    gw = await startTestGateway({ modelUrl: model.url });
    store = new AuditStore(gw.services.database);
    for (const row of rows) await store.insert(row);
  });
  afterAll(async () => {
    await gw.close();
    await model.close();
  });

  const page = async (query: string): Promise<Page> => {
    const res = await gw.request(`/api/admin/audit${query}`, { admin: true });
    expect(res.status).toBe(200);
    return (await res.json()) as Page;
  };
  const ids = (p: Page) => p.entries.map((e) => e.id);

  it('is for admins only', async () => {
    expect((await gw.request('/api/admin/audit', { anonymous: true })).status).toBe(401);
    for (const path of ['/api/admin/audit', '/api/admin/audit.csv', '/api/admin/settings', '/api/admin/usage']) {
      expect((await gw.request(path)).status).toBe(403);
    }
    expect((await gw.request('/api/admin/settings', { method: 'PUT', body: { auditContent: true } })).status).toBe(403);
  });

  it('lists newest first, pages, and counts everything that matches', async () => {
    const first = await page('?pageSize=2');
    expect(first).toMatchObject({ total: 6, page: 1, pageSize: 2 });
    expect(ids(first)).toEqual([rows[5]!.id, rows[4]!.id]);
    expect(ids(await page('?pageSize=2&page=3'))).toEqual([rows[1]!.id, rows[0]!.id]);
  });

  it('filters by user, template, kind, outcome and dates', async () => {
    expect(ids(await page('?user=tok_li')).sort()).toEqual([rows[0]!.id, rows[2]!.id, rows[4]!.id, rows[5]!.id].sort());
    expect(ids(await page(`?user=${encodeURIComponent('李雷')}&kind=draft&outcome=done`)).sort()).toEqual([rows[0]!.id, rows[4]!.id].sort());
    expect(ids(await page('?template=notice')).sort()).toEqual([rows[1]!.id, rows[4]!.id, rows[5]!.id].sort());
    expect(ids(await page('?kind=revision'))).toEqual([rows[2]!.id]);
    expect(ids(await page('?outcome=error'))).toEqual([rows[1]!.id]);
    const from = encodeURIComponent(ago(8, 1).toISOString());
    const to = encodeURIComponent(ago(5, 1).toISOString());
    expect(ids(await page(`?from=${from}&to=${to}`))).toEqual([rows[3]!.id, rows[2]!.id, rows[1]!.id]);
  });

  it('refuses bad filters with a clear code', async () => {
    const backwards = await gw.request('/api/admin/audit?from=2025-03-02&to=2025-03-01', { admin: true });
    expect(backwards.status).toBe(400);
    expect(((await backwards.json()) as { error: { code: string } }).error.code).toBe('audit_range_invalid');
    expect((await gw.request('/api/admin/audit?from=yesterday', { admin: true })).status).toBe(400);
    expect((await gw.request('/api/admin/audit?pageSize=1000', { admin: true })).status).toBe(400);
    expect((await gw.request('/api/admin/audit?outcome=maybe', { admin: true })).status).toBe(400);
  });

  it('exports the same filters as a CSV that opens in a spreadsheet', async () => {
    const res = await gw.request('/api/admin/audit.csv?template=notice', { admin: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="wenshu-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...body] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3)));
    const col = (name: string) => header!.indexOf(name);
    expect(body.map((r) => r[col('id')])).toEqual([rows[5]!.id, rows[4]!.id, rows[1]!.id]);
    expect(body[2]![col('user_name')]).toBe('韩梅梅, 办公室');
    expect(body[2]![col('error_code')]).toBe('model_timeout');
    expect(body[0]![col('ms_since_done')]).toBe('3000');
  });

  it('guards against formula injection in the CSV', async () => {
    const res = await gw.request('/api/admin/audit.csv?user=tok_evil', { admin: true });
    const [header, row] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(row![header!.indexOf('user_name')]).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('reads and changes the audit settings, within bounds', async () => {
    const settings = async () => (await gw.request('/api/admin/settings', { admin: true })).json();
    expect(await settings()).toEqual({ auditContent: false, auditRetentionDays: 180 });
    for (const bad of [{ auditRetentionDays: 0 }, { auditRetentionDays: 3651 }, { auditRetentionDays: 1.5 }, { auditContent: 'yes' }, { other: 1 }]) {
      expect((await gw.request('/api/admin/settings', { method: 'PUT', admin: true, body: bad })).status).toBe(400);
    }
    const put = await gw.request('/api/admin/settings', { method: 'PUT', admin: true, body: { auditRetentionDays: 30 } });
    expect(await put.json()).toEqual({ auditContent: false, auditRetentionDays: 30 });
    expect(await settings()).toEqual({ auditContent: false, auditRetentionDays: 30 });
  });

  it('deletes entries past the retention when the app starts', async () => {
    await gw.request('/api/admin/settings', { method: 'PUT', admin: true, body: { auditRetentionDays: 30 } });
    const ancient = generationRow({ at: ago(400).toISOString() });
    await store.insert(ancient);
    // Another app on the same services stands in for a restart: its retention pass runs at start.
    const restarted = await buildApp(gw.services);
    await restarted.close();
    const { entries } = await page('?pageSize=200');
    expect(entries.some((e) => e.id === ancient.id)).toBe(false);
    // 30 days: the 4–9-day-old rows stay.
    expect(entries).toHaveLength(rows.length);
  });
});
