/** Plugin wiring: builds the Fastify app from ready services. server.ts listens; tests inject. */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installErrorHandler } from './http/errors.js';
import { zodValidatorCompiler } from './http/zod.js';
import { staticRoutes } from './static/routes.js';
import { healthRoutes } from './health/routes.js';
import { templateRoutes } from './templates/routes.js';
import { adminTemplateRoutes } from './templates/admin-routes.js';
import { draftRoutes } from './drafts/routes.js';
import { reviewSettingsRoutes } from './officialdoc/review-settings.js';
import { officialDocRoutes } from './officialdoc/routes.js';
import { replyRoutes } from './replies/routes.js';
import type { GatewayServices } from './services.js';

export interface AppOptions {
  https?: { key: string; cert: string };
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(services: GatewayServices, opts: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const app = (opts.https
    ? Fastify({ https: opts.https, logger: opts.logger ?? false, bodyLimit: config.BODY_LIMIT_BYTES, forceCloseConnections: 'idle' })
    : Fastify({ logger: opts.logger ?? false, bodyLimit: config.BODY_LIMIT_BYTES, forceCloseConnections: 'idle' })) as unknown as FastifyInstance;
  app.setValidatorCompiler(zodValidatorCompiler);
  installErrorHandler(app, config.BODY_LIMIT_BYTES);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });

  await app.register(healthRoutes, services);
  await app.register(staticRoutes, { publicUrl: config.PUBLIC_URL, officeJsUrl: config.OFFICE_JS_URL });
  await app.register(templateRoutes, services);
  await app.register(adminTemplateRoutes, services);
  await app.register(draftRoutes, services);
  await app.register(reviewSettingsRoutes, services);
  await app.register(officialDocRoutes);
  await app.register(replyRoutes, services);
  return app;
}
