/**
 * Deletes audit entries older than the retention (audit.retention_days, default 180): once at
 * start and then every hour. The timer is unref'd so it never keeps the process alive, and
 * stopped when the app closes. Each replica runs it; the DELETE is idempotent.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../db/database.js';
import { readAuditSettings, type SettingsReader } from './settings.js';
import { auditStore } from './store.js';

export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionDeps {
  database: Database;
  settings: SettingsReader;
  log?: FastifyBaseLogger;
}

/** One pass: deletes what is older than the retention, returns how many rows went. */
export async function pruneAudit(deps: RetentionDeps, now = new Date()): Promise<number> {
  const { auditRetentionDays } = await readAuditSettings(deps.settings);
  const cutoff = new Date(now.getTime() - auditRetentionDays * DAY_MS).toISOString();
  const deleted = await auditStore(deps.database).deleteBefore(cutoff);
  if (deleted > 0) deps.log?.info({ deleted, retentionDays: auditRetentionDays }, 'audit entries past retention deleted');
  return deleted;
}

export class RetentionJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly deps: RetentionDeps,
    private readonly intervalMs = RETENTION_INTERVAL_MS,
  ) {}

  /** Runs a pass now (awaited) and schedules the next ones. */
  async start(): Promise<void> {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs);
    this.timer.unref();
    await this.runOnce();
  }

  /** A failed pass is logged and retried at the next tick; passes never overlap. */
  async runOnce(): Promise<number> {
    if (this.running) return 0;
    const pass = pruneAudit(this.deps).catch((err: unknown) => {
      this.deps.log?.error({ err }, 'audit retention pass failed');
      return 0;
    });
    this.running = pass;
    try {
      return await pass;
    } finally {
      this.running = undefined;
    }
  }

  /** Stops the timer and waits for a pass in progress, so the database can close after it. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
