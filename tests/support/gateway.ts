/**
 * A real gateway for route tests: plain HTTP on a free loopback port, a fresh database of the
 * chosen dialect, the fake model server as its endpoint, and signed-in callers: an author token
 * (sent by default), an admin token, and the bootstrap ADMIN_TOKEN from the configuration.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { createServices } from '../../src/server/server.js';
import type { GatewayServices } from '../../src/server/services.js';
import { freshDatabase } from './databases.js';
import type { Dialect } from '../../src/server/db/database.js';

/** The bootstrap admin credential from the configuration (ADMIN_TOKEN). */
export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface GatewayTokens {
  /** A personal access token with the author role; request() sends it unless told otherwise. */
  author: string;
  /** A personal access token with the admin role; request() sends it with `admin: true`. */
  admin: string;
}

export interface RequestInit {
  method?: string;
  body?: unknown;
  /** Send the admin token instead of the author token. */
  admin?: boolean;
  /** Send no credentials at all. */
  anonymous?: boolean;
  /** An explicit authorization header here wins over both. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface TestGateway {
  url: string;
  app: FastifyInstance;
  services: GatewayServices;
  tokens: GatewayTokens;
  /** fetch against the gateway; JSON bodies are serialised and the author (or admin) token sent. */
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface TestGatewayOptions {
  modelUrl: string;
  dialect?: Dialect;
  env?: Record<string, string>;
  /** Sees every route the app registers (AppOptions.onRoute). */
  onRoute?: AppOptions['onRoute'];
  /** The app's logger (AppOptions.logger); off by default. */
  logger?: AppOptions['logger'];
}

export async function startTestGateway(opts: TestGatewayOptions): Promise<TestGateway> {
  const db = await freshDatabase(opts.dialect ?? 'sqlite', { migrate: false });
  await db.close();
  const config = loadConfig(
    // No generation limit unless a test asks for one: one test user drafts many times a minute.
    { TLS: 'false', MODEL_BASE_URL: opts.modelUrl, MODEL_NAME: 'fake-model', DATABASE_URL: db.url, ADMIN_TOKEN, LOG_LEVEL: 'silent', RATE_LIMIT_GENERATIONS_PER_MINUTE: '0', ...opts.env },
    {},
  );
  const { services } = await createServices(config);
  const tokens: GatewayTokens = {
    author: (await services.tokens.create({ name: 'test author', role: 'author', by: 'tests' })).token,
    admin: (await services.tokens.create({ name: 'test admin', role: 'admin', by: 'tests' })).token,
  };
  const app = await buildApp(services, { onRoute: opts.onRoute, logger: opts.logger });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    app,
    services,
    tokens,
    request(path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.body !== undefined) headers['content-type'] ??= 'application/json';
      const explicit = Object.keys(headers).some((h) => h.toLowerCase() === 'authorization');
      if (!explicit && !init.anonymous) headers.authorization = `Bearer ${init.admin ? tokens.admin : tokens.author}`;
      return fetch(url + path, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers,
        body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
        signal: init.signal,
      });
    },
    async close() {
      await services.lifecycle.drain(1000);
      await app.close();
      await services.database.close();
      await db.dispose();
    },
  };
}
