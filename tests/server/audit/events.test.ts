import type { AuditEntry } from '../../../src/server/audit/store.js';
import { readSse } from '../../support/sse.js';
import { adminJson, generationIdOf, otherAuthor, startDraftingGateway, type DraftingGateway } from './helpers.js';

interface Page {
  entries: AuditEntry[];
  total: number;
}

describe('accept and discard events (POST /api/events)', () => {
  let ctx: DraftingGateway;
  beforeAll(async () => {
    ctx = await startDraftingGateway();
  });
  afterAll(async () => ctx.close());

  const post = (body: Record<string, unknown>, headers?: Record<string, string>) => ctx.gw.request('/api/events', { body, headers });

  it('records an accept with the same user, template and version as the generation', async () => {
    ctx.fake.enqueue({ text: 'one' }, { text: 'two' });
    const generationId = generationIdOf(await ctx.draft({ n: 2, host: 'preview' }));
    const res = await post({ generationId, candidate: 1, action: 'accepted', msSinceDone: 4200 });
    expect(res.status).toBe(204);

    const { entries } = await adminJson<Page>(ctx.gw, `/api/admin/audit?outcome=accepted`);
    const accept = entries.find((e) => e.generationId === generationId);
    const { entries: all } = await adminJson<Page>(ctx.gw, `/api/admin/audit?pageSize=200`);
    const generation = all.find((e) => e.generationId === generationId && e.event === 'generation')!;
    expect(accept).toMatchObject({
      event: 'accepted',
      outcome: 'accepted',
      candidate: 1,
      msSinceDone: 4200,
      userId: generation.userId,
      userName: 'test author',
      templateId: 'test-notice',
      templateVersion: 1,
      kind: 'draft',
      host: 'preview',
      tokensIn: null,
      content: null,
    });
  });

  it('records a discard without a time when the pane did not see the draft finish', async () => {
    ctx.fake.enqueue({ text: 'not wanted' });
    const generationId = generationIdOf(await ctx.draft());
    expect((await post({ generationId, candidate: 0, action: 'discarded' })).status).toBe(204);
    const { entries } = await adminJson<Page>(ctx.gw, `/api/admin/audit?outcome=discarded`);
    expect(entries.find((e) => e.generationId === generationId)).toMatchObject({ event: 'discarded', candidate: 0, msSinceDone: null });
  });

  it('records a Discard pressed while the draft still streams, after the stopped stream is recorded', async () => {
    ctx.fake.enqueue({ text: '正在生成的很长的草稿'.repeat(30), chunkSize: 2, paceMs: 20 });
    const stop = new AbortController();
    const res = await ctx.gw.request('/api/drafts', { body: { templateId: 'test-notice', fields: { subject: '会议' } }, signal: stop.signal });
    let generationId = '';
    try {
      for await (const e of readSse(res)) {
        if (e.event === 'meta') generationId = e.data.generationId as string;
        if (e.event === 'delta') break;
      }
    } finally {
      stop.abort();
    }
    // Sent at once, as the pane does: the gateway has not written the generation yet.
    expect((await post({ generationId, candidate: 0, action: 'discarded' })).status).toBe(204);
    const { entries } = await adminJson<Page>(ctx.gw, '/api/admin/audit?pageSize=200');
    const mine = entries.filter((e) => e.generationId === generationId);
    expect(mine.map((e) => [e.event, e.outcome]).sort()).toEqual([['discarded', 'discarded'], ['generation', 'cancelled']]);
  });

  it("answers 404 for an unknown generation and for someone else's", async () => {
    const unknown = await post({ generationId: 'no-such-generation', candidate: 0, action: 'accepted' });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('generation_not_found');

    ctx.fake.enqueue({ text: 'mine' });
    const generationId = generationIdOf(await ctx.draft());
    const bob = await otherAuthor(ctx.gw);
    expect((await post({ generationId, candidate: 0, action: 'accepted' }, bob.headers)).status).toBe(404);
    const { entries } = await adminJson<Page>(ctx.gw, `/api/admin/audit?outcome=accepted`);
    expect(entries.some((e) => e.generationId === generationId)).toBe(false);
  });

  it('refuses a candidate the generation did not have, an unknown action, and anonymous callers', async () => {
    ctx.fake.enqueue({ text: 'single' });
    const generationId = generationIdOf(await ctx.draft());
    expect((await post({ generationId, candidate: 2, action: 'accepted' })).status).toBe(400);
    expect((await post({ generationId, candidate: 0, action: 'liked' })).status).toBe(400);
    const anonymous = await ctx.gw.request('/api/events', { anonymous: true, body: { generationId, candidate: 0, action: 'accepted' } });
    expect(anonymous.status).toBe(401);
  });
});
