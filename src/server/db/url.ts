/**
 * DATABASE_URL parsing: which dialect, and where. Kept apart from the drivers so config
 * validation and error messages can use it without opening anything.
 */
import { fileURLToPath } from 'node:url';
import { WenshuError } from '../../core/errors/codes.js';

export type Dialect = 'sqlite' | 'postgres';

export type DatabaseTarget =
  | { dialect: 'sqlite'; /** a file path, or ':memory:' */ path: string }
  | { dialect: 'postgres'; connectionString: string };

export const MEMORY = ':memory:';

/**
 * Accepts `sqlite:<path>`, `sqlite://<path>`, `sqlite::memory:`, `file:<path>`, a plain path,
 * and `postgres://` / `postgresql://` URLs.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  const value = url.trim();
  const invalid = () => new WenshuError('database_url_invalid', 500, { url: redactUrl(value) });
  if (!value) throw invalid();
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value); // reject malformed URLs here rather than deep inside pg
    } catch {
      throw invalid();
    }
    return { dialect: 'postgres', connectionString: value };
  }
  if (value === MEMORY) return { dialect: 'sqlite', path: MEMORY };
  if (/^sqlite:/i.test(value)) {
    let rest = value.slice('sqlite:'.length);
    if (rest.startsWith('//')) rest = rest.slice(2); // sqlite:///abs/path and sqlite://rel/path
    if (!rest) throw invalid();
    return { dialect: 'sqlite', path: rest };
  }
  if (/^file:/i.test(value)) {
    if (value.startsWith('file://')) return { dialect: 'sqlite', path: fileURLToPath(value) };
    const rest = value.slice('file:'.length);
    if (!rest) throw invalid();
    return { dialect: 'sqlite', path: rest };
  }
  // Any other scheme (mysql:, http:) is a mistake; one-letter "schemes" are Windows drives.
  if (/^[a-z][a-z0-9+.-]+:/i.test(value)) throw invalid();
  return { dialect: 'sqlite', path: value };
}

/** The URL with its password (in the authority or as a query parameter) replaced by ***. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const key of [...u.searchParams.keys()]) {
      if (/pass|secret|key/i.test(key)) u.searchParams.set(key, '***');
    }
    return u.toString();
  } catch {
    // Not parseable: still hide anything that looks like user:password@.
    return url.replace(/\/\/([^/:@]*):[^@/]*@/, '//$1:***@');
  }
}
