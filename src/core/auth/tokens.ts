/**
 * A personal access token as the gateway lists it (never its secret), shared by the token
 * store and the console's Tokens screen.
 */
import type { Role } from './session.js';

export type TokenStatus = 'active' | 'expired' | 'revoked';

export interface TokenInfo {
  id: string;
  name: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: TokenStatus;
}

/** The answer to creating a token: the secret, in this one answer only, and the token's details. */
export interface CreatedToken {
  token: string;
  info: TokenInfo;
}
