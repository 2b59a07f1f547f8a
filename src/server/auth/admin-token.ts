/**
 * Admin access until full access control arrives: one bearer token, from ADMIN_TOKEN or
 * generated at first start. Only its SHA-256 is stored; the token itself is printed once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WenshuError } from '../../core/errors/codes.js';

const SETTING = 'admin_token_sha256';

export interface SettingsLike {
  get(key: string): Promise<string | undefined>;
  setIfAbsent(key: string, value: string): Promise<boolean>;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export interface AdminTokenState {
  hash: string;
  /** Set only on the start that generated it, so it can be shown once. */
  newToken?: string;
  source: 'config' | 'generated' | 'stored';
}

export async function ensureAdminToken(settings: SettingsLike, configured?: string): Promise<AdminTokenState> {
  if (configured) return { hash: sha256(configured), source: 'config' };
  const token = `wsa_${randomBytes(24).toString('base64url')}`;
  // Two replicas starting together: only the one whose insert wins prints its token.
  if (await settings.setIfAbsent(SETTING, sha256(token))) return { hash: sha256(token), newToken: token, source: 'generated' };
  const stored = await settings.get(SETTING);
  if (!stored) throw new Error('admin token hash vanished from settings');
  return { hash: stored, source: 'stored' };
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

export function adminGuard(state: AdminTokenState) {
  const expected = Buffer.from(state.hash, 'hex');
  return async function requireAdmin(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const token = bearer(request);
    if (!token) throw new WenshuError('unauthorized', 401);
    if (!timingSafeEqual(Buffer.from(sha256(token), 'hex'), expected)) throw new WenshuError('unauthorized', 401);
  };
}
