/**
 * Personal access tokens on SQLite or PostgreSQL. A token is shown once when created; only its
 * SHA-256 is stored, so a copy of the database gives nobody a working token. Tokens are never
 * deleted, only revoked, so the list keeps who had access and when.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { WenshuError } from '../../core/errors/codes.js';
import type { Database } from '../db/database.js';
import type { AccessTokensTable, Schema } from '../db/schema.js';
import type { CreatedToken, TokenInfo } from '../../core/auth/tokens.js';
import type { Role } from './principal.js';

export type { TokenInfo } from '../../core/auth/tokens.js';

export interface NewToken {
  name: string;
  role: Role;
  by: string;
  /** Unset: the token does not expire. */
  expiresAt?: Date;
}

export type TokenCheck = { ok: true; token: TokenInfo } | { ok: false; reason: 'unknown' | 'revoked' | 'expired' };

/** Last-used times are written at most this often per token, so reads stay reads. */
const TOUCH_EVERY_MS = 5 * 60_000;

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** wsa_ for admin tokens, wsu_ for authors: a person can tell which kind they hold. */
export function newTokenSecret(role: Role): string {
  return `${role === 'admin' ? 'wsa' : 'wsu'}_${randomBytes(32).toString('base64url')}`;
}

function toInfo(row: Selectable<AccessTokensTable>, now = new Date()): TokenInfo {
  const status = row.revoked_at ? 'revoked' : row.expires_at && row.expires_at <= now.toISOString() ? 'expired' : 'active';
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    status,
  };
}

export class TokenStore {
  private readonly db: Kysely<Schema>;

  constructor(database: Database) {
    this.db = database.db;
  }

  /** Creates a token; the returned secret is the only copy there will ever be. */
  async create(input: NewToken): Promise<CreatedToken> {
    const token = newTokenSecret(input.role);
    const row = {
      id: `tok_${randomBytes(6).toString('hex')}`,
      name: input.name,
      role: input.role,
      token_sha256: sha256(token),
      created_by: input.by,
      created_at: new Date().toISOString(),
      expires_at: input.expiresAt?.toISOString() ?? null,
      last_used_at: null,
      revoked_at: null,
    };
    await this.db.insertInto('access_tokens').values(row).execute();
    return { token, info: toInfo(row) };
  }

  /** Newest first. */
  async list(): Promise<TokenInfo[]> {
    const rows = await this.db.selectFrom('access_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
    const now = new Date();
    return rows.map((r) => toInfo(r, now));
  }

  async get(id: string): Promise<TokenInfo | undefined> {
    const row = await this.db.selectFrom('access_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toInfo(row);
  }

  /** Revokes at once; revoking twice keeps the first time. */
  async revoke(id: string): Promise<TokenInfo> {
    await this.db.updateTable('access_tokens').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    const info = await this.get(id);
    if (!info) throw new WenshuError('token_not_found', 404, { id });
    return info;
  }

  /** Looks a presented token up by its hash and notes when it was last used. */
  async check(token: string): Promise<TokenCheck> {
    const row = await this.db.selectFrom('access_tokens').selectAll().where('token_sha256', '=', sha256(token)).executeTakeFirst();
    if (!row) return { ok: false, reason: 'unknown' };
    const now = new Date();
    const info = toInfo(row, now);
    if (info.status !== 'active') return { ok: false, reason: info.status };
    const stale = new Date(now.getTime() - TOUCH_EVERY_MS).toISOString();
    if (!row.last_used_at || row.last_used_at < stale) {
      const at = now.toISOString();
      // Guarded, so replicas seeing the same token at once write once.
      await this.db
        .updateTable('access_tokens')
        .set({ last_used_at: at })
        .where('id', '=', row.id)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', stale)]))
        .execute();
      info.lastUsedAt = at;
    }
    return { ok: true, token: info };
  }

  async hasActiveAdmin(): Promise<boolean> {
    const rows = await this.db
      .selectFrom('access_tokens')
      .select(['id', 'expires_at'])
      .where('role', '=', 'admin')
      .where('revoked_at', 'is', null)
      .execute();
    const now = new Date().toISOString();
    return rows.some((r) => !r.expires_at || r.expires_at > now);
  }
}
