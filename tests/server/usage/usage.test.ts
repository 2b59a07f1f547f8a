import { AuditStore } from '../../../src/server/audit/store.js';
import { localDay } from '../../../src/server/audit/filters.js';
import type { UsageReport } from '../../../src/server/usage/report.js';
import { DIALECTS } from '../../support/databases.js';
import { testTemplate } from '../fixtures.js';
import { ago, feedbackRow, generationIdOf, generationRow, startDraftingGateway, type DraftingGateway } from '../audit/helpers.js';

describe.each(DIALECTS)('usage report on %s', (dialect) => {
  let ctx: DraftingGateway;
  beforeAll(async () => {
    ctx = await startDraftingGateway({ dialect });
    const other = testTemplate({ id: 'other-notice', name: { 'zh-CN': '另一个通知', 'en-US': 'Other notice' } });
    expect((await ctx.gw.request('/api/admin/templates', { admin: true, body: { template: other, publish: true } })).status).toBe(201);
  });
  afterAll(async () => ctx.close());

  const usage = async (query = ''): Promise<UsageReport> => {
    const res = await ctx.gw.request(`/api/admin/usage${query}`, { admin: true });
    expect(res.status).toBe(200);
    return (await res.json()) as UsageReport;
  };
  const event = (generationId: string, action: string, msSinceDone?: number) =>
    ctx.gw.request('/api/events', { body: { generationId, candidate: 0, action, ...(msSinceDone === undefined ? {} : { msSinceDone }) } });

  it('counts drafts generated, accepted and discarded per template from real drafts and events', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      ctx.fake.enqueue({ text: `draft ${i}` });
      ids.push(generationIdOf(await ctx.draft()));
    }
    expect((await event(ids[0]!, 'accepted', 1000)).status).toBe(204);
    expect((await event(ids[1]!, 'accepted', 3000)).status).toBe(204);
    expect((await event(ids[2]!, 'discarded')).status).toBe(204);
    ctx.fake.enqueue({ text: 'other' });
    await ctx.draft({ templateId: 'other-notice' });
    ctx.fake.enqueue({ text: 'revised' });
    await (await ctx.gw.request('/api/revisions', { body: { action: 'polish', text: '原文' } })).text();

    const report = await usage();
    const notice = report.templates.find((t) => t.templateId === 'test-notice');
    expect(notice).toMatchObject({
      name: { 'zh-CN': '测试通知', 'en-US': 'Test notice' },
      generated: 4,
      accepted: 2,
      discarded: 1,
      failed: 0,
      acceptanceRate: 0.5,
      medianMsToAccept: 2000,
    });
    expect(notice?.daily).toHaveLength(30);
    expect(notice?.daily.at(-1)).toEqual({ date: localDay(new Date()), generated: 4, accepted: 2 });
    expect(report.templates.find((t) => t.templateId === 'other-notice')).toMatchObject({ generated: 1, accepted: 0, acceptanceRate: 0, medianMsToAccept: null });
    // Revisions are not template drafts.
    expect(report.templates.map((t) => t.templateId).sort()).toEqual(['other-notice', 'test-notice']);
    expect(report.totals).toMatchObject({ generated: 5, accepted: 2, discarded: 1 });
  });

  it('takes the median over an odd count, counts a twice-accepted draft once and fills the days between', async () => {
    const store = new AuditStore(ctx.gw.services.database);
    // Local noon (and an hour before), so every row falls on the intended local day.
    const noon = (daysAgo: number, hoursBefore = 0) => {
      const d = new Date();
      return new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysAgo, 12 - hoursBefore).toISOString();
    };
    const g = [
      generationRow({ at: noon(40), template_id: 'seeded' }),
      generationRow({ at: noon(40, 1), template_id: 'seeded' }),
      generationRow({ at: noon(38), template_id: 'seeded', outcome: 'error', error_code: 'model_timeout' }),
      generationRow({ at: noon(38), template_id: 'seeded' }),
      // An admin's test run from the console is audited but is not staff usage.
      generationRow({ at: noon(38), template_id: 'seeded', action: 'admin-test' }),
    ];
    for (const row of g) await store.insert(row);
    await store.insert(feedbackRow(g[0]!, 'accepted', { ms_since_done: 5000 }));
    await store.insert(feedbackRow(g[0]!, 'accepted', { ms_since_done: 1000 }));
    await store.insert(feedbackRow(g[3]!, 'accepted', { ms_since_done: 9000 }));
    // Discarded, then accepted after all: it counts as accepted, not discarded.
    await store.insert(feedbackRow(g[1]!, 'discarded'));
    await store.insert(feedbackRow(g[1]!, 'accepted', { ms_since_done: 2000 }));

    const from = localDay(ago(41));
    const to = localDay(ago(37));
    const report = await usage(`?from=${from}&to=${to}`);
    expect(report.templates.map((t) => t.templateId)).toEqual(['seeded']);
    const seeded = report.templates[0]!;
    expect(seeded).toMatchObject({ generated: 4, accepted: 3, discarded: 0, failed: 1, acceptanceRate: 0.75, name: null });
    // Accept times 1000, 2000, 5000, 9000 → median 3500.
    expect(seeded.medianMsToAccept).toBe(3500);
    expect(seeded.daily.map((d) => d.date)).toEqual([41, 40, 39, 38, 37].map((n) => localDay(ago(n))));
    const byDate = new Map(seeded.daily.map((d) => [d.date, d]));
    expect(byDate.get(localDay(ago(41)))).toMatchObject({ generated: 0, accepted: 0 });
    expect(byDate.get(localDay(ago(38)))).toMatchObject({ generated: 2, accepted: 1 });
    const total = seeded.daily.reduce((n, d) => n + d.generated, 0);
    expect(total).toBe(4);

    // One day's window: a single accept is its own median.
    const one = await usage(`?from=${localDay(ago(38))}&to=${localDay(ago(38))}`);
    expect(one.templates[0]).toMatchObject({ generated: 2, accepted: 1, medianMsToAccept: 9000 });
  });

  it('refuses a range longer than a year or backwards', async () => {
    for (const q of [`?from=${localDay(ago(400))}&to=${localDay(ago(0))}`, `?from=${localDay(ago(1))}&to=${localDay(ago(3))}`]) {
      const res = await ctx.gw.request(`/api/admin/usage${q}`, { admin: true });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('audit_range_invalid');
    }
  });
});
