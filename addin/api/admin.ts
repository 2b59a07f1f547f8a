/**
 * The admin console's typed view of /api/admin/templates…: list, versions, saves, state changes,
 * export and import, and trying an unsaved template (preview, test generation). Every request
 * carries the sign-in's Authorization header; failures become GatewayError with the gateway's
 * code and per-problem messages, in the request's language.
 */
import type { Locale } from '../../src/core/i18n/locale.js';
import type {
  AdminSavedTemplate,
  AdminTemplateRecord,
  AdminTemplateSummary,
  AdminTemplateVersion,
  AdminVersionInfo,
  TemplatePreview,
  TemplateTrialRequest,
} from '../../src/core/templates/admin-api.js';
import { adminRequest } from './admin-http.js';
import { postStream, type StreamOptions, type StreamOutcome } from './stream.js';

const BASE = '/api/admin/templates';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export async function listAdminTemplates(locale: Locale, signal?: AbortSignal): Promise<AdminTemplateSummary[]> {
  const body = await adminRequest<{ templates?: AdminTemplateSummary[] }>('GET', BASE, { locale, signal });
  return Array.isArray(body.templates) ? body.templates : [];
}

export function getAdminTemplate(id: string, locale: Locale, signal?: AbortSignal): Promise<AdminTemplateRecord> {
  return adminRequest('GET', one(id), { locale, signal });
}

export function createTemplate(template: unknown, opts: { note?: string; locale: Locale }): Promise<AdminSavedTemplate> {
  return adminRequest('POST', BASE, { locale: opts.locale, body: { template, ...(opts.note ? { note: opts.note } : {}) } });
}

/** A new version on top of `baseVersion`; 409 template_conflict when someone saved meanwhile. */
export function saveTemplateVersion(id: string, template: unknown, opts: { baseVersion: number; note?: string; locale: Locale }): Promise<AdminSavedTemplate> {
  return adminRequest('PUT', one(id), {
    locale: opts.locale,
    body: { template, baseVersion: opts.baseVersion, ...(opts.note ? { note: opts.note } : {}) },
  });
}

export async function listVersions(id: string, locale: Locale, signal?: AbortSignal): Promise<AdminVersionInfo[]> {
  const body = await adminRequest<{ versions?: AdminVersionInfo[] }>('GET', `${one(id)}/versions`, { locale, signal });
  return Array.isArray(body.versions) ? body.versions : [];
}

export function getVersion(id: string, version: number, locale: Locale, signal?: AbortSignal): Promise<AdminTemplateVersion> {
  return adminRequest('GET', `${one(id)}/versions/${version}`, { locale, signal });
}

export async function publishVersion(id: string, version: number, locale: Locale): Promise<AdminTemplateSummary> {
  return (await adminRequest<{ summary: AdminTemplateSummary }>('POST', `${one(id)}/publish`, { locale, body: { version } })).summary;
}

export type StateAction = 'unpublish' | 'archive' | 'restore';

export async function changeTemplateState(id: string, action: StateAction, locale: Locale): Promise<AdminTemplateSummary> {
  return (await adminRequest<{ summary: AdminTemplateSummary }>('POST', `${one(id)}/${action}`, { locale, body: {} })).summary;
}

/** A new version with the body of `version`; published at once when the template was. */
export function rollbackTo(id: string, version: number, locale: Locale): Promise<AdminSavedTemplate> {
  return adminRequest('POST', `${one(id)}/rollback`, { locale, body: { version } });
}

/** The export file (latest body and the whole history) as the gateway writes it. */
export function exportTemplate(id: string, locale: Locale): Promise<unknown> {
  return adminRequest('GET', `${one(id)}/export`, { locale });
}

/** Accepts an export file or a bare template; a known id gets a new version. */
export function importTemplate(file: unknown, locale: Locale): Promise<AdminSavedTemplate> {
  const isExport = typeof file === 'object' && file !== null && 'template' in file;
  const body = isExport ? { template: (file as { template: unknown }).template } : { template: file };
  return adminRequest('POST', `${BASE}/import`, { locale, body });
}

export function previewTemplate(request: TemplateTrialRequest, signal?: AbortSignal): Promise<TemplatePreview> {
  return adminRequest('POST', `${BASE}/preview`, { locale: request.locale, body: request, signal });
}

/** Streams a generation from the unsaved template, with the same events as a draft. */
export function streamTestDraft(request: TemplateTrialRequest, opts: Omit<StreamOptions, 'locale'>): Promise<StreamOutcome> {
  return postStream(`${BASE}/test-draft`, request, { ...opts, locale: request.locale });
}
