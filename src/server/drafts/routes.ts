/**
 * POST /api/drafts and POST /api/revisions: check the input, build the messages in core/prompt
 * (instructions as system, user data fenced), then stream candidates as Server-Sent Events.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { WenshuError } from '../../core/errors/codes.js';
import { LOCALES, pickLocale } from '../../core/i18n/locale.js';
import { LIMITS } from '../../core/templates/schema.js';
import { validateFieldValues } from '../../core/templates/validate.js';
import { buildDraftMessages } from '../../core/prompt/build.js';
import { buildRevisionMessages, REVISION_ACTIONS } from '../../core/prompt/revisions.js';
import { AUDIT_HOSTS } from '../../core/audit/types.js';
import { runCandidates } from './run-candidates.js';
import { requireUser } from '../auth/guards.js';
import type { GatewayServices } from '../services.js';

const locale = z.enum(LOCALES).or(z.string().max(35).transform((s) => pickLocale(s)));
const candidates = z.number().int().min(1).max(3).default(1);
/** Where the pane runs, for the audit. */
const host = z.enum(AUDIT_HOSTS).optional();

const draftBody = z
  .object({
    templateId: z.string().min(1).max(100),
    version: z.number().int().min(1).optional(),
    fields: z.record(z.string(), z.unknown()).default({}),
    context: z
      .array(z.object({ label: z.string().trim().min(1).max(100), text: z.string().max(LIMITS.textMax * 2) }).strict())
      .max(5)
      .optional(),
    n: candidates,
    locale: locale.default('zh-CN'),
    host,
  })
  .strict();

const revisionBody = z
  .object({
    action: z.enum(REVISION_ACTIONS),
    text: z.string().trim().min(1).max(LIMITS.textMax * 2),
    instruction: z.string().trim().max(1000).optional(),
    n: candidates,
    locale: locale.default('zh-CN'),
    host,
  })
  .strict();

/** Today's date in the gateway's time zone, as the template language's `today`. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function draftRoutes(app: FastifyInstance, services: GatewayServices): Promise<void> {
  app.post('/api/drafts', { preHandler: requireUser, schema: { body: draftBody } }, async (request, reply) => {
    const body = request.body as z.infer<typeof draftBody>;
    const published = await services.templates.getPublished(body.templateId, body.version);
    const checked = validateFieldValues(published.template, body.fields, body.locale);
    if (!checked.ok) throw new WenshuError('fields_invalid', 422, { count: checked.problems.length }, checked.problems);
    const messages = buildDraftMessages({
      template: published.template,
      values: checked.values,
      context: body.context,
      locale: body.locale,
      today: today(),
    });
    await runCandidates(services, request, reply, {
      messages,
      n: body.n,
      locale: body.locale,
      meta: { template: published.templateId, version: published.version },
      audit: { kind: 'draft', templateId: published.templateId, templateVersion: published.version, host: body.host },
    });
  });

  app.post('/api/revisions', { preHandler: requireUser, schema: { body: revisionBody } }, async (request, reply) => {
    const body = request.body as z.infer<typeof revisionBody>;
    const messages = buildRevisionMessages({ action: body.action, text: body.text, instruction: body.instruction, locale: body.locale });
    await runCandidates(services, request, reply, {
      messages,
      n: body.n,
      locale: body.locale,
      meta: { action: body.action },
      audit: { kind: 'revision', action: body.action, host: body.host },
    });
  });
}
