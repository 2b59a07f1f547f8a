/**
 * The admin console's view of /api/admin/tokens: personal access tokens listed (never the
 * secrets), created (the secret is in that one answer) and revoked. Shapes mirror the
 * gateway's TokenStore; the add-in may not import server code, so they are restated here.
 */
import type { Locale } from '../../src/core/i18n/locale.js';
import { adminRequest } from './admin-http.js';

export type TokenRole = 'admin' | 'author';
export const TOKEN_ROLES: readonly TokenRole[] = ['author', 'admin'];

export interface AccessToken {
  id: string;
  name: string;
  role: TokenRole;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: 'active' | 'expired' | 'revoked';
}

export interface NewTokenRequest {
  name: string;
  role: TokenRole;
  /** Unset: the token never expires. */
  expiresInDays?: number;
}

export interface CreatedToken {
  /** The secret: shown once, never retrievable again. */
  token: string;
  info: AccessToken;
}

const BASE = '/api/admin/tokens';

export async function listTokens(locale: Locale, signal?: AbortSignal): Promise<AccessToken[]> {
  const body = await adminRequest<{ tokens?: AccessToken[] }>('GET', BASE, { locale, signal });
  return Array.isArray(body.tokens) ? body.tokens : [];
}

export function createToken(request: NewTokenRequest, locale: Locale): Promise<CreatedToken> {
  return adminRequest('POST', BASE, { locale, body: request });
}

export async function revokeToken(id: string, locale: Locale): Promise<AccessToken> {
  return (await adminRequest<{ token: AccessToken }>('DELETE', `${BASE}/${encodeURIComponent(id)}`, { locale })).token;
}
