import { reviewDocument } from '../../../src/core/officialdoc/review/index.js';
import { SettingsStore } from '../../../src/server/settings/store.js';
import { openDatabase } from '../../../src/server/db/database.js';
import { DIALECTS } from '../../support/databases.js';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(DIALECTS)('format review rule switches on %s', (dialect) => {
  let model: FakeModelServerHandle;
  let gw: TestGateway;
  const json = async (res: Response) => (await res.json()) as Json;
  const put = (disabledHouseRules: unknown, init: { admin?: boolean; anonymous?: boolean; headers?: Record<string, string> } = { admin: true }) =>
    gw.request('/api/admin/review-rules', { method: 'PUT', body: { disabledHouseRules }, ...init });

  beforeAll(async () => {
    model = await new FakeModelServer().start();
    gw = await startTestGateway({ modelUrl: model.url, dialect });
  });
  afterAll(async () => {
    await gw.close();
    await model.close();
  });
  afterEach(async () => {
    await put([]);
  });

  it('lists every rule with its source, both names and whether it is on, to any signed-in user', async () => {
    const res = await gw.request('/api/review-rules');
    expect(res.status).toBe(200);
    const body = await json(res);
    const ids = (body.rules as Json[]).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['gbt9704.date-format', 'tiaoli.request-one-matter', 'house.duplicated-character']));
    for (const rule of body.rules as Json[]) {
      expect(['tiaoli', 'gbt9704', 'house']).toContain(rule.source);
      expect(rule.name['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(rule.name['en-US']).toMatch(/[A-Za-z]/);
      expect(rule.enabled).toBe(true);
      expect(rule.switchable).toBe(rule.source === 'house');
    }
    expect(body.disabledHouseRules).toEqual([]);
  });

  it('lets an admin switch off house rules, and the list and the review follow', async () => {
    const res = await put(['house.duplicated-character', 'house.space-in-chinese']);
    expect(res.status).toBe(200);
    const listed = await json(await gw.request('/api/review-rules'));
    const state = Object.fromEntries((listed.rules as Json[]).map((r) => [r.id, r.enabled]));
    expect(state['house.duplicated-character']).toBe(false);
    expect(state['house.space-in-chinese']).toBe(false);
    expect(state['house.repeated-punctuation']).toBe(true);
    expect(state['gbt9704.date-format']).toBe(true);

    // What the pane does with the answer: the switched-off rule finds nothing any more.
    const paragraphs = ['我们的的工作要做好！！'];
    const findings = reviewDocument({ paragraphs, scope: 'selection' }, { disabledHouseRules: listed.disabledHouseRules });
    expect(findings.map((f) => f.ruleId)).toEqual(['house.repeated-punctuation']);
  });

  it('keeps the switches in the database for every gateway sharing it', async () => {
    await put(['house.repeated-punctuation']);
    // A second connection, as another replica would open it.
    const other = await openDatabase(gw.services.config.DATABASE_URL);
    try {
      const raw = await new SettingsStore(other).get('review_disabled_house_rules');
      expect(JSON.parse(raw ?? '[]')).toEqual(['house.repeated-punctuation']);
    } finally {
      await other.close();
    }
  });

  it('refuses to switch off a 条例 or GB/T 9704 rule, in the caller\'s language, and changes nothing', async () => {
    await put(['house.space-in-chinese']);
    const en = await put(['house.repeated-punctuation', 'gbt9704.date-format']);
    expect(en.status).toBe(422);
    const enBody = await json(en);
    expect(enBody.error.code).toBe('review_rule_not_switchable');
    expect(enBody.error.message).toMatch(/gbt9704\.date-format.*GB\/T 9704-2012.*cannot be switched off/);

    const zh = await put(['tiaoli.request-one-matter'], { admin: true, headers: { 'accept-language': 'zh-CN' } });
    expect(zh.status).toBe(422);
    const zhBody = await json(zh);
    expect(zhBody.error.code).toBe('review_rule_not_switchable');
    expect(zhBody.error.message).toContain('《党政机关公文处理工作条例》');
    expect(zhBody.error.message).toContain('不能关闭');

    const unknown = await put(['house.no-such-rule']);
    expect(unknown.status).toBe(422);
    expect((await json(unknown)).error.code).toBe('review_rule_unknown');

    const listed = await json(await gw.request('/api/review-rules'));
    expect(listed.disabledHouseRules).toEqual(['house.space-in-chinese']);
  });

  it('lets only an admin change switches, and checks who asks before the body', async () => {
    expect((await put(['house.space-in-chinese'], { anonymous: true })).status).toBe(401);
    expect((await put(['house.space-in-chinese'], {})).status).toBe(403); // an author
    expect((await put(['house.space-in-chinese'], { headers: { authorization: 'Bearer wrong-token-000000000' } })).status).toBe(401);
    expect((await gw.request('/api/admin/review-rules', { method: 'PUT', body: { nonsense: true } })).status).toBe(403);
    expect((await gw.request('/api/review-rules', { anonymous: true })).status).toBe(401);
    const bad = await gw.request('/api/admin/review-rules', { method: 'PUT', admin: true, body: { disabledHouseRules: 'house.space-in-chinese' } });
    expect(bad.status).toBe(400);
    expect((await json(await gw.request('/api/review-rules'))).disabledHouseRules).toEqual([]);
  });
});
