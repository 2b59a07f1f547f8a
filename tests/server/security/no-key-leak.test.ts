/**
 * The model key never reaches a browser. A gateway holds a distinctive MODEL_API_KEY that the
 * fake model server requires; every route the app registers (found with an onRoute hook) is
 * called anonymously, as an author and as an admin with plausible bodies, and the model is made
 * to fail in the ways that carry text back (401, 500, a 429, an error inside the stream, each
 * echoing the key in its message, as some servers do). No answer body or header, no log line,
 * and nothing in the built add-in holds the key, its secret part or its base64; and the add-in's
 * build configuration does not inline environment variables.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Configuration, Stats, webpack as Webpack } from 'webpack';
import { PATHS } from '../../../src/server/paths.js';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { collectSse } from '../../support/sse.js';
import { testTemplate } from '../fixtures.js';
import { routeRecorder, type SeenRoute } from './helpers.js';

// Required, not imported: the ESM wrapper would touch (and warn about) every deprecated export.
const webpack = createRequire(import.meta.url)('webpack') as typeof Webpack;

const SECRET = randomBytes(18).toString('hex');
const KEY = `sk-wenshu-${SECRET}`;

/** The key as it could appear: plain, its secret part, and base64 (standard and URL-safe) at each of the three byte alignments. */
function needles(key: string): string[] {
  const bytes = Buffer.from(key);
  const out = new Set([key, SECRET]);
  for (let shift = 0; shift < 3; shift++) {
    const padded = Buffer.concat([Buffer.alloc(shift), bytes]);
    const start = Math.ceil(shift / 3) * 4;
    const end = Math.floor((shift + bytes.length) / 3) * 4;
    for (const encoding of ['base64', 'base64url'] as const) out.add(padded.toString(encoding).slice(start, end));
  }
  return [...out];
}
const NEEDLES = needles(KEY);
const leaksIn = (text: string) => NEEDLES.filter((n) => text.includes(n));

const FIELDS = { subject: '安全检查', urgency: '特急' };
const logLines: string[] = [];
const routes: SeenRoute[] = [];
const answers: { what: string; text: string }[] = [];

let fake: FakeModelServer;
let model: FakeModelServerHandle;
let gw: TestGateway;

beforeAll(async () => {
  fake = new FakeModelServer({ apiKey: KEY, fallback: { text: '各部门：现将有关事项通知如下。' } });
  model = await fake.start();
  gw = await startTestGateway({
    modelUrl: model.url,
    env: { MODEL_API_KEY: KEY },
    onRoute: routeRecorder(routes),
    logger: { level: 'trace', stream: { write: (line: string) => void logLines.push(line) } },
  });
  const created = await gw.request('/api/admin/templates', { admin: true, body: { template: testTemplate(), publish: true } });
  expect(created.status).toBe(201);
}, 30_000);

afterAll(async () => {
  await gw?.close();
  await model?.close();
});

