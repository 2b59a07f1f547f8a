/**
 * A real gateway for route tests: plain HTTP on a free loopback port, a fresh database of the
 * chosen dialect, the fake model server as its endpoint, and a known admin token.
 */
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { createServices } from '../../src/server/server.js';
import type { GatewayServices } from '../../src/server/services.js';
import { freshDatabase } from './databases.js';
import type { Dialect } from '../../src/server/db/database.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface TestGateway {
  url: string;
  app: FastifyInstance;
  services: GatewayServices;
  /** fetch against the gateway; JSON bodies are serialised and the admin token added on request. */
  request(path: string, init?: { method?: string; body?: unknown; admin?: boolean; headers?: Record<string, string>; signal?: AbortSignal }): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestGateway(opts: { modelUrl: string; dialect?: Dialect; env?: Record<string, string> }): Promise<TestGateway> {
  const db = await freshDatabase(opts.dialect ?? 'sqlite', { migrate: false });
  await db.close();
  const config = loadConfig(
    { TLS: 'false', MODEL_BASE_URL: opts.modelUrl, MODEL_NAME: 'fake-model', DATABASE_URL: db.url, ADMIN_TOKEN, LOG_LEVEL: 'silent', ...opts.env },
    {},
  );
  const { services } = await createServices(config);
  const app = await buildApp(services);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    app,
    services,
    request(path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.body !== undefined) headers['content-type'] ??= 'application/json';
      if (init.admin) headers.authorization = `Bearer ${ADMIN_TOKEN}`;
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
