/**
 * Routes declare zod schemas; Fastify validates with them and the handler gets typed data.
 * A failed check answers 400 with one bilingual problem per issue, worded by core/templates.
 */
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { WenshuError } from '../../core/errors/codes.js';
import { issuesToProblems } from '../../core/templates/issues.js';

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => (data) => {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data };
  const problems = issuesToProblems(result.error.issues, data).map((p) =>
    httpPart === 'body' || !httpPart ? p : { ...p, path: p.path ? `${httpPart}.${p.path}` : httpPart },
  );
  return { error: new WenshuError('request_invalid', 400, { count: problems.length }, problems) };
};
