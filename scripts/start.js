#!/usr/bin/env node
// `npm start`: build whatever is missing or older than its sources, then run the gateway.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) => {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};
const stale = (output, sources) =>
  !existsSync(output) || statSync(output).mtimeMs < Math.max(...sources.filter(existsSync).map((s) => (statSync(s).isDirectory() ? newest(s) : statSync(s).mtimeMs)));

function run(script) {
  console.log(`Building: npm run ${script}`);
  const r = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (stale('dist/server/server/main.js', ['src', 'tsconfig.json', 'tsconfig.build.json'])) run('build:server');
if (stale('dist/addin/taskpane.js', ['addin', 'src/core', 'webpack.config.js'])) run('build:addin');
await import('../dist/server/server/main.js');