/** Sends a request and keeps everything the caller could see: status line, headers and body. */
async function record(what: string, res: Response): Promise<string> {
  const body = await res.text();
  const headers = [...res.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
  answers.push({ what, text: `${res.status}\n${headers}\n\n${body}` });
  return body;
}

/** A generation id the events route can refer to: the first one recorded. */
async function draftGenerationId(): Promise<string> {
  const res = await gw.request('/api/drafts', { body: { templateId: 'test-notice', fields: FIELDS, locale: 'zh-CN' } });
  const events = await collectSse(res.clone());
  await record('a draft for the events route', res);
  return String(events.find((e) => e.event === 'meta')?.data.generationId);
}

describe('the model key', () => {
  it('is required by the fake model server, so the gateway really sends it', async () => {
    const res = await fetch(`${model.url}/models`);
    expect(res.status).toBe(401);
    const withKey = await fetch(`${model.url}/models`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(withKey.status).toBe(200);
    const ready = await gw.request('/readyz');
    expect(await record('readyz', ready)).toContain('fake-model');
  });

  it('appears in no answer from any route, for any caller, including the model\'s error paths', async () => {
    const generationId = await draftGenerationId();
    const tokenToRevoke = (await gw.services.tokens.create({ name: 'to revoke', role: 'author', by: 'tests' })).info.id;
    const bodies: Record<string, unknown> = {
      'POST /api/admin/templates': { template: testTemplate({ id: 'leak-notice' }), publish: true },
      'PUT /api/admin/templates/:id': { template: testTemplate({ id: 'leak-notice' }), note: 'a second version' },
      'POST /api/admin/templates/:id/publish': { version: 1 },
      'POST /api/admin/templates/:id/rollback': { version: 1 },
      'POST /api/admin/templates/import': { template: testTemplate({ id: 'leak-imported' }) },
      'POST /api/admin/templates/preview': { template: testTemplate(), values: FIELDS, locale: 'zh-CN' },
      'POST /api/admin/templates/test-draft': { template: testTemplate(), values: FIELDS, locale: 'zh-CN' },
      'POST /api/drafts': { templateId: 'test-notice', fields: FIELDS, locale: 'zh-CN' },
      'POST /api/revisions': { action: 'polish', text: '请润色这一句。', locale: 'zh-CN' },
      'POST /api/replies': { locale: 'zh-CN' },
      'POST /api/events': { generationId, candidate: 0, action: 'accepted' },
      'POST /api/admin/tokens': { name: 'leak check', role: 'author' },
      'PUT /api/admin/settings': { auditContent: true },
    };
    const pathOf = (url: string) =>
      url
        .replace('/api/admin/tokens/:id', `/api/admin/tokens/${tokenToRevoke}`)
        .replace(/:id\b/g, 'leak-notice')
        .replace(/:version\b/g, '1')
        .replace(/\*$/, 'taskpane.js');
    // Lifecycle changes last, so the other calls see a published template.
    const order = (r: SeenRoute) => (/(unpublish|archive|restore|rollback)$|^DELETE/.test(`${r.method} ${r.url}`) ? 1 : 0);
    const calls = [...routes].filter((r) => r.method !== 'HEAD').sort((a, b) => order(a) - order(b));
    expect(calls.length).toBeGreaterThan(25);

    for (const caller of ['admin', 'author', 'anonymous'] as const) {
      for (const r of calls) {
        const body = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) ? (bodies[`${r.method} ${r.url}`] ?? {}) : undefined;
        const res = await gw.request(pathOf(r.url), { method: r.method, body, admin: caller === 'admin', anonymous: caller === 'anonymous' });
        await record(`${caller} ${r.method} ${r.url}`, res);
      }
    }

    // The model's failures, each echoing the key the way a careless server might.
    // `tries`: the gateway retries 5xx and 429 once before the first token, never a 401.
    const failures = [
      { tries: 1, script: { status: 401, errorMessage: `Incorrect API key provided: ${KEY}` } },
      { tries: 2, script: { status: 500, errorMessage: `internal error while checking ${KEY}` } },
      { tries: 2, script: { status: 429, retryAfter: '1', errorMessage: `rate limit for key ${KEY}` } },
      { tries: 1, script: { text: '各部门：现将有关事项', chunkSize: 3, errorAfterChunks: 2, error: { message: `stream failed for ${KEY}` } } },
    ];
    const failed: string[] = [];
    for (const { tries, script } of failures) {
      fake.enqueue(...Array.from({ length: tries }, () => script));
      const res = await gw.request('/api/drafts', { body: { templateId: 'test-notice', fields: FIELDS, locale: 'en-US' } });
      failed.push(await record(`draft with the model answering ${JSON.stringify({ ...script, errorMessage: '…' })}`, res));
    }
    // Each failure really reached the caller as an error event.
    expect(failed.map((text) => /event: error\ndata: \{[^\n]*"code":"(\w+)"/.exec(text)?.[1])).toEqual(['model_unauthorized', 'model_error', 'model_rate_limited', 'model_error']);
    // What the admin can read back afterwards: the audit (with content on), usage and readiness.
    for (const path of ['/api/admin/audit', '/api/admin/audit.csv', '/api/admin/usage', '/readyz']) await record(`admin ${path}`, await gw.request(path, { admin: true }));

    expect(answers.length).toBeGreaterThan(80);
    const leaking = answers.filter((a) => leaksIn(a.text).length).map((a) => a.what);
    expect(leaking).toEqual([]);
  });

  it('appears in no line the gateway logged', () => {
    expect(logLines.length).toBeGreaterThan(50);
    expect(logLines.filter((l) => leaksIn(l).length)).toEqual([]);
  });

  it('is nowhere in the built add-in', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(PATHS.addinBundle);
    expect(files.some((f) => f.endsWith('taskpane.js'))).toBe(true);
    expect(files.filter((f) => leaksIn(readFileSync(f, 'latin1')).length)).toEqual([]);
  });

  it('would not be inlined by the add-in\'s build even if it were in the build\'s environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshu-env-leak-'));
    const saved = process.env.MODEL_API_KEY;
    try {
      const entry = join(dir, 'entry.ts');
      writeFileSync(entry, 'const env = (globalThis as any).process?.env ?? {};\nconsole.log(process.env.MODEL_API_KEY, process.env["MODEL_API_KEY"], env.MODEL_API_KEY);\n');
      const { default: configure } = (await import(pathToFileURL(join(PATHS.root, 'webpack.config.js')).href)) as { default: (env: unknown, argv: { mode: string }) => Configuration };
      const config = configure({}, { mode: 'production' });
      process.env.MODEL_API_KEY = KEY;
      const stats = await new Promise<Stats>((resolve, reject) =>
        webpack({ ...config, entry: { probe: entry }, output: { ...config.output, path: join(dir, 'out'), clean: false }, devtool: false }, (err, result) =>
          err || !result ? reject(err ?? new Error('no stats')) : resolve(result),
        ),
      );
      expect(stats.hasErrors()).toBe(false);
      const out = readFileSync(join(dir, 'out', 'probe.js'), 'utf8');
      expect(out).toContain('MODEL_API_KEY'); // the reference survives, unresolved …
      expect(leaksIn(out)).toEqual([]); // … and the value is not in the bundle
    } finally {
      if (saved === undefined) delete process.env.MODEL_API_KEY;
      else process.env.MODEL_API_KEY = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
