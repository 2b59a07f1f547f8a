/**
 * `npm run wenshu -- token create|list|revoke`: manage personal access tokens on the configured
 * database (the same settings as `npm start`), e.g. to make the first admin token again after
 * losing it. Exit codes: 0 done, 1 failed, 2 wrong usage or configuration.
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { WenshuError } from '../core/errors/codes.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { ROLES, type Role } from './auth/principal.js';
import { TokenStore, type TokenInfo } from './auth/token-store.js';

const USAGE = `Usage: npm run wenshu -- <command>

  token create --role admin|author --name "<person or purpose>" [--expires-days <n>]
                         make a token; it is printed once, only its hash is kept
  token list             list tokens (never the tokens themselves)
  token revoke <id>      revoke a token at once

Uses the same settings as npm start (environment, wenshu.config.json), so DATABASE_URL and
DATA_DIR pick the database.`;

class UsageError extends Error {}

function who(): string {
  try {
    return `cli (${userInfo().username})`;
  } catch {
    return 'cli';
  }
}

function table(tokens: TokenInfo[]): string {
  if (!tokens.length) return 'No tokens yet. Make one with: npm run wenshu -- token create --role admin --name "<person>"';
  const day = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '–');
  const rows = [
    ['ID', 'ROLE', 'STATUS', 'NAME', 'CREATED', 'BY', 'EXPIRES', 'LAST USED'],
    ...tokens.map((t) => [t.id, t.role, t.status, t.name, day(t.createdAt), t.createdBy, day(t.expiresAt), day(t.lastUsedAt)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

async function run(args: string[], store: () => Promise<{ tokens: TokenStore; close(): Promise<void> }>): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, 'expires-days': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [group, command, ...rest] = positionals;
  if (values.help || !group) throw new UsageError('');
  if (group !== 'token') throw new UsageError(`Unknown command "${group}".`);
  let action: (tokens: TokenStore) => Promise<string>;
  if (command === 'create') {
    const role = values.role as Role | undefined;
    if (!role || !ROLES.includes(role)) throw new UsageError('token create needs --role admin or --role author.');
    const name = values.name?.trim();
    if (!name || name.length > 100) throw new UsageError('token create needs --name "<person or purpose>" (at most 100 characters).');
    const days = values['expires-days'];
    if (days !== undefined && !(/^\d{1,4}$/.test(days) && Number(days) >= 1 && Number(days) <= 3650)) {
      throw new UsageError('--expires-days must be a whole number of days from 1 to 3650.');
    }
    const expiresAt = days === undefined ? undefined : new Date(Date.now() + Number(days) * 86_400_000);
    action = async (tokens) => {
      const { token, info } = await tokens.create({ role, name, expiresAt, by: who() });
      return [
        `Created ${info.role} token ${info.id} for "${info.name}"${info.expiresAt ? `, expires ${info.expiresAt}` : ''}.`,
        'The token is shown this once and stored only as a hash; copy it now:',
        '',
        `    ${token}`,
        '',
      ].join('\n');
    };
  } else if (command === 'list') {
    action = async (tokens) => table(await tokens.list());
  } else if (command === 'revoke') {
    const id = rest[0];
    if (!id) throw new UsageError('token revoke needs the token id (see token list).');
    action = async (tokens) => {
      const info = await tokens.revoke(id);
      return `Revoked ${info.id} ("${info.name}") at ${info.revokedAt}. It no longer works.`;
    };
  } else {
    throw new UsageError(command ? `Unknown token command "${command}".` : 'Say what to do with tokens: create, list or revoke.');
  }
  const opened = await store();
  try {
    return await action(opened.tokens);
  } finally {
    await opened.close();
  }
}

async function main(): Promise<number> {
  try {
    const output = await run(process.argv.slice(2), async () => {
      const config = loadConfig();
      const database = await openDatabase(config.DATABASE_URL);
      try {
        await migrateToLatest(database);
      } catch (err) {
        await database.close();
        throw err;
      }
      return { tokens: new TokenStore(database), close: () => database.close() };
    });
    console.log(output);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(err.message ? `${err.message}\n\n${USAGE}` : USAGE);
      return err.message ? 2 : 0;
    }
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    if (err instanceof WenshuError) {
      console.error(err.message);
      return 1;
    }
    // parseArgs: unknown option or a missing value.
    if ((err as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || (err as { code?: unknown }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      console.error(`${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`wenshu: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

process.exitCode = await main();
