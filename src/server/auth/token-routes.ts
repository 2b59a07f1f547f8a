/**
 * Personal access tokens for admins: list (never the tokens themselves), create (the token is
 * in this one answer only) and revoke.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireAdmin } from './guards.js';
import { ROLES } from './principal.js';
import type { TokenStore } from './token-store.js';

const createBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: z.enum(ROLES),
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();
const idParams = z.object({ id: z.string().min(1).max(100) });

const DAY_MS = 24 * 60 * 60 * 1000;

export async function tokenRoutes(app: FastifyInstance, { tokens }: { tokens: TokenStore }): Promise<void> {
  app.get('/api/admin/tokens', { preHandler: requireAdmin }, async () => ({ tokens: await tokens.list() }));

  app.post('/api/admin/tokens', { preHandler: requireAdmin, schema: { body: createBody } }, async (request, reply) => {
    const body = request.body as z.infer<typeof createBody>;
    const expiresAt = body.expiresInDays === undefined ? undefined : new Date(Date.now() + body.expiresInDays * DAY_MS);
    const created = await tokens.create({ name: body.name, role: body.role, expiresAt, by: request.principal!.name });
    return reply.status(201).header('Cache-Control', 'no-store').send(created);
  });

  app.delete('/api/admin/tokens/:id', { preHandler: requireAdmin, schema: { params: idParams } }, async (request) => {
    const { id } = request.params as z.infer<typeof idParams>;
    return { token: await tokens.revoke(id) };
  });
}
