import { candidateTexts, readSse } from '../../support/sse.js';
import type { AuditEntry } from '../../../src/server/audit/store.js';
import { CONTENT_LIMITS } from '../../../src/server/audit/content.js';
import { adminJson, generationIdOf, startDraftingGateway, type DraftingGateway } from './helpers.js';

interface Page {
  entries: AuditEntry[];
  total: number;
}

describe('every generation leaves one audit entry (real HTTP, fake model server)', () => {
  let ctx: DraftingGateway;
  beforeAll(async () => {
    ctx = await startDraftingGateway();
  });
  afterAll(async () => ctx.close());

  const entryOf = async (generationId: string): Promise<AuditEntry> => {
    const { entries } = await adminJson<Page>(ctx.gw, '/api/admin/audit?pageSize=200');
    const found = entries.filter((e) => e.generationId === generationId && e.event === 'generation');
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('records who, template version, host, model, tokens and duration of a draft, and no text', async () => {
    ctx.fake.enqueue({ text: '关于开展安全检查的通知：请各部门于周五前完成自查。', chunkSize: 6 });
    const events = await ctx.draft({ fields: { subject: '消防通道检查' }, host: 'word' });
    const generationId = generationIdOf(events);
    const done = events.find((e) => e.event === 'done')?.data as { usage: { promptTokens: number; completionTokens: number } };

    const entry = await entryOf(generationId);
    expect(entry).toMatchObject({
      event: 'generation',
      kind: 'draft',
      userName: 'test author',
      via: 'token',
      templateId: 'test-notice',
      templateVersion: 1,
      host: 'word',
      model: 'fake-model',
      outcome: 'done',
      errorCode: null,
      candidates: 1,
      candidateOutcomes: ['done'],
      tokensIn: done.usage.promptTokens,
      tokensOut: done.usage.completionTokens,
      content: null,
    });
    expect(entry.userId).toMatch(/^tok_/);
    expect(entry.durationMs).toEqual(expect.any(Number));
    expect(new Date(entry.at).toISOString()).toBe(entry.at);
    const stored = JSON.stringify(entry);
    expect(stored).not.toContain('消防通道检查');
    expect(stored).not.toContain('请各部门');
  });

  it('sums tokens over candidates and lists how each candidate ended', async () => {
    ctx.fake.enqueue({ text: 'first' }, { text: 'second', finishReason: 'length' });
    const events = await ctx.draft({ n: 2 });
    const usages = events.filter((e) => e.event === 'done').map((e) => e.data.usage as { promptTokens: number; completionTokens: number });
    const entry = await entryOf(generationIdOf(events));
    expect(entry.candidates).toBe(2);
    expect([...(entry.candidateOutcomes ?? [])].sort()).toEqual(['cut_off', 'done']);
    expect(entry.outcome).toBe('cut_off');
    expect(entry.tokensIn).toBe(usages[0]!.promptTokens + usages[1]!.promptTokens);
    expect(entry.tokensOut).toBe(usages[0]!.completionTokens + usages[1]!.completionTokens);
  });

  it('records a revision with its action and host', async () => {
    ctx.fake.enqueue({ text: '修改后的文字' });
    const res = await ctx.gw.request('/api/revisions', { body: { action: 'polish', text: '原来的文字', locale: 'zh-CN', host: 'preview' } });
    const events = [];
    for await (const e of readSse(res)) events.push(e);
    const entry = await entryOf(generationIdOf(events));
    expect(entry).toMatchObject({ kind: 'revision', action: 'polish', templateId: null, templateVersion: null, host: 'preview', outcome: 'done' });
  });

  it('refuses an unknown host name', async () => {
    const res = await ctx.gw.request('/api/drafts', { body: { templateId: 'test-notice', fields: { subject: 'x' }, host: 'excel' } });
    expect(res.status).toBe(400);
  });

  it('records a stream the model cut off, and one that failed, with their codes', async () => {
    ctx.fake.enqueue({ text: 'partial text here', finishReason: null, done: false });
    const cut = await entryOf(generationIdOf(await ctx.draft()));
    expect(cut).toMatchObject({ outcome: 'cut_off', errorCode: 'model_cut_off', tokensIn: null, tokensOut: null });

    ctx.fake.enqueue({ text: 'some text then trouble', chunkSize: 4, errorAfterChunks: 2, error: { message: 'overloaded', type: 'server_error' } });
    const failed = await entryOf(generationIdOf(await ctx.draft()));
    expect(failed.outcome).toBe('error');
    expect(failed.errorCode).toEqual(expect.any(String));
    expect(failed.errorCode).not.toBe('model_cut_off');
  });

  it('records a draft the user stopped as cancelled', async () => {
    ctx.fake.enqueue({ text: '很长的一段文字'.repeat(20), chunkSize: 2, paceMs: 20 });
    const stop = new AbortController();
    const res = await ctx.gw.request('/api/drafts', { body: { templateId: 'test-notice', fields: { subject: '会议' } }, signal: stop.signal });
    let generationId = '';
    try {
      for await (const e of readSse(res)) {
        if (e.event === 'meta') generationId = e.data.generationId as string;
        if (e.event === 'delta') stop.abort();
      }
    } catch {
      // the abort ends the read
    }
    expect(generationId).not.toBe('');
    // The row is written once the gateway has wound the stream down; wait for it.
    let entry: AuditEntry | undefined;
    for (let i = 0; i < 100 && !entry; i++) {
      const { entries } = await adminJson<Page>(ctx.gw, '/api/admin/audit?outcome=cancelled');
      entry = entries.find((e) => e.generationId === generationId);
      if (!entry) await new Promise((r) => setTimeout(r, 50));
    }
    expect(entry).toMatchObject({ outcome: 'cancelled', errorCode: 'cancelled', candidateOutcomes: ['cancelled'] });
  });

  it('keeps the messages and the returned text, bounded, once an admin turns audit content on', async () => {
    const on = await ctx.gw.request('/api/admin/settings', { method: 'PUT', admin: true, body: { auditContent: true } });
    expect(await on.json()).toEqual({ auditContent: true, auditRetentionDays: 180 });
    try {
      ctx.fake.enqueue({ text: '关于消防检查的通知正文。' });
      const events = await ctx.draft({ fields: { subject: '消防检查' } });
      const entry = await entryOf(generationIdOf(events));
      expect(entry.content?.outputs).toEqual(candidateTexts(events));
      expect(entry.content?.messages.map((m) => m.role)).toContain('system');
      expect(entry.content?.messages.some((m) => m.content.includes('消防检查'))).toBe(true);
      expect(entry.content?.truncated).toBe(false);

      const long = 'x'.repeat(CONTENT_LIMITS.perText + 5000);
      ctx.fake.enqueue({ text: long, chunkSize: 1000 });
      const longEntry = await entryOf(generationIdOf(await ctx.draft()));
      expect(longEntry.content?.outputs[0]).toHaveLength(CONTENT_LIMITS.perText);
      expect(longEntry.content?.truncated).toBe(true);
    } finally {
      await ctx.gw.request('/api/admin/settings', { method: 'PUT', admin: true, body: { auditContent: false } });
    }
    ctx.fake.enqueue({ text: '关闭后不再保存' });
    const after = await entryOf(generationIdOf(await ctx.draft()));
    expect(after.content).toBeNull();
  });
});
