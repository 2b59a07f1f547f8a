/**
 * POST /api/official/docx: an OfficialDocument in, its .docx (GB/T 9704-2012 layout) out, as
 * an attachment named after the title. Shape errors answer 400 with one problem per field,
 * rules that span fields 422; both in the caller's language.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { WenshuError } from '../../core/errors/codes.js';
import { LOCALES } from '../../core/i18n/locale.js';
import { checkOfficialDocument, officialDocumentSchema, type OfficialDocument } from '../../core/officialdoc/document.js';
import { buildOfficialDocx, DOCX_MIME } from './docx.js';
import { requireUser } from '../auth/guards.js';

const requestBody = officialDocumentSchema.extend({ locale: z.enum(LOCALES).optional() });

/** File names may not carry path separators, control characters or the characters Windows forbids. */
function fileStem(title: string): string {
  const stem = title
    .replace(/\p{Cc}+/gu, '')
    .replace(/[/\\:*?"<>|]+/g, '')
    .replace(/\s+/g, '');
  return [...stem].slice(0, 80).join('') || 'official-document';
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 with RFC 5987 encoding): browsers
 * use the UTF-8 name; clients that only read `filename` get the title when it is plain ASCII,
 * otherwise a neutral name.
 */
export function contentDisposition(title: string): string {
  const stem = fileStem(title);
  const fallback = `${/^[\x20-\x7e]+$/.test(stem) ? stem : 'official-document'}.docx`;
  const encoded = encodeURIComponent(`${stem}.docx`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export async function officialDocRoutes(app: FastifyInstance): Promise<void> {
  app.post('/api/official/docx', { preHandler: requireUser, schema: { body: requestBody } }, async (request, reply) => {
    const { locale: _locale, ...doc } = request.body as z.infer<typeof requestBody>;
    const document = doc as OfficialDocument;
    const problems = checkOfficialDocument(document);
    if (problems.length) throw new WenshuError('officialdoc_invalid', 422, { count: problems.length }, problems);
    const bytes = await buildOfficialDocx(document);
    return reply
      .header('content-type', DOCX_MIME)
      .header('content-disposition', contentDisposition(document.title))
      .header('cache-control', 'no-store')
      .send(bytes);
  });
}
