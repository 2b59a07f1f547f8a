/** Plugin wiring: builds the Fastify app from ready services. server.ts listens; tests inject. */
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import { installErrorHandler } from './http/errors.js';
import { zodValidatorCompiler } from './http/zod.js';
import { installSecurity } from './security/plugin.js';
import { staticRoutes } from './static/routes.js';
import { healthRoutes } from './health/routes.js';
import { templateRoutes } from './templates/routes.js';
import { adminTemplateRoutes } from './templates/admin-routes.js';
import { templatePreviewRoutes } from './templates/preview-routes.js';
import { draftRoutes } from './drafts/routes.js';
import { reviewSettingsRoutes } from './officialdoc/review-settings.js';
import { officialDocRoutes } from './officialdoc/routes.js';
import { replyRoutes } from './replies/routes.js';
import { auditRoutes } from './audit/routes.js';
import { usageRoutes } from './usage/routes.js';
import { installAuth } from './auth/plugin.js';
import { sessionRoutes } from './auth/session-routes.js';
import { tokenRoutes } from './auth/token-routes.js';
import { signInPage } from './auth/signin-page.js';
import type { GatewayServices } from './services.js';

export interface AppOptions {
  https?: { key: string; cert: string };
  logger?: FastifyServerOptions['logger'];
  /** Sees every route as it is added (the authorisation matrix test lists them this way). */
  onRoute?: (route: RouteOptions) => void;
}

export async function buildApp(services: GatewayServices, opts: AppOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const app = (opts.https
    ? Fastify({ https: opts.https, logger: opts.logger ?? false, bodyLimit: config.BODY_LIMIT_BYTES, forceCloseConnections: 'idle' })
    : Fastify({ logger: opts.logger ?? false, bodyLimit: config.BODY_LIMIT_BYTES, forceCloseConnections: 'idle' })) as unknown as FastifyInstance;
  app.setValidatorCompiler(zodValidatorCompiler);
  installErrorHandler(app, config.BODY_LIMIT_BYTES);
  // First, so its headers and origin check cover every answer, refusals by the auth guards included.
  await installSecurity(app, config);

  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);
  installAuth(app, services.auth);

  await app.register(healthRoutes, services);
  await app.register(staticRoutes, { publicUrl: config.PUBLIC_URL, officeJsUrl: config.OFFICE_JS_URL });
  await app.register(templateRoutes, services);
  await app.register(adminTemplateRoutes, services);
  await app.register(templatePreviewRoutes, services);
  await app.register(draftRoutes, services);
  await app.register(reviewSettingsRoutes, services);
  await app.register(officialDocRoutes);
  await app.register(replyRoutes, services);
  await app.register(auditRoutes, services);
  await app.register(usageRoutes, services);
  await app.register(sessionRoutes, services);
  await app.register(tokenRoutes, services);
  await app.register(signInPage, services);
  return app;
}
