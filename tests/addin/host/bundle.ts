/**
 * Builds a test entry into one browser script with the project's own webpack and ts-loader
 * (no esbuild here), so DOM code can be tested in a real Chromium rather than a fake DOM.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function bundle(entry: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'wenshu-bundle-'));
  try {
    const stats = await new Promise<webpack.Stats>((done, fail) =>
      webpack(
        {
          mode: 'development',
          devtool: false,
          target: 'web',
          context: ROOT,
          entry: resolve(entry),
          output: { path: out, filename: 'bundle.js' },
          resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
          module: {
            rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: join(ROOT, 'tsconfig.json'), compilerOptions: { noEmit: false } } }],
          },
          infrastructureLogging: { level: 'error' },
        },
        (err, result) => (err || !result ? fail(err ?? new Error('webpack gave no result')) : done(result)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    return readFileSync(join(out, 'bundle.js'), 'utf8');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
