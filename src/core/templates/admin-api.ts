/**
 * What the admin template routes (/api/admin/templates…) answer, shared by the gateway's store
 * and the admin console so both sides agree on one shape.
 */
import type { Locale } from '../i18n/locale.js';
import type { ChatMessage } from '../prompt/types.js';
import type { TemplateListing } from './listing.js';
import type { FieldValues, Template } from './schema.js';

export const TEMPLATE_STATUSES = ['draft', 'published', 'archived'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** One row of the admin list: the listing (of the published version, else the latest) plus admin facts. */
export interface AdminTemplateSummary extends TemplateListing {
  status: TemplateStatus;
  latestVersion: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface AdminTemplateVersion {
  templateId: string;
  version: number;
  template: Template;
  createdAt: string;
  createdBy: string;
  note: string | null;
  /** Set on rollbacks: the version whose body this one copies. */
  copiedFrom: number | null;
}

/** A history row: a version without its body. */
export type AdminVersionInfo = Omit<AdminTemplateVersion, 'template' | 'templateId'> & { published: boolean };

export interface AdminTemplateRecord {
  summary: AdminTemplateSummary;
  latest: AdminTemplateVersion;
  published: AdminTemplateVersion | null;
}

export interface AdminSavedTemplate {
  summary: AdminTemplateSummary;
  version: AdminTemplateVersion;
}

/** Body of POST /api/admin/templates/preview and …/test-draft: an unsaved template and sample values. */
export interface TemplateTrialRequest {
  template: unknown;
  values: Record<string, unknown>;
  locale: Locale;
  /** test-draft only: candidates to generate (1–3). */
  n?: number;
}

/** Answer of POST /api/admin/templates/preview: the exact messages a draft would send. */
export interface TemplatePreview {
  messages: ChatMessage[];
  /** The language the draft is written in (the template's, when it lacks the requested one). */
  language: Locale;
  /** The values after the same checks a draft gets (trimmed, numbers parsed, defaults applied). */
  values: FieldValues;
}
