/**
 * POST /api/replies/intents and POST /api/replies. The mail arrives as the pane read it and is
 * cleaned here (hidden HTML dropped, quotes and signatures removed, fitted to a token budget)
 * before core/prompt fences it as data; the reply then streams exactly like a draft. Nothing in
 * these routes acts on the mail: no link is fetched, nothing is sent, the only outbound call is
 * the model request.
 */
import type { FastifyInstance } from 'fastify';
import { requireUser } from '../auth/guards.js';
import { INTENT_LABELS, cleanThread, suggestIntents } from '../../core/email/index.js';
import type { MailMessage } from '../../core/email/types.js';
import { WenshuError, type Problem } from '../../core/errors/codes.js';
import type { Locale } from '../../core/i18n/locale.js';
import { buildReplyMessages, replyLanguage, type ReplyTemplate } from '../../core/prompt/reply.js';
import { assertReplyTemplate } from '../../core/prompt/reply-template.js';
import { validateFieldValues } from '../../core/templates/validate.js';
import { runCandidates } from '../drafts/run-candidates.js';
import type { GatewayServices } from '../services.js';
import { MAIL_LIMITS, intentsBody, replyBody, type ReplyBody } from './schema.js';
import { replySubject } from './subject.js';

/** Tokens the cleaned thread (newest message and digest) may take in the prompt. */
export const THREAD_BUDGET_TOKENS = 3_000;

function problem(path: string, code: string, en: string, zh: string): Problem {
  return { path, code, message: { 'en-US': en, 'zh-CN': zh } };
}

/** Limits the schema leaves to us: body size (413, the mail is fine, only too big) and recipients. */
function checkMail(message: MailMessage): void {
  if (message.bodyText.length > MAIL_LIMITS.bodyChars || (message.bodyHtml?.length ?? 0) > MAIL_LIMITS.bodyChars)
    throw new WenshuError('mail_too_large', 413, { limit: MAIL_LIMITS.bodyChars });
  const recipients = message.to.length + message.cc.length;
  if (recipients > MAIL_LIMITS.recipients) {
    const n = MAIL_LIMITS.recipients;
    throw new WenshuError('request_invalid', 400, { count: 1 }, [
      problem('message.cc', 'too_big', `A message may have at most ${n} recipients (To and Cc together).`, `收件人和抄送人合计最多 ${n} 个。`),
    ]);
  }
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The published customer e-mail template and checked values, when the request names one. */
async function replyTemplate(services: GatewayServices, body: ReplyBody): Promise<(ReplyTemplate & { version: number }) | undefined> {
  if (body.templateId === undefined) {
    if (body.fields && Object.keys(body.fields).length > 0)
      throw new WenshuError('request_invalid', 400, { count: 1 }, [
        problem('fields', 'template_required', 'Form fields need a templateId: pick a customer e-mail template, or leave the fields out.', '填写表单需要同时指定模板（templateId）：请选择客户邮件模板，或不提交表单内容。'),
      ]);
    return undefined;
  }
  const published = await services.templates.getPublished(body.templateId);
  assertReplyTemplate(published.template);
  const checked = validateFieldValues(published.template, body.fields ?? {}, body.locale);
  if (!checked.ok) throw new WenshuError('fields_invalid', 422, { count: checked.problems.length }, checked.problems);
  return { template: published.template, values: checked.values, version: published.version };
}

function intentsAnswer(message: MailMessage, locale: Locale) {
  const thread = cleanThread(message, { budgetTokens: THREAD_BUDGET_TOKENS });
  return {
    language: thread.language,
    intents: suggestIntents(thread).map((intent) => ({ intent, label: INTENT_LABELS[intent][locale] })),
    subject: replySubject(message.subject, locale),
    questions: thread.questions,
  };
}

export async function replyRoutes(app: FastifyInstance, services: GatewayServices): Promise<void> {
  app.post('/api/replies/intents', { preHandler: requireUser, schema: { body: intentsBody } }, async (request) => {
    const body = request.body as { message: MailMessage; locale: Locale };
    checkMail(body.message);
    return intentsAnswer(body.message, body.locale);
  });

  app.post('/api/replies', { preHandler: requireUser, schema: { body: replyBody } }, async (request, reply) => {
    const body = request.body as ReplyBody;
    checkMail(body.message);
    const template = await replyTemplate(services, body);
    const thread = cleanThread(body.message, { budgetTokens: THREAD_BUDGET_TOKENS });
    const forPrompt = template ? { template: template.template, values: template.values } : undefined;
    const messages = buildReplyMessages({
      thread,
      intent: body.intent,
      tone: body.tone,
      length: body.length,
      locale: body.locale,
      ...(forPrompt ? { template: forPrompt } : {}),
      today: today(),
    });
    const meta: Record<string, unknown> = {
      intent: body.intent,
      tone: body.tone,
      length: body.length,
      language: replyLanguage({ thread, template: forPrompt }),
      trimmed: thread.trimmed,
    };
    if (template) Object.assign(meta, { template: template.template.id, version: template.version });
    const audit = { kind: 'reply' as const, action: body.intent, host: body.host, ...(template ? { templateId: template.template.id, templateVersion: template.version } : {}) };
    await runCandidates(services, request, reply, { messages, n: body.n, locale: body.locale, meta, audit });
  });
}
