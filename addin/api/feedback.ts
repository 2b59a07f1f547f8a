/**
 * Tells the gateway what the user did with a suggestion (POST /api/events) without ever holding
 * the user up: `reportFeedback` returns at once and never throws. A report the gateway could not
 * take (offline, gateway restarting, sign-in expired) stays in a small outbox, kept in
 * localStorage when it works, and is sent again a little later or with the next report.
 */
import type { AuditHost, FeedbackEvent } from '../../src/core/audit/types.js';
import { browserStore, readJson, writeJson, type KeyValueStore } from '../state/storage.js';
import { authHeaders } from './credentials.js';

const OUTBOX_KEY = 'feedback.outbox';
/** Oldest reports go first when more than this many are waiting. */
export const OUTBOX_LIMIT = 50;

export interface FeedbackOptions {
  fetchImpl?: typeof fetch;
  store?: KeyValueStore;
  /** Prefix for the gateway's URL; the pane uses its own origin. */
  baseUrl?: string;
  /** Headers for each post; default: the pane's sign-in (authHeaders). */
  headers?: () => Record<string, string>;
  /** Waits before retrying after a failed post; after the last one, the next report retries. */
  retryDelaysMs?: readonly number[];
}

const isEvent = (v: unknown): v is FeedbackEvent => {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<FeedbackEvent>;
  return typeof e.generationId === 'string' && typeof e.candidate === 'number' && (e.action === 'accepted' || e.action === 'discarded');
};
const isOutbox = (v: unknown): v is FeedbackEvent[] => Array.isArray(v) && v.every(isEvent);
const sameReport = (a: FeedbackEvent, b: FeedbackEvent) => a.generationId === b.generationId && a.candidate === b.candidate && a.action === b.action;

/** The host adapter's name as the audit records it. */
export function auditHost(name: string): AuditHost {
  if (name === 'word' || name === 'outlook') return name;
  return name.startsWith('preview') ? 'preview' : 'browser';
}

export class FeedbackReporter {
  private sending: Promise<void> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private memory: FeedbackEvent[] = [];
  /** Reports answered 404 once: tried once more, since with several gateways the row may land a moment later. */
  private readonly notFound = new Set<string>();

  constructor(private readonly opts: FeedbackOptions = {}) {}

  /** Queues the report and starts sending; returns at once and never throws. */
  report(event: FeedbackEvent): void {
    try {
      this.save([...this.pending().filter((e) => !sameReport(e, event)), event].slice(-OUTBOX_LIMIT));
      void this.flush();
    } catch {
      // Reporting must never disturb the pane.
    }
  }

  /** Reports not yet taken by the gateway. */
  pending(): FeedbackEvent[] {
    const store = this.opts.store ?? browserStore();
    return readJson(store, OUTBOX_KEY, isOutbox) ?? this.memory;
  }

  /** Sends what is waiting, oldest first; stops at the first failure and schedules a retry. */
  flush(): Promise<void> {
    this.sending ??= this.sendAll().finally(() => (this.sending = undefined));
    return this.sending;
  }

  /**
   * Before a sign-out: one last try to send what waits (bounded by `timeoutMs`), then forgets
   * the rest, which would otherwise go out later under the next person's sign-in.
   */
  async settle(timeoutMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([this.flush(), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    } catch {
      // nothing more to try
    } finally {
      clearTimeout(timer);
      clearTimeout(this.retry);
      this.retry = undefined;
      this.save([]);
    }
  }

  private save(events: FeedbackEvent[]): void {
    this.memory = events;
    writeJson(this.opts.store ?? browserStore(), OUTBOX_KEY, events);
  }

  private async sendAll(): Promise<void> {
    clearTimeout(this.retry);
    this.retry = undefined;
    for (const event of this.pending()) {
      if ((await this.post(event)) === 'retry') {
        this.scheduleRetry();
        return;
      }
      this.save(this.pending().filter((e) => !sameReport(e, event)));
    }
    this.failures = 0;
  }

  private async post(event: FeedbackEvent): Promise<'done' | 'retry'> {
    const doFetch = this.opts.fetchImpl ?? fetch;
    try {
      const res = await doFetch(`${this.opts.baseUrl ?? ''}/api/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(this.opts.headers ?? authHeaders)() },
        body: JSON.stringify(event),
        // Lets the post finish even if the pane is closed right after the click.
        keepalive: true,
      });
      if (res.status === 404) {
        const key = `${event.generationId}/${event.candidate}/${event.action}`;
        if (this.notFound.has(key)) return 'done';
        this.notFound.add(key);
        return 'retry';
      }
      // 2xx: recorded. Other 4xx (a malformed report): sending again cannot help.
      if (res.ok || (res.status >= 400 && res.status < 500 && ![401, 408, 429].includes(res.status))) return 'done';
      return 'retry';
    } catch {
      return 'retry';
    }
  }

  private scheduleRetry(): void {
    const delays = this.opts.retryDelaysMs ?? [5_000, 30_000, 120_000];
    const delay = delays[this.failures++];
    if (delay === undefined) return;
    this.retry = setTimeout(() => void this.flush(), delay);
  }
}

const reporter = new FeedbackReporter();

/** Fire and forget: the accept or discard has already happened whatever becomes of this. */
export function reportFeedback(event: FeedbackEvent): void {
  reporter.report(event);
}

/** Sends the waiting reports while the user is still signed in, then forgets what could not go. */
export function settleFeedback(timeoutMs = 2000): Promise<void> {
  return reporter.settle(timeoutMs);
}
