/**
 * The pane's typed view of the gateway (same origin). Template metadata comes from
 * GET /api/templates; drafts and revisions stream through postStream.
 */
import type { AuditHost } from '../../src/core/audit/types.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { ContextItem, RevisionAction } from '../../src/core/prompt/types.js';
import type { TemplateListing } from '../../src/core/templates/listing.js';
import type { FieldValues, Template, TemplateHost } from '../../src/core/templates/schema.js';
import { CLIENT_CODES, GatewayError, errorFromResponse, isAbort } from './errors.js';
import { authHeaders } from './credentials.js';
import { postStream, type StreamOptions, type StreamOutcome } from './stream.js';

export { authHeaders };

export type TemplateSummary = TemplateListing;

export interface PublishedTemplate {
  id: string;
  version: number;
  template: Template;
}

export type { ContextItem };

export interface DraftRequest {
  templateId: string;
  version?: number;
  fields: FieldValues;
  context?: ContextItem[];
  n: number;
  locale: Locale;
  /** Where the pane runs, for the audit. */
  host?: AuditHost;
}

export interface RevisionRequest {
  action: RevisionAction;
  text: string;
  instruction?: string;
  n?: number;
  locale: Locale;
  host?: AuditHost;
}

async function getJson<T>(path: string, locale: Locale, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { Accept: 'application/json', 'Accept-Language': locale, ...authHeaders() }, signal });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new GatewayError(CLIENT_CODES.gatewayUnreachable, (err as Error).message);
  }
  if (!res.ok) throw await errorFromResponse(res);
  return (await res.json()) as T;
}

export async function listTemplates(host: TemplateHost | undefined, locale: Locale, signal?: AbortSignal): Promise<TemplateSummary[]> {
  const query = host ? `?host=${encodeURIComponent(host)}` : '';
  const body = await getJson<{ templates?: TemplateSummary[] }>(`/api/templates${query}`, locale, signal);
  return Array.isArray(body.templates) ? body.templates : [];
}

export function getTemplate(id: string, locale: Locale, signal?: AbortSignal): Promise<PublishedTemplate> {
  return getJson<PublishedTemplate>(`/api/templates/${encodeURIComponent(id)}`, locale, signal);
}

type RunOptions = Omit<StreamOptions, 'locale'>;

export function streamDraft(request: DraftRequest, opts: RunOptions): Promise<StreamOutcome> {
  return postStream('/api/drafts', request, { ...opts, locale: request.locale });
}

export function streamRevision(request: RevisionRequest, opts: RunOptions): Promise<StreamOutcome> {
  return postStream('/api/revisions', request, { ...opts, locale: request.locale });
}
