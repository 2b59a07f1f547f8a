/**
 * Turns a request's credentials into a Principal, in the configured AUTH_MODE:
 *  - token: personal access tokens (wsa_…/wsu_…) looked up by hash;
 *  - oidc: JWTs from the identity provider (oidc.ts);
 *  - trusted-header: the user name a trusted reverse proxy puts in TRUSTED_HEADER.
 * Personal access tokens and the bootstrap ADMIN_TOKEN work in every mode, for scripts and CI.
 * Credentials that were sent but refused give a problem the guards answer with; none at all
 * give neither, and public routes do not care.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { JWTVerifyGetKey } from 'jose';
import { WenshuError } from '../../core/errors/codes.js';
import type { Config } from '../config.js';
import { addressMatcher } from './addresses.js';
import { createOidcVerifier } from './oidc.js';
import type { Principal } from './principal.js';
import { sha256, type TokenStore } from './token-store.js';

export type AuthMode = Config['AUTH_MODE'];

export interface AuthResult {
  principal?: Principal;
  problem?: WenshuError;
}

export interface Authenticator {
  mode: AuthMode;
  authenticate(request: FastifyRequest): Promise<AuthResult>;
}

export interface AuthenticatorOptions {
  /** Tests may hand in a key set; otherwise OIDC_JWKS_URL is fetched on first use. */
  oidcKeys?: JWTVerifyGetKey;
}

const PAT = /^ws[au]_[A-Za-z0-9_-]{20,}$/;
const MAX_NAME = 256;

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  return match?.[1];
}

function bootstrapAdmin(configured: string | undefined): (token: string) => boolean {
  if (!configured) return () => false;
  const expected = Buffer.from(sha256(configured), 'hex');
  return (token) => timingSafeEqual(Buffer.from(sha256(token), 'hex'), expected);
}

const TOKEN_PROBLEMS = { unknown: 'auth_invalid', revoked: 'auth_revoked', expired: 'auth_expired' } as const;

export function createAuthenticator(config: Config, tokens: TokenStore, options: AuthenticatorOptions = {}): Authenticator {
  const isBootstrap = bootstrapAdmin(config.ADMIN_TOKEN);
  const oidc =
    config.AUTH_MODE === 'oidc'
      ? createOidcVerifier(
          {
            jwksUrl: config.OIDC_JWKS_URL!,
            issuer: config.OIDC_ISSUER!,
            audience: config.OIDC_AUDIENCE!,
            rolesClaims: config.OIDC_ROLES_CLAIM,
            adminRole: config.OIDC_ADMIN_ROLE,
            authorRole: config.OIDC_AUTHOR_ROLE,
            nameClaim: config.OIDC_NAME_CLAIM,
          },
          options.oidcKeys,
        )
      : undefined;
  const header = config.AUTH_MODE === 'trusted-header' ? config.TRUSTED_HEADER!.toLowerCase() : undefined;
  const fromProxy = addressMatcher(config.AUTH_MODE === 'trusted-header' ? config.TRUSTED_PROXIES : []);
  const admins = new Set(config.TRUSTED_ADMINS);

  function proxyUser(request: FastifyRequest): Principal | undefined {
    if (!header) return undefined;
    const raw = request.headers[header];
    const name = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (!name || name.length > MAX_NAME || /\p{Cc}/u.test(name)) return undefined;
    // The header is only as good as the connection it came on: anyone can send it.
    if (!fromProxy(request.socket.remoteAddress)) {
      request.log.warn({ remoteAddress: request.socket.remoteAddress }, `${config.TRUSTED_HEADER} ignored: not from a TRUSTED_PROXIES address`);
      return undefined;
    }
    return { id: name, name, role: admins.has(name.toLowerCase()) ? 'admin' : 'author', via: 'trusted-header' };
  }

  async function personalToken(token: string): Promise<AuthResult> {
    const checked = await tokens.check(token);
    if (!checked.ok) return { problem: new WenshuError(TOKEN_PROBLEMS[checked.reason], 401) };
    const { id, name, role } = checked.token;
    return { principal: { id, name, role, via: 'token' } };
  }

  return {
    mode: config.AUTH_MODE,
    async authenticate(request) {
      const user = proxyUser(request);
      if (user) return { principal: user };
      const token = bearerToken(request);
      if (!token) return {};
      if (isBootstrap(token)) return { principal: { id: 'ADMIN_TOKEN', name: 'admin (ADMIN_TOKEN)', role: 'admin', via: 'token' } };
      if (oidc && !PAT.test(token)) {
        const verdict = await oidc(token);
        if ('principal' in verdict) return verdict;
        request.log.info({ code: verdict.problem.code, reason: (verdict.problem.cause as Error | undefined)?.message }, 'OIDC token refused');
        return verdict;
      }
      return personalToken(token);
    },
  };
}
