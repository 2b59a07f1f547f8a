/**
 * Admin views of the audit: a filtered, paged list (newest first, with the total), the same
 * filters as a CSV download, and the audit settings (content on/off, retention in days).
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { AuditPage } from '../../core/audit/api.js';
import { requireAdmin } from '../auth/guards.js';
import type { GatewayServices } from '../services.js';
import { auditCsv } from './csv.js';
import { auditQuery, localDay, toFilter, type AuditQuery } from './filters.js';
import { auditSettingsPatch, readAuditSettings, writeAuditSettings, type AuditSettingsPatch } from './settings.js';
import { auditStore } from './store.js';
import { actorOf } from './who.js';

export async function auditAdminRoutes(app: FastifyInstance, services: GatewayServices): Promise<void> {
  const store = auditStore(services.database);

  app.get('/api/admin/audit', { preHandler: requireAdmin, schema: { querystring: auditQuery } }, async (request): Promise<AuditPage> => {
    const query = request.query as AuditQuery;
    const { entries, total } = await store.list(toFilter(query), query.page, query.pageSize);
    return { entries, total, page: query.page, pageSize: query.pageSize };
  });

  // Same filters as the list (page and pageSize are accepted and ignored): every matching row.
  app.get('/api/admin/audit.csv', { preHandler: requireAdmin, schema: { querystring: auditQuery } }, async (request, reply) => {
    const filter = toFilter(request.query as AuditQuery);
    return reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="wenshu-audit-${localDay(new Date())}.csv"`)
      .header('Cache-Control', 'no-store')
      .send(Readable.from(auditCsv(store.scan(filter))));
  });

  app.get('/api/admin/settings', { preHandler: requireAdmin }, async () => readAuditSettings(services.settings));

  app.put('/api/admin/settings', { preHandler: requireAdmin, schema: { body: auditSettingsPatch } }, async (request) => {
    const patch = request.body as AuditSettingsPatch;
    const updated = await writeAuditSettings(services.settings, patch);
    // Turning content on is worth a line in the log: it changes what the audit keeps.
    request.log.info({ by: actorOf(request).id, patch }, 'audit settings changed');
    return updated;
  });
}
