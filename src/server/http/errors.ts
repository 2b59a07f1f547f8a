/**
 * One error shape for every route: {error: {code, message, problems?}} with the message in the
 * caller's language. Unexpected errors are logged with a reference and answered without details.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { WenshuError, errorMessage, type ErrorCode, type ErrorParams, type Problem } from '../../core/errors/codes.js';
import { pickLocale, type Locale } from '../../core/i18n/locale.js';

export function requestLocale(request: FastifyRequest): Locale {
  const body = request.body as { locale?: unknown } | undefined;
  if (body && typeof body === 'object' && typeof body.locale === 'string') return pickLocale(body.locale);
  const header = request.headers['accept-language'];
  return pickLocale(Array.isArray(header) ? header[0] : header);
}

export interface ErrorBody {
  error: { code: string; message: string; problems?: { path: string; code: string; message: string }[] };
}

export function errorBody(locale: Locale, code: ErrorCode, params?: ErrorParams, problems: Problem[] = []): ErrorBody {
  const body: ErrorBody = { error: { code, message: errorMessage(code, locale, params) } };
  if (problems.length) body.error.problems = problems.map((p) => ({ path: p.path, code: p.code, message: p.message[locale] }));
  return body;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 102.4) / 10} MB` : `${Math.round(n / 1024)} KB`;
}

export function installErrorHandler(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err: FastifyError | WenshuError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = requestLocale(request);
    if (err instanceof WenshuError) {
      if (err.status >= 500) request.log.warn({ code: err.code, params: err.params }, err.message);
      return reply.status(err.status).send(errorBody(locale, err.code, err.params, err.problems));
    }
    switch ((err as FastifyError).code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        // The route's own limit where it has a tighter one (security/body-limits.ts).
        return reply.status(413).send(errorBody(locale, 'body_too_large', { limit: formatBytes(request.routeOptions.bodyLimit ?? bodyLimit) }));
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.status(400).send(errorBody(locale, 'invalid_json'));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send(errorBody(locale, 'bad_request', { detail: 'send Content-Type: application/json' }));
    }
    const status = (err as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.status(status).send(errorBody(locale, 'bad_request', { detail: err.message }));
    }
    const ref = randomUUID().slice(0, 8);
    request.log.error({ err, ref }, 'unhandled error');
    return reply.status(500).send(errorBody(locale, 'internal', { ref }));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody(requestLocale(request), 'not_found', { path: request.url.split('?')[0] ?? '' }));
  });
}
