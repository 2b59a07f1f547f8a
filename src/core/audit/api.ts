/**
 * What the admin audit and usage routes answer (GET /api/admin/audit, GET /api/admin/usage),
 * declared once here so the gateway that builds the answers and the console that reads them
 * agree on one shape.
 */
import type { Localized } from '../i18n/locale.js';
import type { ChatMessage } from '../prompt/types.js';

export const AUDIT_EVENTS = ['generation', 'accepted', 'discarded'] as const;
/** A generation, or the accept/discard the pane reported for one. */
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export const AUDIT_KINDS = ['draft', 'revision', 'reply'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_OUTCOMES = ['done', 'error', 'cancelled', 'cut_off', 'accepted', 'discarded'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** The text kept of a generation while `audit.content` is on. */
export interface AuditContent {
  messages: ChatMessage[];
  /** One text per candidate, as streamed to the pane. */
  outputs: string[];
  /** Some text was cut to stay within the limits. */
  truncated: boolean;
}

/** One audit row as the admin API shows it. */
export interface AuditEntry {
  id: string;
  at: string;
  event: AuditEvent;
  generationId: string;
  kind: AuditKind;
  userId: string;
  userName: string | null;
  via: string | null;
  templateId: string | null;
  templateVersion: number | null;
  action: string | null;
  host: string | null;
  model: string | null;
  tokensIn: number | null;
  tokensOut: number | null;
  durationMs: number | null;
  outcome: AuditOutcome;
  errorCode: string | null;
  candidates: number | null;
  candidate: number | null;
  candidateOutcomes: string[] | null;
  msSinceDone: number | null;
  /** Present only for generations recorded while audit.content was on. */
  content: AuditContent | null;
}

/** Answer of GET /api/admin/audit: one page, newest first, with the total that match. */
export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export interface DailyUsage {
  /** The gateway's local date, YYYY-MM-DD. */
  date: string;
  generated: number;
  accepted: number;
}

export interface TemplateUsage {
  templateId: string;
  /** The template's current name, or null when it no longer exists. */
  name: Partial<Localized> | null;
  generated: number;
  accepted: number;
  /** Discarded and never accepted. */
  discarded: number;
  /** Generations whose stream failed (outcome error). */
  failed: number;
  /** accepted / generated, or null when nothing was generated. */
  acceptanceRate: number | null;
  /** Median milliseconds from the candidate's done to the accept, when the pane reported it. */
  medianMsToAccept: number | null;
  daily: DailyUsage[];
}

/** Answer of GET /api/admin/usage. */
export interface UsageReport {
  from: string;
  to: string;
  totals: { generated: number; accepted: number; discarded: number; failed: number; acceptanceRate: number | null };
  templates: TemplateUsage[];
}
