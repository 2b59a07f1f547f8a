/** What staff see: published templates only, filtered for the host and language at hand. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { TEMPLATE_HOSTS, TEMPLATE_KINDS } from '../../core/templates/schema.js';
import { LOCALES } from '../../core/i18n/locale.js';
import { requireUser } from '../auth/guards.js';
import type { GatewayServices } from '../services.js';

const listQuery = z
  .object({
    host: z.enum(TEMPLATE_HOSTS).optional(),
    kind: z.enum(TEMPLATE_KINDS).optional(),
    locale: z.enum(LOCALES).optional(),
    q: z.string().trim().max(100).optional(),
  })
  .strict();

const idParams = z.object({ id: z.string().min(1).max(100) });

export async function templateRoutes(app: FastifyInstance, { templates }: GatewayServices): Promise<void> {
  app.get('/api/templates', { preHandler: requireUser, schema: { querystring: listQuery } }, async (request) => {
    const filter = request.query as z.infer<typeof listQuery>;
    return { templates: await templates.listPublished(filter) };
  });

  app.get('/api/templates/:id', { preHandler: requireUser, schema: { params: idParams } }, async (request) => {
    const { id } = request.params as z.infer<typeof idParams>;
    const published = await templates.getPublished(id);
    return { id, version: published.version, template: published.template };
  });
}
