/**
 * `npm start` as a user meets it: a real process with the defaults — HTTPS with a self-signed
 * certificate made under ./data/tls, SQLite at ./data/wenshu.db, an admin token printed once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FakeModelServer, type FakeModelServerHandle } from '../support/fake-model-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'src/server/main.ts');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(cwd: string, env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, MAIN], { cwd, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(r: Run, text: string, ms = 20000): Promise<void> {
  const until = Date.now() + ms;
  while (!r.output().includes(text)) {
    if (Date.now() > until || r.child.exitCode !== null) throw new Error(`did not see "${text}" in:\n${r.output()}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

function httpsGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; cert: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { rejectUnauthorized: false, agent: false, headers }, (res) => {
      const socket = res.socket as unknown as { getPeerCertificate(): { subjectaltname?: string } };
      const cert = socket.getPeerCertificate().subjectaltname ?? '';
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, cert }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('starting the gateway from a fresh folder', () => {
  let model: FakeModelServerHandle;
  beforeAll(async () => {
    model = await new FakeModelServer().start();
  });
  afterAll(() => model.close());

  it('serves HTTPS with a self-signed certificate, seeds SQLite and prints the admin token only once', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'wenshu-start-'));
    const port = await freePort();
    const env = { PORT: String(port), HOST: '127.0.0.1', MODEL_BASE_URL: model.url };
    const first = run(cwd, env);
    try {
      await waitFor(first, 'Wenshu gateway listening on');
      expect(first.output()).toContain(`https://localhost:${port}/manifest.xml`);
      const adminToken = /Admin token \(shown once.*\n\s+(wsa_\S{20,})/.exec(first.output())?.[1];
      expect(adminToken).toBeDefined();
      expect(first.output()).toMatch(/Seeded \d+ built-in templates/);
      expect(first.output()).toContain('does not list "qwen2.5:7b-instruct"'); // the fake serves fake-model
      expect(existsSync(join(cwd, 'data/tls/cert.pem'))).toBe(true);
      expect(existsSync(join(cwd, 'data/wenshu.db'))).toBe(true);
      const health = await httpsGet(`https://localhost:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(health.cert).toContain('DNS:localhost');
      // The printed token signs its holder in as an admin.
      const session = await httpsGet(`https://localhost:${port}/api/session`, { authorization: `Bearer ${adminToken}` });
      expect(JSON.parse(session.body)).toMatchObject({ mode: 'token', principal: { role: 'admin', via: 'token' } });
      const manifest = await httpsGet(`https://localhost:${port}/manifest.outlook.xml`);
      expect(manifest.body).toContain(`https://localhost:${port}/taskpane.html`);
    } finally {
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
    }
    const second = run(cwd, env);
    try {
      await waitFor(second, 'Wenshu gateway listening on');
      expect(second.output()).not.toContain('Admin token');
      expect(second.output()).not.toContain('Seeded');
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('stops with exit code 2 and names the setting when the configuration is wrong', async () => {
    const r = run(mkdtempSync(join(tmpdir(), 'wenshu-start-')), { PORT: 'eighty', MODEL_QUEUE_LIMIT: '-1' });
    expect(await r.exited).toBe(2);
    expect(r.output()).toMatch(/PORT: /);
    expect(r.output()).toMatch(/MODEL_QUEUE_LIMIT: /);
  });

  it('refuses to start against a model server on a public address, and says how to allow it', async () => {
    const r = run(mkdtempSync(join(tmpdir(), 'wenshu-start-')), { PORT: String(await freePort()), HOST: '127.0.0.1', TLS: 'false', MODEL_BASE_URL: 'http://8.8.8.8/v1' });
    expect(await r.exited).toBe(1);
    expect(r.output()).toContain('8.8.8.8');
    expect(r.output()).toContain('MODEL_ALLOWED_HOSTS');
  });
});
