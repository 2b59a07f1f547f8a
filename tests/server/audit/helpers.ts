/** Shared setup for the audit and usage tests: rows made directly, and a drafting gateway. */
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { AuditLogTable } from '../../../src/server/db/schema.js';
import { localDay } from '../../../src/server/audit/filters.js';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { collectSse, type SseEvent } from '../../support/sse.js';
import { testTemplate } from '../fixtures.js';
import type { Dialect } from '../../../src/server/db/database.js';

export type Json = Record<string, unknown>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A time `days` days (and `hours` hours) before now. */
export function ago(days: number, hours = 0): Date {
  return new Date(Date.now() - days * DAY_MS - hours * 3_600_000);
}

/** A generation row with plausible values; `at` drives `day` unless given. */
export function generationRow(over: Partial<Insertable<AuditLogTable>> & { at?: string } = {}): Insertable<AuditLogTable> {
  const id = over.id ?? randomUUID();
  const at = over.at ?? new Date().toISOString();
  return {
    id,
    at,
    day: localDay(new Date(at)),
    event: 'generation',
    generation_id: over.generation_id ?? id,
    kind: 'draft',
    user_id: 'tok_alice',
    user_name: 'Alice',
    via: 'token',
    template_id: 'test-notice',
    template_version: 1,
    action: null,
    host: 'word',
    model: 'fake-model',
    tokens_in: 100,
    tokens_out: 50,
    duration_ms: 1200,
    outcome: 'done',
    error_code: null,
    candidates: 1,
    candidate: null,
    candidate_outcomes: 'done',
    ms_since_done: null,
    content: null,
    ...over,
  };
}

/** An accept or discard of `generation`, `after` ms later. */
export function feedbackRow(
  generation: Insertable<AuditLogTable>,
  action: 'accepted' | 'discarded',
  over: Partial<Insertable<AuditLogTable>> = {},
): Insertable<AuditLogTable> {
  const at = over.at ?? new Date(new Date(generation.at).getTime() + 60_000).toISOString();
  return {
    ...generation,
    id: randomUUID(),
    at,
    day: localDay(new Date(at)),
    event: action,
    generation_id: generation.generation_id,
    outcome: action,
    tokens_in: null,
    tokens_out: null,
    duration_ms: null,
    candidate: 0,
    candidate_outcomes: null,
    ms_since_done: null,
    content: null,
    ...over,
  };
}

export interface DraftingGateway {
  fake: FakeModelServer;
  model: FakeModelServerHandle;
  gw: TestGateway;
  /** POST /api/drafts for the test template and read the whole stream. */
  draft(body?: Json, headers?: Record<string, string>): Promise<SseEvent[]>;
  close(): Promise<void>;
}

/** A fake model server and a gateway with the test template published. */
export async function startDraftingGateway(opts: { dialect?: Dialect; env?: Record<string, string> } = {}): Promise<DraftingGateway> {
  const fake = new FakeModelServer();
  const model = await fake.start();
  const gw = await startTestGateway({ modelUrl: model.url, dialect: opts.dialect, env: { MODEL_IDLE_TIMEOUT_MS: '2000', ...opts.env } });
  const created = await gw.request('/api/admin/templates', { admin: true, body: { template: testTemplate(), publish: true } });
  if (created.status !== 201) throw new Error(`template not created: ${created.status} ${await created.text()}`);
  return {
    fake,
    model,
    gw,
    async draft(body = {}, headers) {
      const res = await gw.request('/api/drafts', { body: { templateId: 'test-notice', locale: 'zh-CN', fields: { subject: '安全检查' }, ...body }, headers });
      if (res.status !== 200) throw new Error(`draft refused: ${res.status} ${await res.text()}`);
      return collectSse(res);
    },
    async close() {
      await gw.close();
      await model.close();
    },
  };
}

export function generationIdOf(events: SseEvent[]): string {
  const id = events.find((e) => e.event === 'meta')?.data.generationId;
  if (typeof id !== 'string') throw new Error('no generationId in meta');
  return id;
}

/** GET an admin JSON route. */
export async function adminJson<T = Json>(gw: TestGateway, path: string): Promise<T> {
  const res = await gw.request(path, { admin: true });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A second signed-in author, as a bearer header. */
export async function otherAuthor(gw: TestGateway, name = 'Bob'): Promise<{ id: string; headers: Record<string, string> }> {
  const { token, info } = await gw.services.tokens.create({ name, role: 'author', by: 'tests' });
  return { id: info.id, headers: { authorization: `Bearer ${token}` } };
}
