/**
 * The first admin token, made once per database at the first start in token mode and printed
 * once. A settings row marks that it happened, so replicas starting together print one token
 * and a later start never prints another (lost tokens are replaced with `npm run wenshu`).
 */
import type { SettingsStore } from '../settings/store.js';
import type { TokenStore } from './token-store.js';

const MARK = 'auth.first_admin_token';

export async function ensureFirstAdminToken(tokens: TokenStore, settings: Pick<SettingsStore, 'setIfAbsent'>): Promise<string | undefined> {
  if (!(await settings.setIfAbsent(MARK, new Date().toISOString()))) return undefined;
  if (await tokens.hasActiveAdmin()) return undefined;
  const { token } = await tokens.create({ name: 'first admin', role: 'admin', by: 'system' });
  return token;
}
