/**
 * /healthz: the process answers. /readyz: the database answers and the model endpoint lists
 * its models, each with its latency, so a load balancer can take a replica out of rotation.
 */
import type { FastifyInstance } from 'fastify';
import { WenshuError } from '../../core/errors/codes.js';
import type { GatewayServices } from '../services.js';

interface Check {
  ok: boolean;
  ms: number;
  error?: string;
  detail?: Record<string, unknown>;
}

async function timed(fn: () => Promise<Record<string, unknown> | void>, timeoutMs: number): Promise<Check> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const detail = await Promise.race([
      fn(),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs))),
    ]);
    return { ok: true, ms: Math.round(performance.now() - start), ...(detail ? { detail } : {}) };
  } catch (err) {
    return { ok: false, ms: Math.round(performance.now() - start), error: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

export async function healthRoutes(app: FastifyInstance, services: GatewayServices): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }));

  app.get('/readyz', async (_request, reply) => {
    const [database, model] = await Promise.all([
      timed(() => services.database.ping(), 3000),
      timed(async () => {
        await services.endpoint.check();
        const models = await services.model.listModels(AbortSignal.timeout(5000));
        const name = services.config.MODEL_NAME;
        return { endpoint: services.config.MODEL_BASE_URL, models: models.slice(0, 20), configuredModelListed: models.includes(name) };
      }, 6000),
    ]);
    if (!model.ok && model.error === undefined) model.error = new WenshuError('model_unreachable', 502, { url: services.config.MODEL_BASE_URL }).message;
    const ready = database.ok && model.ok;
    const { running, waiting } = services.queue.stats();
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', checks: { database, model }, queue: { running, waiting } });
  });
}
