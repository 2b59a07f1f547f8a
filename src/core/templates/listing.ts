/** What GET /api/templates lists for each template: shared by the gateway and the pane. */
import type { Locale, Localized } from '../i18n/locale.js';
import type { TemplateHost, TemplateKind } from './schema.js';

export interface TemplateListing {
  id: string;
  name: Partial<Localized>;
  description?: Partial<Localized>;
  kind: TemplateKind;
  hosts: TemplateHost[];
  locales: Locale[];
  category?: string;
  tags: string[];
  publishedVersion: number | null;
}
