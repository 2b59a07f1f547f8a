/**
 * Trying an unsaved template, for admins: POST /api/admin/templates/preview answers the exact
 * messages a draft would send (built by core's buildDraftMessages, as /api/drafts builds them),
 * and POST /api/admin/templates/test-draft streams a generation from them exactly like
 * /api/drafts. Nothing is stored; the template and the sample values are checked the same way
 * a save and a draft check them, with one problem per mistake.
 */
import { ADMIN_TEST_ACTION } from '../../core/audit/types.js';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { WenshuError } from '../../core/errors/codes.js';
import { LOCALES, pickLocale, type Locale } from '../../core/i18n/locale.js';
import { buildDraftMessages, draftLanguage } from '../../core/prompt/build.js';
import type { ChatMessage } from '../../core/prompt/types.js';
import type { TemplatePreview } from '../../core/templates/admin-api.js';
import type { FieldValues } from '../../core/templates/schema.js';
import { validateFieldValues } from '../../core/templates/validate.js';
import { requireAdmin } from '../auth/guards.js';
import { runCandidates } from '../drafts/run-candidates.js';
import type { GatewayServices } from '../services.js';
import { requireValid } from './admin-routes.js';

const locale = z.enum(LOCALES).or(z.string().max(35).transform((s) => pickLocale(s)));

const trialBody = z
  .object({
    template: z.unknown(),
    values: z.record(z.string(), z.unknown()).default({}),
    locale: locale.default('zh-CN'),
    n: z.number().int().min(1).max(3).default(1),
  })
  .strict();

type TrialBody = z.infer<typeof trialBody>;

/** Today's date in the gateway's time zone, as /api/drafts gives it to the template language. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The template and values checked as a save and a draft check them, then the draft's messages. */
function trial(body: TrialBody): { id: string; messages: ChatMessage[]; language: Locale; values: FieldValues } {
  const template = requireValid(body.template);
  const checked = validateFieldValues(template, body.values, body.locale);
  if (!checked.ok) throw new WenshuError('fields_invalid', 422, { count: checked.problems.length }, checked.problems);
  const messages = buildDraftMessages({ template, values: checked.values, locale: body.locale, today: today() });
  return { id: template.id, messages, language: draftLanguage(template, body.locale), values: checked.values };
}

export async function templatePreviewRoutes(app: FastifyInstance, services: GatewayServices): Promise<void> {
  app.post('/api/admin/templates/preview', { preHandler: requireAdmin, schema: { body: trialBody } }, async (request): Promise<TemplatePreview> => {
    const { messages, language, values } = trial(request.body as TrialBody);
    return { messages, language, values };
  });

  app.post('/api/admin/templates/test-draft', { preHandler: requireAdmin, schema: { body: trialBody } }, async (request, reply) => {
    const body = request.body as TrialBody;
    const { id, messages } = trial(body);
    await runCandidates(services, request, reply, {
      messages,
      n: body.n,
      locale: body.locale,
      meta: { template: id, test: true },
      // Recorded like a draft, marked as an admin's trial so usage reports can tell it apart.
      audit: { kind: 'draft', templateId: id, action: ADMIN_TEST_ACTION },
    });
  });
}
