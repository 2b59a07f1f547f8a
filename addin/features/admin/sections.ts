/**
 * The console's screens, in navigation order. A screen is a lazily loaded component; screens
 * built later (tokens, audit, usage, settings) are slotted in here by giving them a `load`.
 * Until then the console shows a short placeholder for them.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../../i18n/messages.js';

export type SectionId = 'templates' | 'tokens' | 'audit' | 'usage' | 'settings';

export interface AdminSection {
  id: SectionId;
  label: MessageKey;
  /** What the placeholder says the screen will do. */
  summary: MessageKey;
  component?: LazyExoticComponent<ComponentType>;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  {
    id: 'templates',
    label: 'admin.nav.templates',
    summary: 'admin.nav.templatesSummary',
    component: lazy(() => import(/* webpackChunkName: "admin-templates" */ './templates/TemplatesSection.js')),
  },
  {
    id: 'tokens',
    label: 'admin.nav.tokens',
    summary: 'admin.nav.tokensSummary',
    component: lazy(() => import(/* webpackChunkName: "admin-tokens" */ './tokens/TokensScreen.js')),
  },
  {
    id: 'audit',
    label: 'admin.nav.audit',
    summary: 'admin.nav.auditSummary',
    component: lazy(() => import(/* webpackChunkName: "admin-audit" */ './audit/AuditScreen.js')),
  },
  {
    id: 'usage',
    label: 'admin.nav.usage',
    summary: 'admin.nav.usageSummary',
    component: lazy(() => import(/* webpackChunkName: "admin-usage" */ './usage/UsageScreen.js')),
  },
  {
    id: 'settings',
    label: 'admin.nav.settings',
    summary: 'admin.nav.settingsSummary',
    component: lazy(() => import(/* webpackChunkName: "admin-settings" */ './settings/SettingsScreen.js')),
  },
];
