import { parseDatabaseUrl, redactUrl } from '../../../src/server/db/url.js';

describe('DATABASE_URL parsing', () => {
  it.each([
    ['sqlite:./data/wenshu.db', './data/wenshu.db'],
    ['sqlite:///var/lib/wenshu.db', '/var/lib/wenshu.db'],
    ['sqlite://data/wenshu.db', 'data/wenshu.db'],
    ['sqlite::memory:', ':memory:'],
    [':memory:', ':memory:'],
    ['file:data/wenshu.db', 'data/wenshu.db'],
    ['file:///srv/wenshu.db', '/srv/wenshu.db'],
    ['./data/wenshu.db', './data/wenshu.db'],
    ['/abs/wenshu.db', '/abs/wenshu.db'],
  ])('reads %s as the SQLite file %s', (url, path) => {
    expect(parseDatabaseUrl(url)).toEqual({ dialect: 'sqlite', path });
  });

  it.each(['postgres://u:p@db:5432/wenshu', 'postgresql://db/wenshu?sslmode=require'])('reads %s as PostgreSQL', (url) => {
    expect(parseDatabaseUrl(url)).toEqual({ dialect: 'postgres', connectionString: url });
  });

  it.each(['', 'mysql://db/wenshu', 'sqlite:', 'postgres://[bad'])('refuses %j with database_url_invalid', (url) => {
    expect(() => parseDatabaseUrl(url)).toThrow(expect.objectContaining({ code: 'database_url_invalid' }));
  });

  it('hides passwords in the authority and in query parameters', () => {
    expect(redactUrl('postgres://wenshu:hunter2@db:5432/wenshu')).toBe('postgres://wenshu:***@db:5432/wenshu');
    expect(redactUrl('postgres://db/wenshu?user=a&password=hunter2')).toBe('postgres://db/wenshu?user=a&password=***');
    expect(redactUrl('postgres://db/wenshu')).toBe('postgres://db/wenshu');
  });
});
