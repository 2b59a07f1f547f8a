/**
 * Request bodies of the reply routes. A mail is what the pane read from Outlook and is posted
 * as is; the limits keep one request bounded. Bodies over MAIL_LIMITS.bodyChars are not a schema
 * failure but a 413 `mail_too_large` (see routes.ts), since the mail is fine and only too big.
 */
import { z } from 'zod';
import { REPLY_INTENTS, REPLY_LENGTHS, REPLY_TONES } from '../../core/email/types.js';
import { LOCALES, pickLocale } from '../../core/i18n/locale.js';
import { AUDIT_HOSTS } from '../../core/audit/types.js';

export const MAIL_LIMITS = {
  subjectChars: 1_000,
  bodyChars: 200_000,
  recipients: 100,
  nameChars: 300,
  addressChars: 320,
} as const;

const locale = z.enum(LOCALES).or(z.string().max(35).transform((s) => pickLocale(s)));

const mailAddress = z
  .object({
    name: z.string().max(MAIL_LIMITS.nameChars).optional(),
    address: z.string().max(MAIL_LIMITS.addressChars),
  })
  .strict();

export const mailMessageSchema = z
  .object({
    subject: z.string().max(MAIL_LIMITS.subjectChars).default(''),
    from: mailAddress.optional(),
    to: z.array(mailAddress).max(MAIL_LIMITS.recipients).default([]),
    cc: z.array(mailAddress).max(MAIL_LIMITS.recipients).default([]),
    date: z.string().max(64).optional(),
    bodyText: z.string(),
    bodyHtml: z.string().optional(),
  })
  .strict();

export const intentsBody = z
  .object({
    message: mailMessageSchema,
    locale: locale.default('zh-CN'),
  })
  .strict();

export const replyBody = z
  .object({
    message: mailMessageSchema,
    intent: z.enum(REPLY_INTENTS),
    tone: z.enum(REPLY_TONES).default('formal'),
    length: z.enum(REPLY_LENGTHS).default('medium'),
    locale: locale.default('zh-CN'),
    templateId: z.string().min(1).max(100).optional(),
    fields: z.record(z.string(), z.unknown()).optional(),
    n: z.number().int().min(1).max(3).default(1),
    /** Where the pane runs, for the audit. */
    host: z.enum(AUDIT_HOSTS).optional(),
  })
  .strict();

export type IntentsBody = z.infer<typeof intentsBody>;
export type ReplyBody = z.infer<typeof replyBody>;
