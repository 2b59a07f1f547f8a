/**
 * OIDC mode: `Authorization: Bearer <JWT>` from the organisation's identity provider (Entra ID
 * including Office SSO tokens, Keycloak, ADFS), checked with jose against the provider's JWKS:
 * signature, expiry, issuer and audience. The role comes from the configured claims.
 *
 * The key set is fetched on first use and cached (refetched for an unknown key id, at most
 * every 30 s), so starting the gateway never waits for the identity provider.
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { WenshuError } from '../../core/errors/codes.js';
import type { Principal } from './principal.js';

export interface OidcOptions {
  jwksUrl: string;
  /** Accepted iss values (ADFS: its access tokens' issuer differs from its discovery issuer). */
  issuer: string[];
  audience: string[];
  /** Claim paths holding roles; dotted for nested claims (realm_access.roles). */
  rolesClaims: string[];
  adminRole: string;
  /** When set, users without it (or the admin role) are refused. */
  authorRole?: string;
  nameClaim: string;
}

export type Verdict = { principal: Principal } | { problem: WenshuError };

/** Only public-key algorithms: a shared secret would let anyone holding it mint tokens. */
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** Errors that mean the provider's keys could not be had, not that the token is bad. */
const PROVIDER_DOWN = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JOSE_GENERIC', 'ERR_JWKS_INVALID']);

function claimAt(payload: JWTPayload, path: string): unknown {
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Scope claims are one space-separated string; other role claims are arrays or a single value. */
const SCOPE_CLAIMS = new Set(['scp', 'scope']);

/** Roles from arrays (roles, realm_access.roles), scope strings (scp) or one value (ADFS role). */
export function rolesOf(payload: JWTPayload, paths: readonly string[]): Set<string> {
  const roles = new Set<string>();
  for (const path of paths) {
    const value = claimAt(payload, path);
    const scopes = SCOPE_CLAIMS.has(path.split('.').pop() ?? '');
    const items = Array.isArray(value) ? value : typeof value === 'string' ? (scopes ? value.split(/\s+/) : [value]) : [];
    for (const item of items) if (typeof item === 'string' && item) roles.add(item);
  }
  return roles;
}

function nameOf(payload: JWTPayload, claim: string): string | undefined {
  for (const path of [claim, 'upn', 'email', 'sub']) {
    const value = claimAt(payload, path);
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

export function createOidcVerifier(options: OidcOptions, keys?: JWTVerifyGetKey): (token: string) => Promise<Verdict> {
  const getKey = keys ?? createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: 30,
      }));
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (code === 'ERR_JWT_EXPIRED') return { problem: new WenshuError('auth_expired', 401) };
      if (typeof code !== 'string' || PROVIDER_DOWN.has(code)) {
        const problem = new WenshuError('auth_provider_unreachable', 503);
        problem.cause = err;
        return { problem };
      }
      const problem = new WenshuError('auth_invalid', 401);
      problem.cause = err;
      return { problem };
    }
    const id = typeof payload.sub === 'string' && payload.sub ? payload.sub : undefined;
    const name = nameOf(payload, options.nameClaim);
    if (!id || !name) return { problem: new WenshuError('auth_invalid', 401) };
    const roles = rolesOf(payload, options.rolesClaims);
    if (roles.has(options.adminRole)) return { principal: { id, name, role: 'admin', via: 'oidc' } };
    if (options.authorRole && !roles.has(options.authorRole)) {
      return { problem: new WenshuError('auth_role_missing', 403, { role: options.authorRole }) };
    }
    return { principal: { id, name, role: 'author', via: 'oidc' } };
  };
}

/** A start-up note when the key set cannot be fetched; bounded, so a slow provider never holds the start. */
export async function jwksWarning(jwksUrl: string, timeoutMs = 3000): Promise<string | undefined> {
  try {
    const res = await fetch(jwksUrl, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
    const body = (await res.json().catch(() => null)) as { keys?: unknown } | null;
    if (res.ok && Array.isArray(body?.keys)) return undefined;
    return `Warning: OIDC_JWKS_URL ${jwksUrl} answered ${res.status} without a key set; sign-ins fail until it does.`;
  } catch (err) {
    return `Warning: OIDC_JWKS_URL ${jwksUrl} is not reachable yet (${(err as Error).message}); sign-ins fail until it is.`;
  }
}
