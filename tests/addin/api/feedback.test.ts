import { auditHost, FeedbackReporter } from '../../../addin/api/feedback.js';
import { memoryStore, type KeyValueStore } from '../../../addin/state/storage.js';
import { configureCredentials, saveToken } from '../../../addin/api/credentials.js';
import { emptySuggestion, fromSaved, suggestionReducer, toSaved } from '../../../addin/state/suggestion.js';
import type { AuditEntry } from '../../../src/server/audit/store.js';
import { adminJson, generationIdOf, startDraftingGateway, type DraftingGateway } from '../../server/audit/helpers.js';

describe("the pane's accept and discard reports", () => {
  let ctx: DraftingGateway;
  beforeAll(async () => {
    ctx = await startDraftingGateway();
  });
  afterAll(async () => ctx.close());

  const reporter = (store: KeyValueStore, baseUrl = ctx.gw.url) =>
    new FeedbackReporter({ store, baseUrl, headers: () => ({ authorization: `Bearer ${ctx.gw.tokens.author}` }), retryDelaysMs: [] });
  const recorded = async (generationId: string) =>
    (await adminJson<{ entries: AuditEntry[] }>(ctx.gw, '/api/admin/audit?pageSize=200')).entries.filter((e) => e.generationId === generationId && e.event !== 'generation');
  const newDraft = async () => {
    ctx.fake.enqueue({ text: 'a draft' });
    return generationIdOf(await ctx.draft());
  };

  it('delivers an accept, which the audit then shows', async () => {
    const generationId = await newDraft();
    const r = reporter(memoryStore());
    r.report({ generationId, candidate: 0, action: 'accepted', msSinceDone: 1500 });
    await r.flush();
    expect(r.pending()).toEqual([]);
    expect(await recorded(generationId)).toEqual([expect.objectContaining({ event: 'accepted', msSinceDone: 1500 })]);
  });

  it("signs the report with the pane's own sign-in token", async () => {
    configureCredentials({ store: memoryStore() });
    saveToken(ctx.gw.tokens.author);
    const generationId = await newDraft();
    const r = new FeedbackReporter({ store: memoryStore(), baseUrl: ctx.gw.url, retryDelaysMs: [] });
    r.report({ generationId, candidate: 0, action: 'discarded' });
    await r.flush();
    expect(r.pending()).toEqual([]);
    expect((await recorded(generationId)).map((e) => e.event)).toEqual(['discarded']);
  });

  it('at sign-out sends what waits while the token still works, and forgets what could not go', async () => {
    const generationId = await newDraft();
    const store = memoryStore();
    const r = reporter(store);
    r.report({ generationId, candidate: 0, action: 'accepted' });
    await r.settle(2000);
    expect((await recorded(generationId)).map((e) => e.event)).toEqual(['accepted']);

    const offline = reporter(store, 'http://127.0.0.1:9');
    offline.report({ generationId, candidate: 0, action: 'discarded' });
    await offline.settle(2000);
    // Not kept for the next person's sign-in: a new reporter on the same storage finds nothing.
    expect(reporter(store).pending()).toEqual([]);
  });

  it('keeps a report the gateway could not take and sends it with the next one, even after a reload', async () => {
    const store = memoryStore();
    const first = await newDraft();
    const offline = reporter(store, 'http://127.0.0.1:9'); // nothing listens on the discard port
    offline.report({ generationId: first, candidate: 0, action: 'accepted' });
    await offline.flush();
    expect(offline.pending()).toEqual([{ generationId: first, candidate: 0, action: 'accepted' }]);

    // A new reporter over the same storage stands in for the pane after a reload.
    const second = await newDraft();
    const online = reporter(store);
    online.report({ generationId: second, candidate: 0, action: 'discarded' });
    await online.flush();
    expect(online.pending()).toEqual([]);
    expect((await recorded(first)).map((e) => e.event)).toEqual(['accepted']);
    expect((await recorded(second)).map((e) => e.event)).toEqual(['discarded']);
  });

  it('tries an unknown generation once more, then drops it instead of retrying forever', async () => {
    const r = reporter(memoryStore());
    r.report({ generationId: 'no-such-generation', candidate: 0, action: 'accepted' });
    await r.flush();
    expect(r.pending()).toHaveLength(1);
    await r.flush();
    expect(r.pending()).toEqual([]);
  });

  it('never throws, whatever storage and the network do', async () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error('storage disabled');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    const r = new FeedbackReporter({
      store: broken,
      fetchImpl: () => {
        throw new TypeError('no network');
      },
      retryDelaysMs: [],
    });
    expect(() => r.report({ generationId: 'g', candidate: 0, action: 'accepted' })).not.toThrow();
    await expect(r.flush()).resolves.toBeUndefined();
  });

  it('names the host the way the audit does', () => {
    expect(['word', 'outlook', 'preview-word', 'preview-outlook', 'browser'].map(auditHost)).toEqual(['word', 'outlook', 'preview', 'preview', 'browser']);
  });

  it("keeps the stream's generation id with the suggestion, across a pane reload", () => {
    let s = suggestionReducer(emptySuggestion, { type: 'start', n: 1 });
    s = suggestionReducer(s, { type: 'event', event: { type: 'meta', data: { generationId: 'gen-1', model: 'm' } } });
    s = suggestionReducer(s, { type: 'event', event: { type: 'delta', candidate: 0, text: 'text' } });
    s = suggestionReducer(s, { type: 'event', event: { type: 'done', candidate: 0, finishReason: 'stop' } });
    expect(s.generationId).toBe('gen-1');
    const saved = JSON.parse(JSON.stringify(toSaved(s))) as Parameters<typeof fromSaved>[0];
    expect(fromSaved(saved).generationId).toBe('gen-1');
    expect(suggestionReducer(s, { type: 'start', n: 1 }).generationId).toBeUndefined();
  });
});
