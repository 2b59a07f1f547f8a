/**
 * Starting and stopping the gateway: storage migrated and seeded, the admin token, the model
 * endpoint policy, TLS, then listen. Closing lets running streams finish within the grace time.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from './app.js';
import type { Config } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { TemplateStore } from './templates/store.js';
import { SettingsStore } from './settings/store.js';
import { loadBuiltinTemplates } from './templates/builtins.js';
import { TokenStore } from './auth/token-store.js';
import { ensureFirstAdminToken } from './auth/first-admin.js';
import { createAuthenticator } from './auth/authenticator.js';
import { jwksWarning } from './auth/oidc.js';
import { createModelClient } from './model/client.js';
import { ModelQueue } from './model/queue.js';
import { createEndpointGuard } from './endpoint-guard.js';
import { Lifecycle } from './lifecycle.js';
import { loadTls } from './tls.js';
import { WenshuError } from '../core/errors/codes.js';
import type { GatewayServices } from './services.js';

export interface Gateway {
  app: FastifyInstance;
  services: GatewayServices;
  url: string;
  /** Notes for the start-up banner: seeded templates, a new admin token, the certificate. */
  notes: string[];
  close(): Promise<void>;
}

export async function createServices(config: Config): Promise<{ services: GatewayServices; notes: string[] }> {
  const notes: string[] = [];
  const database = await openDatabase(config.DATABASE_URL);
  try {
    await migrateToLatest(database);
    const templates = new TemplateStore(database);
    const seeded = await templates.seed(loadBuiltinTemplates(), { by: 'system' });
    if (seeded.length) notes.push(`Seeded ${seeded.length} built-in templates.`);
    const settings = new SettingsStore(database);
    const tokens = new TokenStore(database);
    if (config.AUTH_MODE === 'token' && !config.ADMIN_TOKEN) {
      const first = await ensureFirstAdminToken(tokens, settings);
      if (first) notes.push(`Admin token (shown once, stored only as a hash; keep it safe):\n    ${first}\n  More tokens: npm run wenshu -- token create --role author --name "<person>"`);
    }
    if (config.AUTH_MODE === 'oidc') {
      const warning = await jwksWarning(config.OIDC_JWKS_URL!);
      if (warning) notes.push(warning);
    }
    const endpoint = createEndpointGuard(config.MODEL_BASE_URL, config.MODEL_ALLOWED_HOSTS);
    try {
      await endpoint.check();
    } catch (err) {
      // A public endpoint is a policy violation: refuse to start. An unreachable one may come up later.
      if (err instanceof WenshuError && err.code === 'model_refused_endpoint') throw err;
      notes.push(`Warning: ${(err as Error).message}`);
    }
    const model = createModelClient({
      baseURL: config.MODEL_BASE_URL,
      apiKey: config.MODEL_API_KEY,
      model: config.MODEL_NAME,
      idleTimeoutMs: config.MODEL_IDLE_TIMEOUT_MS,
      totalTimeoutMs: config.MODEL_TOTAL_TIMEOUT_MS,
      maxRetryAfterMs: config.MODEL_MAX_RETRY_AFTER_MS,
      maxTokens: config.MODEL_MAX_TOKENS,
      temperature: config.MODEL_TEMPERATURE,
    });
    // Say at start whether drafting will work, so nobody learns it from a failed draft.
    try {
      const models = await model.listModels(AbortSignal.timeout(3000));
      if (!models.includes(config.MODEL_NAME)) {
        notes.push(`Warning: the model server at ${config.MODEL_BASE_URL} does not list "${config.MODEL_NAME}" (it has: ${models.slice(0, 5).join(', ') || 'none'}). Set MODEL_NAME.`);
      }
    } catch {
      notes.push(`Warning: the model server is not reachable at ${config.MODEL_BASE_URL} yet; drafts fail until it is (see README, "Connecting a model server").`);
    }
    const queue = new ModelQueue({ concurrency: config.MODEL_CONCURRENCY, maxWaiting: config.MODEL_QUEUE_LIMIT });
    const services: GatewayServices = { config, database, templates, settings, model, queue, endpoint, lifecycle: new Lifecycle(), tokens, auth: createAuthenticator(config, tokens) };
    return { services, notes };
  } catch (err) {
    await database.close();
    throw err;
  }
}

export async function startGateway(config: Config, opts: Pick<AppOptions, 'logger'> = {}): Promise<Gateway> {
  const { services, notes } = await createServices(config);
  let https: AppOptions['https'];
  if (config.TLS) {
    const tls = await loadTls({ certFile: config.TLS_CERT, keyFile: config.TLS_KEY, dataDir: config.DATA_DIR, hostname: new URL(config.PUBLIC_URL).hostname });
    https = { key: tls.key, cert: tls.cert };
    if (tls.source === 'self-signed (new)') notes.push(`Created a self-signed certificate: ${tls.certPath} (trust it once in the OS certificate store so Office accepts it).`);
  }
  const app = await buildApp(services, { https, logger: opts.logger });
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (err) {
    await services.database.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `${config.TLS ? 'https' : 'http'}://localhost:${port}`;
  let closing: Promise<void> | undefined;
  return {
    app,
    services,
    url,
    notes,
    close() {
      closing ??= (async () => {
        await services.lifecycle.drain(config.SHUTDOWN_GRACE_MS);
        await app.close();
        await services.database.close();
      })();
      return closing;
    },
  };
}
