/** The audit plugin: the pane's accept/discard events, the admin routes and the retention job. */
import type { FastifyInstance } from 'fastify';
import type { GatewayServices } from '../services.js';
import { auditAdminRoutes } from './admin-routes.js';
import { eventRoutes } from './event-routes.js';
import { RetentionJob } from './retention.js';

export async function auditRoutes(app: FastifyInstance, services: GatewayServices): Promise<void> {
  await eventRoutes(app, services);
  await auditAdminRoutes(app, services);
  const retention = new RetentionJob({ database: services.database, settings: services.settings, log: app.log });
  app.addHook('onClose', async () => retention.stop());
  await retention.start();
}
