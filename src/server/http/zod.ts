/**
 * Routes declare zod schemas; Fastify validates with them and the handler gets typed data.
 * A failed check answers 400 (or 422 where the route says so) with one problem per issue.
 */
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { WenshuError, type Problem } from '../../core/errors/codes.js';

export function issuesToProblems(issues: z.core.$ZodIssue[], prefix = ''): Problem[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { path, code: issue.code, message: { 'en-US': `${path || 'body'}: ${issue.message}`, 'zh-CN': `${path || '请求'}：${issue.message}` } };
  });
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => (data) => {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data };
  const problems = issuesToProblems(result.error.issues, httpPart === 'body' ? '' : httpPart);
  const detail = problems.map((p) => p.message['en-US']).join('; ');
  return { error: new WenshuError('bad_request', 400, { detail }, problems) };
};
