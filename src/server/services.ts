/** What the routes need, built once at start (or by a test) and passed to buildApp. */
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { TemplateStore } from './templates/store.js';
import type { SettingsStore } from './settings/store.js';
import type { ModelClient } from './model/client.js';
import type { ModelQueue } from './model/queue.js';
import type { Lifecycle } from './lifecycle.js';
import type { TokenStore } from './auth/token-store.js';
import type { Authenticator } from './auth/authenticator.js';

export interface EndpointGuard {
  /** Throws model_refused_endpoint / model_unreachable when the model host is not allowed. */
  check(): Promise<void>;
}

export interface GatewayServices {
  config: Config;
  database: Database;
  templates: TemplateStore;
  settings: SettingsStore;
  model: ModelClient;
  queue: ModelQueue;
  endpoint: EndpointGuard;
  lifecycle: Lifecycle;
  tokens: TokenStore;
  /** Resolves each request's principal in the configured AUTH_MODE. */
  auth: Authenticator;
}
