/** GET /api/admin/usage?from&to: per-template usage for the admin dashboard (default: the last 30 days). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireAdmin } from '../auth/guards.js';
import { checkRange, parseRange, when } from '../audit/filters.js';
import type { GatewayServices } from '../services.js';
import { usageReport } from './report.js';

/** Longest range one report covers: a year, daily series included. */
export const USAGE_MAX_DAYS = 366;
const DEFAULT_DAYS = 30;

const usageQuery = z.object({ from: when.optional(), to: when.optional() }).strict();

export async function usageRoutes(app: FastifyInstance, services: GatewayServices): Promise<void> {
  app.get('/api/admin/usage', { preHandler: requireAdmin, schema: { querystring: usageQuery } }, async (request) => {
    const query = request.query as z.infer<typeof usageQuery>;
    const parsed = parseRange(query.from, query.to, USAGE_MAX_DAYS);
    const now = new Date();
    // Defaults: up to the end of today; from 30 local days before `to`.
    const to = parsed.to ?? new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const from = parsed.from ?? new Date(to.getFullYear(), to.getMonth(), to.getDate() - DEFAULT_DAYS);
    checkRange(from, to, USAGE_MAX_DAYS);
    return usageReport(services.database, from, to);
  });
}
