/**
 * Wenshu never sends mail (DESIGN.md, promise 2), proven on what ships rather than on intent:
 *  - the built add-in bundle (dist/addin, what the gateway serves) names no send-capable API or
 *    endpoint; office.js is served from node_modules, is Microsoft's and is not our bundle;
 *  - no source file names them either (the lint rule, tests/project/lint-rules.test.ts, catches
 *    code; this also catches comments and files the linter skips);
 *  - the HostAdapter interface and the Outlook adapter have no member whose name says send.
 * The manifest's side (ReadWriteItem only) is tests/project/outlook-manifest.test.ts.
 * Only tests/project/** may spell the forbidden names; lint is off for them here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOutlookAdapter } from '../../addin/host/outlook.js';
import type { HostAdapter } from '../../addin/host/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist', 'addin');

/** Send-capable Outlook APIs, Graph's send actions and EWS's send operations. */
const FORBIDDEN: [string, RegExp][] = [
  ['sendAsync', /sendAsync/],
  ['makeEwsRequestAsync', /makeEwsRequestAsync/],
  ['getCallbackTokenAsync', /getCallbackTokenAsync/],
  ['Graph /sendMail', /\/sendMail/i],
  ['a /send endpoint', /\/send\b/i],
  ['EWS SendItem', /SendItem/],
  ['EWS SendAndSaveCopy', /SendAndSaveCopy/],
  ['EWS SendOnly', /SendOnly/],
  ['Graph or EWS hosts', /graph\.microsoft\.com|outlook\.office365\.com|\/EWS\/Exchange\.asmx/i],
];

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter(keep);
}

const newest = (paths: string[]) => Math.max(0, ...paths.map((p) => statSync(p).mtimeMs));

/** What the bundle is built from: when any of it is newer than dist/addin, dist is stale. */
function bundleInputs(): string[] {
  const sources = [join(ROOT, 'addin'), join(ROOT, 'src', 'core')].flatMap((dir) => filesUnder(dir, (p) => /\.(tsx?|json)$/.test(p)));
  return [...sources, ...['webpack.config.js', 'tsconfig.json', 'package-lock.json'].map((f) => join(ROOT, f)).filter(existsSync)];
}

function hits(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [name, pattern] of FORBIDDEN) {
      const m = pattern.exec(text);
      if (m) found.push(`${relative(ROOT, file)}: ${name} (…${text.slice(Math.max(0, m.index - 40), m.index + 40)}…)`);
    }
  }
  return found;
}

describe('the built add-in bundle', () => {
  let bundleDir = DIST;
  let scratch: string | undefined;

  beforeAll(() => {
    const entry = join(DIST, 'taskpane.js');
    // `npm test` builds the add-in before the unit tests, so dist/addin is normally fresh. When it
    // is missing or older than its sources, build a fresh copy elsewhere: rewriting dist/addin
    // here would pull it from under other suites that serve it.
    if (!existsSync(entry) || statSync(entry).mtimeMs < newest(bundleInputs())) {
      scratch = mkdtempSync(join(tmpdir(), 'wenshu-bundle-'));
      execFileSync(join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production', '--output-path', scratch], { cwd: ROOT, stdio: 'pipe' });
      bundleDir = scratch;
    }
  }, 240_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const scripts = () => filesUnder(bundleDir, (p) => p.endsWith('.js'));

  it('holds the Outlook adapter, so the scan below covers the code that talks to Outlook', () => {
    const all = scripts().map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(scripts().length).toBeGreaterThan(1);
    for (const api of ['displayReplyAllForm', 'displayReplyFormAsync', 'setSelectedDataAsync', 'getSelectedDataAsync']) expect(all).toContain(api);
  });

  it('names no send-capable Outlook API, Graph or EWS send endpoint, or mail server host', () => {
    expect(hits(scripts())).toEqual([]);
  });

  it('does not carry office.js, which the gateway serves from node_modules', () => {
    const officeJs = /OSFPerformance|Microsoft\.Office\.WebExtension/;
    expect(readFileSync(join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist', 'office.js'), 'utf8')).toMatch(officeJs);
    expect(scripts().filter((f) => officeJs.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});

describe('the scan itself', () => {
  it('finds each forbidden name, so a clean result means something', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenshu-scan-'));
    try {
      const samples = ['item.sendAsync()', 'mailbox.makeEwsRequestAsync(x)', 'getCallbackTokenAsync', "'/me/sendMail'", '`${id}/send`', '<m:SendItem/>', 'SendAndSaveCopy', 'SendOnly', 'https://graph.microsoft.com/v1.0'];
      const files = samples.map((code, i) => {
        const file = join(dir, `${i}.js`);
        writeFileSync(file, `var x = ${JSON.stringify(code)};`);
        return file;
      });
      expect(files.map((f) => hits([f]).length)).toEqual(samples.map(() => 1));
      writeFileSync(join(dir, 'clean.js'), 'item.displayReplyForm({ htmlBody: "<p>There is no Send button: you send it yourself.</p>" });');
      expect(hits([join(dir, 'clean.js')])).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the source tree', () => {
  it('names no send-capable API anywhere outside tests/project and the lint config that forbids them', () => {
    const roots = ['addin', 'src', 'scripts', 'bench', 'assets', 'tests'].map((d) => join(ROOT, d));
    const files = roots.flatMap((dir) =>
      filesUnder(dir, (p) => /\.(tsx?|jsx?|mjs|cjs|html|json|md|xml|liquid|ya?ml)$/.test(p) && !p.startsWith(join(ROOT, 'tests', 'project'))),
    );
    files.push(...['manifest.xml', 'manifest.outlook.xml', 'README.md', 'package.json', 'webpack.config.js'].map((f) => join(ROOT, f)).filter(existsSync));
    expect(files.length).toBeGreaterThan(100);
    expect(hits(files)).toEqual([]);
  });
});

describe('the host adapter surface', () => {
  /** Keys of T whose name contains "send" in any case; `never` when there are none. */
  type SendKeys<T> = { [K in keyof T]-?: Lowercase<K & string> extends `${string}send${string}` ? K : never }[keyof T];
  // Checked by `npm run typecheck`: adding e.g. `sendReply` to HostAdapter fails to compile here.
  const noSendKeys: [SendKeys<HostAdapter>] extends [never] ? true : false = true;

  it('HostAdapter declares no member whose name says send', () => {
    expect(noSendKeys).toBe(true);
    const source = readFileSync(join(ROOT, 'addin', 'host', 'types.ts'), 'utf8');
    const body = /export interface HostAdapter \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const members = [...body.matchAll(/^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*[(:]/gm)].map((m) => m[1]);
    expect(members).toEqual(expect.arrayContaining(['name', 'supports', 'getSelection', 'insert', 'readMessage', 'openReply']));
    expect(members.filter((m) => /send/i.test(m ?? ''))).toEqual([]);
  });

  it('the Outlook adapter object has no key whose name says send, in read or compose mode', () => {
    const g = globalThis as Record<string, unknown>;
    for (const item of [{ subject: 'read mode', displayReplyForm() {} }, { subject: { getAsync() {} }, body: {} }]) {
      g.Office = { context: { mailbox: { item }, requirements: { isSetSupported: () => true } } };
      try {
        const adapter = createOutlookAdapter();
        const keys = [...Object.keys(adapter), ...Object.getOwnPropertyNames(Object.getPrototypeOf(adapter))];
        expect(keys).toEqual(expect.arrayContaining(['openReply', 'readMessage', 'insert']));
        expect(keys.filter((k) => /send/i.test(k))).toEqual([]);
      } finally {
        delete g.Office;
      }
    }
  });
});
