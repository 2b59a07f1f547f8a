/**
 * Every setting in one schema, read from the environment and an optional wenshu.config.json
 * (environment wins). A bad value stops the start with a message naming the setting.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { isAddressOrCidr } from './auth/addresses.js';
import { OFFICE_WEB_FRAME_ANCESTORS, frameAncestorsProblem, splitSources } from './security/csp-sources.js';

const bool = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes' || v === 'on');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const csv = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean));
/** Like csv, but keeps the case: audiences and claim values are case-sensitive. */
const list = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean));
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
const frameAncestors = z
  .union([z.string(), z.array(z.string())])
  .transform(splitSources)
  .superRefine((sources, ctx) => {
    const problem = frameAncestorsProblem(sources);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Each entry: schema, default and the one-line description used by the README table and errors. */
export const SETTINGS = {
  PORT: { schema: int(1, 65535), default: 3000, doc: 'Port the gateway listens on.' },
  HOST: { schema: z.string().min(1), default: '0.0.0.0', doc: 'Interface to listen on (0.0.0.0 = all, 127.0.0.1 = this machine only).' },
  PUBLIC_URL: { schema: httpUrl.optional(), default: undefined, doc: 'The https URL Office reaches the gateway at; written into both manifests. Default https://localhost:PORT.' },
  TLS: { schema: bool, default: true, doc: 'Serve HTTPS (Office requires it). Set false only for tests or behind a TLS-terminating proxy.' },
  TLS_CERT: { schema: z.string().optional(), default: undefined, doc: 'PEM certificate file. Unset: a self-signed one is created under DATA_DIR/tls.' },
  TLS_KEY: { schema: z.string().optional(), default: undefined, doc: 'PEM private key file for TLS_CERT.' },
  DATA_DIR: { schema: z.string().min(1), default: './data', doc: 'Folder for the SQLite database and the generated certificate.' },
  DATABASE_URL: { schema: z.string().regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'must start with sqlite: or postgres://').optional(), default: undefined, doc: 'sqlite:<file> (default sqlite:DATA_DIR/wenshu.db) or postgres://user:pass@host/db.' },
  MODEL_BASE_URL: { schema: httpUrl, default: 'http://127.0.0.1:11434/v1', doc: 'OpenAI-compatible endpoint, ending in /v1 (Ollama: http://host:11434/v1, vLLM: http://host:8000/v1).' },
  MODEL_NAME: { schema: z.string().min(1), default: 'qwen2.5:7b-instruct', doc: 'Model name the endpoint serves.' },
  MODEL_API_KEY: { schema: z.string().optional(), default: undefined, doc: 'API key for the endpoint, if it needs one. Stays on the gateway.' },
  MODEL_ALLOWED_HOSTS: { schema: csv, default: [] as string[], doc: 'Comma-separated model hosts allowed even though they resolve to public addresses.' },
  MODEL_CONCURRENCY: { schema: int(1, 1000), default: 4, doc: 'Streams sent to the model server at once.' },
  MODEL_QUEUE_LIMIT: { schema: int(0, 100_000), default: 100, doc: 'Requests that may wait for a free slot; more are refused with 503.' },
  MODEL_IDLE_TIMEOUT_MS: { schema: int(100, 3_600_000), default: 60_000, doc: 'Longest wait for the next chunk (and the first) before a stream is abandoned.' },
  MODEL_TOTAL_TIMEOUT_MS: { schema: int(1000, 7_200_000), default: 300_000, doc: 'Longest a single generation may take.' },
  MODEL_MAX_RETRY_AFTER_MS: { schema: int(0, 600_000), default: 10_000, doc: 'Longest Retry-After the gateway waits out before its one retry.' },
  MODEL_MAX_TOKENS: { schema: int(16, 200_000), default: 2048, doc: 'Upper bound on tokens generated per candidate.' },
  MODEL_TEMPERATURE: { schema: z.coerce.number().min(0).max(2), default: 0.4, doc: 'Sampling temperature.' },
  OFFICE_JS_URL: { schema: z.string().min(1), default: '/office-js/office.js', doc: 'Where the pages load office.js from: served by the gateway by default; may be Microsoft\'s CDN.' },
  ADMIN_TOKEN: { schema: z.string().min(16, 'must be at least 16 characters').optional(), default: undefined, doc: 'Bootstrap admin bearer token (for CI and first setup), accepted in every AUTH_MODE. Unset in token mode: a first admin token is generated at first start, stored hashed and printed once.' },
  AUTH_MODE: { schema: z.enum(['token', 'oidc', 'trusted-header']), default: 'token', doc: 'How people sign in: token (personal access tokens), oidc (bearer JWTs from your identity provider) or trusted-header (a reverse proxy names the user).' },
  OIDC_JWKS_URL: { schema: httpUrl.optional(), default: undefined, doc: 'oidc: the identity provider\'s JSON Web Key Set URL (jwks_uri in its discovery document).' },
  OIDC_ISSUER: { schema: list.pipe(z.array(z.string()).min(1, 'name at least one issuer')).optional(), default: undefined, doc: 'oidc: comma-separated iss values tokens may carry; the first one\'s /.well-known/openid-configuration gives the sign-in page its token endpoint.' },
  OIDC_AUDIENCE: { schema: list.pipe(z.array(z.string()).min(1, 'name at least one audience')).optional(), default: undefined, doc: 'oidc: comma-separated accepted aud values (e.g. api://wenshu and the client id).' },
  OIDC_ROLES_CLAIM: { schema: list.pipe(z.array(z.string()).min(1, 'name at least one claim')), default: ['roles'] as string[], doc: 'oidc: comma-separated claim paths holding roles, dotted for nested claims (Keycloak: realm_access.roles; Entra ID delegated scopes: roles,scp).' },
  OIDC_ADMIN_ROLE: { schema: z.string().min(1), default: 'wenshu-admin', doc: 'oidc: the role that makes a user an admin.' },
  OIDC_AUTHOR_ROLE: { schema: z.string().min(1).optional(), default: undefined, doc: 'oidc: when set, only users with this role (or the admin role) may use Wenshu; unset, any valid token is an author.' },
  OIDC_NAME_CLAIM: { schema: z.string().min(1), default: 'preferred_username', doc: 'oidc: claim naming the user; falls back to upn, email, then sub.' },
  OIDC_AUTHORIZE_URL: { schema: httpUrl.optional(), default: undefined, doc: 'oidc: the authorization endpoint the pane\'s sign-in dialog opens (authorization code + PKCE).' },
  OIDC_CLIENT_ID: { schema: z.string().min(1).optional(), default: undefined, doc: 'oidc: the public client id registered for the pane, with redirect URI PUBLIC_URL/signin.html.' },
  OIDC_SCOPE: { schema: z.string().min(1), default: 'openid profile', doc: 'oidc: scopes the sign-in dialog asks for (Entra ID: add api://<app>/access_as_user).' },
  TRUSTED_HEADER: { schema: z.string().regex(/^[A-Za-z0-9-]+$/, 'must be an HTTP header name').optional(), default: undefined, doc: 'trusted-header: the header the proxy sets to the signed-in user name, e.g. X-Remote-User.' },
  TRUSTED_PROXIES: { schema: csv.pipe(z.array(z.string().refine(isAddressOrCidr, 'each entry must be an IP address or CIDR range'))), default: [] as string[], doc: 'trusted-header: comma-separated proxy addresses or CIDR ranges; the header is believed only from these.' },
  TRUSTED_ADMINS: { schema: csv, default: [] as string[], doc: 'trusted-header: comma-separated user names (as the proxy sends them) who are admins.' },
  BODY_LIMIT_BYTES: { schema: int(1024, 50 * 1024 * 1024), default: 1024 * 1024, doc: 'Largest request body accepted (413 beyond).' },
  FRAME_ANCESTORS: { schema: frameAncestors, default: [...OFFICE_WEB_FRAME_ANCESTORS] as string[], doc: 'Pages allowed to frame the task pane (CSP frame-ancestors), space- or comma-separated: \'self\' and the Office on the web hosts by default. The admin console is never framed.' },
  RATE_LIMIT_GENERATIONS_PER_MINUTE: { schema: int(0, 100_000), default: 20, doc: 'Drafts, revisions and replies one user may start per minute (429 beyond, with Retry-After); 0 turns the limit off.' },
  SHUTDOWN_GRACE_MS: { schema: int(0, 600_000), default: 15_000, doc: 'On SIGTERM, how long running streams may finish.' },
  LOG_LEVEL: { schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), default: 'info', doc: 'Log level.' },
} as const;

