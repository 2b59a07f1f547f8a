/**
 * Records one generation (a draft, a revision, a reply) for the audit: who asked, for which
 * template version or action, from which host; then, per candidate, how it ended and the
 * tokens used. `finish()` writes a single row when the stream is over; it never throws, so a
 * database hiccup cannot break a draft the user already has.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AuditHost } from '../../core/audit/types.js';
import type { ChatMessage } from '../../core/prompt/types.js';
import type { AuditOutcome, GenerationKind } from '../db/schema.js';
import type { Usage } from '../model/client.js';
import type { GatewayServices } from '../services.js';
import { boundContent, OutputBuffer } from './content.js';
import { localDay } from './filters.js';
import { readAuditContent } from './settings.js';
import { auditStore } from './store.js';
import { actorOf, type Actor } from './who.js';

/** What was generated: a template version (drafts), a revision action, or a reply. */
export interface GenerationSubject {
  kind: GenerationKind;
  templateId?: string;
  templateVersion?: number;
  action?: string;
  host?: AuditHost;
}

type CandidateOutcome = Extract<AuditOutcome, 'done' | 'cut_off' | 'error' | 'cancelled'>;

interface CandidateResult {
  outcome: CandidateOutcome;
  code?: string;
  usage?: Usage;
}

/** The generation's outcome is its worst candidate's: a Stop or shutdown first, then a failure, then a cut-off. */
const PRECEDENCE: CandidateOutcome[] = ['cancelled', 'error', 'cut_off', 'done'];

function outcomeOfCode(code: string): CandidateOutcome {
  if (code === 'cancelled' || code === 'shutting_down') return 'cancelled';
  if (code === 'model_cut_off') return 'cut_off';
  return 'error';
}

function sum(values: (number | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

type AuditServices = Pick<GatewayServices, 'database' | 'settings' | 'config'>;

/**
 * Generations of this process whose row is not written yet. A Discard pressed while the draft
 * streams reaches POST /api/events before the stopped stream has wound down; the route waits
 * for the row instead of answering "unknown generation".
 */
const inFlight = new Map<string, Promise<void>>();

/** Resolves once this process has written the generation's row, or at once if it is not running here. */
export async function generationRecorded(id: string, timeoutMs: number): Promise<void> {
  const pending = inFlight.get(id);
  if (!pending) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([pending, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
}

export class GenerationRecorder {
  readonly id = randomUUID();
  private readonly startedAt = new Date();
  private readonly results: (CandidateResult | undefined)[];
  /** Collected until the setting is known, then kept only when it says so. */
  private outputs: OutputBuffer[] | undefined;
  private readonly keepContent: Promise<boolean>;
  private finished = false;
  private recorded: () => void = () => undefined;

  private constructor(
    private readonly services: AuditServices,
    private readonly request: FastifyRequest,
    private readonly actor: Actor,
    private readonly subject: GenerationSubject,
    private readonly messages: readonly ChatMessage[],
    private readonly n: number,
  ) {
    this.results = Array.from({ length: n }, () => undefined);
    this.outputs = Array.from({ length: n }, () => new OutputBuffer());
    inFlight.set(this.id, new Promise<void>((resolve) => (this.recorded = resolve)));
    // Read once the model request is on the wire (the next turn of the event loop), not before
    // it: the first token must not wait on the database.
    this.keepContent = new Promise<void>((resolve) => setImmediate(resolve)).then(() => readAuditContent(services.settings)).then(
      (keep) => {
        if (!keep) this.outputs = undefined;
        return keep;
      },
      (err: unknown) => {
        request.log.warn({ err }, 'audit settings unreadable; recording without content');
        this.outputs = undefined;
        return false;
      },
    );
  }

  /**
   * Starts recording; the generation is recorded under the `audit.content` setting read as it
   * starts. Never throws; the caller must call finish() once it has one.
   */
  static start(
    services: AuditServices,
    request: FastifyRequest,
    subject: GenerationSubject,
    messages: readonly ChatMessage[],
    n: number,
  ): GenerationRecorder {
    return new GenerationRecorder(services, request, actorOf(request), subject, messages, n);
  }

  delta(candidate: number, text: string): void {
    this.outputs?.[candidate]?.append(text);
  }

  done(candidate: number, finishReason: string, usage: Usage | undefined): void {
    this.results[candidate] = { outcome: finishReason === 'length' ? 'cut_off' : 'done', ...(usage ? { usage } : {}) };
  }

  failed(candidate: number, code: string): void {
    this.results[candidate] = { outcome: outcomeOfCode(code), code };
  }

  async finish(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    // A candidate that never reported (the stream broke before it could) counts as failed.
    const results = this.results.map((r) => r ?? { outcome: 'error' as const, code: 'internal' });
    const outcome = PRECEDENCE.find((o) => results.some((r) => r.outcome === o)) ?? 'error';
    const { subject, actor } = this;
    try {
      const keep = await this.keepContent;
      await auditStore(this.services.database).insert({
        id: this.id,
        at: this.startedAt.toISOString(),
        day: localDay(this.startedAt),
        event: 'generation',
        generation_id: this.id,
        kind: subject.kind,
        user_id: actor.id,
        user_name: actor.name,
        via: actor.via,
        template_id: subject.templateId ?? null,
        template_version: subject.templateVersion ?? null,
        action: subject.action ?? null,
        host: subject.host ?? null,
        model: this.services.config.MODEL_NAME,
        tokens_in: sum(results.map((r) => r.usage?.promptTokens)),
        tokens_out: sum(results.map((r) => r.usage?.completionTokens)),
        duration_ms: Date.now() - this.startedAt.getTime(),
        outcome,
        error_code: results.find((r) => r.outcome === outcome && r.code)?.code ?? null,
        candidates: this.n,
        candidate: null,
        candidate_outcomes: results.map((r) => r.outcome).join(','),
        ms_since_done: null,
        content: keep && this.outputs ? JSON.stringify(boundContent(this.messages, this.outputs.map(String))) : null,
      });
    } catch (err) {
      this.request.log.error({ err, generationId: this.id }, 'audit row not written');
    } finally {
      inFlight.delete(this.id);
      this.recorded();
    }
  }
}
