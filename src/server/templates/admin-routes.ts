/**
 * Template management for admins: every save is a new version; nothing is ever overwritten.
 * Invalid templates are refused with one problem per mistake and the stored versions stay.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { WenshuError } from '../../core/errors/codes.js';
import { validateTemplate } from '../../core/templates/validate.js';
import type { Template } from '../../core/templates/schema.js';
import { requireAdmin } from '../auth/guards.js';
import type { GatewayServices } from '../services.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const versionParams = idParams.extend({ version: z.coerce.number().int().min(1) });
const saveBody = z.object({ template: z.unknown(), baseVersion: z.number().int().min(1).optional(), note: z.string().max(500).optional() }).strict();
const publishBody = z.object({ version: z.number().int().min(1).optional() }).strict().optional();
const rollbackBody = z.object({ version: z.number().int().min(1), note: z.string().max(500).optional() }).strict();
const createBody = z.object({ template: z.unknown(), publish: z.boolean().optional(), note: z.string().max(500).optional() }).strict();
const importBody = z.object({ template: z.unknown(), publish: z.boolean().optional() }).passthrough();

/** Validates a template body or throws 422 with every problem found. */
export function requireValid(input: unknown, pathId?: string): Template {
  const result = validateTemplate(input);
  if (!result.ok) throw new WenshuError('template_invalid', 422, { count: result.problems.length }, result.problems);
  if (pathId !== undefined && result.template.id !== pathId) {
    const problem = { path: 'id', code: 'id_mismatch', message: { 'en-US': `id: must stay "${pathId}"; to make a copy, create a new template`, 'zh-CN': `id：必须保持为“${pathId}”；如需复制，请新建模板` } };
    throw new WenshuError('template_invalid', 422, { count: 1 }, [problem]);
  }
  return result.template;
}

/** Who made a change: the signed-in admin's name (requireAdmin guarantees one). */
const actor = (request: FastifyRequest) => request.principal?.name ?? 'admin';

export async function adminTemplateRoutes(app: FastifyInstance, services: GatewayServices): Promise<void> {
  const { templates } = services;
  app.get('/api/admin/templates', { preHandler: requireAdmin }, async () => ({ templates: await templates.listAll() }));

  app.post('/api/admin/templates', { preHandler: requireAdmin, schema: { body: createBody } }, async (request, reply) => {
    const body = request.body as z.infer<typeof createBody>;
    const saved = await templates.create(requireValid(body.template), { by: actor(request), note: body.note, publish: body.publish });
    return reply.status(201).send(saved);
  });

  app.get('/api/admin/templates/:id', { preHandler: requireAdmin, schema: { params: idParams } }, async (request) => {
    const { id } = request.params as z.infer<typeof idParams>;
    const record = await templates.get(id);
    if (!record) throw new WenshuError('template_not_found', 404, { id });
    return record;
  });

  app.put('/api/admin/templates/:id', { preHandler: requireAdmin, schema: { params: idParams, body: saveBody } }, async (request) => {
    const { id } = request.params as z.infer<typeof idParams>;
    const body = request.body as z.infer<typeof saveBody>;
    return templates.saveVersion(id, requireValid(body.template, id), { by: actor(request), baseVersion: body.baseVersion, note: body.note });
  });

  app.get('/api/admin/templates/:id/versions', { preHandler: requireAdmin, schema: { params: idParams } }, async (request) => {
    const { id } = request.params as z.infer<typeof idParams>;
    return { versions: await templates.history(id) };
  });

  app.get('/api/admin/templates/:id/versions/:version', { preHandler: requireAdmin, schema: { params: versionParams } }, async (request) => {
    const { id, version } = request.params as z.infer<typeof versionParams>;
    return templates.getVersion(id, version);
  });

  app.post('/api/admin/templates/:id/publish', { preHandler: requireAdmin, schema: { params: idParams, body: publishBody } }, async (request) => {
    const { id } = request.params as z.infer<typeof idParams>;
    const body = request.body as z.infer<typeof publishBody>;
    return { summary: await templates.publish(id, body?.version, { by: actor(request) }) };
  });

  for (const action of ['unpublish', 'archive', 'restore'] as const) {
    app.post(`/api/admin/templates/:id/${action}`, { preHandler: requireAdmin, schema: { params: idParams } }, async (request) => {
      const { id } = request.params as z.infer<typeof idParams>;
      return { summary: await templates[action](id, { by: actor(request) }) };
    });
  }

  app.post('/api/admin/templates/:id/rollback', { preHandler: requireAdmin, schema: { params: idParams, body: rollbackBody } }, async (request) => {
    const { id } = request.params as z.infer<typeof idParams>;
    const body = request.body as z.infer<typeof rollbackBody>;
    return templates.rollback(id, body.version, { by: actor(request), note: body.note ?? `rollback to version ${body.version}` });
  });

  app.get('/api/admin/templates/:id/export', { preHandler: requireAdmin, schema: { params: idParams } }, async (request, reply) => {
    const { id } = request.params as z.infer<typeof idParams>;
    const exported = await templates.exportTemplate(id, { history: true });
    return reply.header('Content-Disposition', `attachment; filename="wenshu-template-${id}.json"`).send(exported);
  });

  /** Accepts an export file or a bare template: a new id is created, a known id gets a new version. */
  app.post('/api/admin/templates/import', { preHandler: requireAdmin, schema: { body: importBody } }, async (request, reply) => {
    const body = request.body as z.infer<typeof importBody>;
    const template = requireValid(body.template);
    const existing = await templates.get(template.id);
    const by = actor(request);
    const saved = existing
      ? await templates.saveVersion(template.id, template, { by, note: 'imported' })
      : await templates.create(template, { by, note: 'imported' });
    const result = body.publish ? { ...saved, summary: await templates.publish(template.id, saved.version.version, { by }) } : saved;
    return reply.status(existing ? 200 : 201).send(result);
  });
}