type Settings = typeof SETTINGS;
export type SettingName = keyof Settings;
export type Config = { [K in SettingName]: z.output<Settings[K]['schema']> } & {
  PUBLIC_URL: string;
  DATABASE_URL: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Wenshu cannot start: the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describeAllowed(name: SettingName, message: string): string {
  return `${name}: ${message}. ${SETTINGS[name].doc}`;
}

/** The settings each sign-in mode cannot do without. */
function checkAuthSettings(cfg: Config): string[] {
  const missing = (names: SettingName[], why: string) =>
    names.filter((n) => cfg[n] === undefined || (Array.isArray(cfg[n]) && cfg[n].length === 0)).map((n) => describeAllowed(n, `required when ${why}`));
  if (cfg.AUTH_MODE === 'oidc') {
    return missing(['OIDC_JWKS_URL', 'OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_AUTHORIZE_URL', 'OIDC_CLIENT_ID'], 'AUTH_MODE=oidc');
  }
  if (cfg.AUTH_MODE === 'trusted-header') return missing(['TRUSTED_HEADER', 'TRUSTED_PROXIES'], 'AUTH_MODE=trusted-header');
  return [];
}

/** Reads wenshu.config.json (keys are the setting names) from the working folder when present. */
export function readConfigFile(path = resolve('wenshu.config.json')): Record<string, unknown> {
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigError([`${path} is not valid JSON: ${(err as Error).message}`]);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError([`${path} must hold a JSON object`]);
  const unknown = Object.keys(parsed).filter((k) => !(k in SETTINGS));
  if (unknown.length) throw new ConfigError(unknown.map((k) => `${path}: unknown setting "${k}"; known settings are listed in the README`));
  return parsed as Record<string, unknown>;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, file: Record<string, unknown> = readConfigFile()): Config {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const setting = SETTINGS[name];
    const raw = env[name] !== undefined && env[name] !== '' ? env[name] : file[name];
    if (raw === undefined) {
      out[name] = setting.default;
      continue;
    }
    const result = (setting.schema as z.ZodType).safeParse(raw);
    if (result.success) out[name] = result.data;
    else problems.push(describeAllowed(name, result.error.issues.map((i) => i.message).join('; ')));
  }
  if (problems.length) throw new ConfigError(problems);
  const cfg = out as Config;
  if ((cfg.TLS_CERT === undefined) !== (cfg.TLS_KEY === undefined)) {
    throw new ConfigError(['TLS_CERT and TLS_KEY: set both (your own certificate) or neither (a self-signed one is made)']);
  }
  const authProblems = checkAuthSettings(cfg);
  if (authProblems.length) throw new ConfigError(authProblems);
  cfg.PUBLIC_URL = (cfg.PUBLIC_URL ?? `${cfg.TLS ? 'https' : 'http'}://localhost:${cfg.PORT}`).replace(/\/+$/, '');
  cfg.DATABASE_URL ??= `sqlite:${resolve(cfg.DATA_DIR, 'wenshu.db')}`;
  return cfg;
}
