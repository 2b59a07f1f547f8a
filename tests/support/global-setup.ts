/**
 * A throwaway PostgreSQL server for the storage tests. CI and developers get the same thing:
 * when WENSHU_TEST_PG_URL is set it is used as is; otherwise a private cluster is created in a
 * temporary folder on a free loopback port (as the `postgres` user when running as root, since
 * PostgreSQL refuses to run as root) and stopped after the run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function pgBin(name: string): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const p = join(root, v, 'bin', name);
      if (existsSync(p)) return p;
    }
  }
  return name; // hope it is on PATH
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  url: string;
  stop(): void;
}

export async function startCluster(): Promise<Cluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'wenshu-pg-'));
  const data = join(dir, 'data');
  if (asRoot) {
    chmodSync(dir, 0o777);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const run = (bin: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', pgBin(bin), ...args], { stdio: 'pipe' })
      : execFileSync(pgBin(bin), args, { stdio: 'pipe' });
  run('initdb', ['-D', data, '-U', 'wenshu', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  run('pg_ctl', [
    '-D', data, '-l', join(dir, 'log'), '-w', '-t', '60',
    '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ]);
  return {
    url: `postgres://wenshu@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

declare global {
  var __wenshuPg: Cluster | undefined;
}

/** Jest's global setup is loaded without the module mapper, so it keeps the cluster code in this one file. */
export default async function globalSetup(): Promise<void> {
  if (process.env.WENSHU_TEST_PG_URL) return;
  const cluster = await startCluster();
  globalThis.__wenshuPg = cluster;
  process.env.WENSHU_TEST_PG_URL = cluster.url;
}
