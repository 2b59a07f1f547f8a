/** Where the project's files are, whether running from src/ (tsx) or from dist/ (compiled). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'wenshu') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Wenshu's package.json was not found above ${start}`);
    dir = parent;
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

export const PATHS = {
  root: ROOT,
  assets: join(ROOT, 'assets'),
  builtinTemplates: join(ROOT, 'assets', 'templates'),
  pages: join(ROOT, 'addin', 'pages'),
  addinBundle: join(ROOT, 'dist', 'addin'),
  wordManifest: join(ROOT, 'manifest.xml'),
  outlookManifest: join(ROOT, 'manifest.outlook.xml'),
  officeJs: dirname(createRequire(join(ROOT, 'package.json')).resolve('@microsoft/office-js/package.json')) + '/dist',
};

/** The URL written into the checked-in manifests, replaced by PUBLIC_URL when served. */
export const MANIFEST_DEV_ORIGIN = 'https://localhost:3000';
