/**
 * The lint rules that carry the design's promises, exercised on small files: they must fail
 * where the promise would break and stay quiet where the code is allowed.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../', import.meta.url)) });

async function ruleHits(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('never-send lint rules', () => {
  const cases: [string, string][] = [
    ['item.sendAsync()', 'a call to sendAsync'],
    ['mailbox.makeEwsRequestAsync(xml, cb)', 'an EWS request'],
    ['const { getCallbackTokenAsync } = mailbox', 'a destructured token call'],
    ["fetch('https://graph.microsoft.com/v1.0/me/sendMail', { method: 'POST' })", 'the Graph sendMail endpoint'],
    ['const url = `${base}/me/messages/${id}/send`', 'the Graph send action in a template literal'],
    ["const body = '<m:SendItem SaveItemToFolder=\"true\">'", 'the EWS SendItem operation'],
  ];
  it.each(cases)('rejects %s (%s) anywhere, host adapters included', async (code) => {
    for (const file of ['addin/host/outlook.ts', 'addin/features/reply/send.ts', 'src/server/mail.ts']) {
      const hits = await ruleHits(`declare const item: any, mailbox: any, xml: string, cb: any, base: string, id: string;\n${code};\n`, file);
      expect(hits.join('\n')).toMatch(/never sends mail/);
    }
  });

  it('allows opening a reply form, which leaves sending to the user', async () => {
    const hits = await ruleHits('declare const item: { displayReplyForm(x: string): void };\nitem.displayReplyForm("draft");\n', 'addin/host/outlook.ts');
    expect(hits).toEqual([]);
  });
});

describe('Office globals stay inside the host adapters', () => {
  it('rejects Office, Word and Outlook outside addin/host', async () => {
    for (const code of ['Office.onReady()', 'Word.run(async () => {})', 'void Outlook']) {
      expect((await ruleHits(`${code};\n`, 'addin/features/draft/view.ts')).join('\n')).toMatch(/Only the host adapters/);
    }
  });

  it('allows them in addin/host', async () => {
    expect(await ruleHits('void Office.onReady();\n', 'addin/host/word.ts')).toEqual([]);
  });
});

describe('imports point one way', () => {
  it('keeps src/core free of node:*, the server and the add-in', async () => {
    for (const imp of ["import { readFileSync } from 'node:fs';", "import { x } from '../../server/app.js';", "import { y } from '../../../addin/index.js';"]) {
      expect((await ruleHits(`${imp}\nexport const z = [readFileSync, x, y];\n`.replace(/\[.*\]/, '1'), 'src/core/templates/x.ts')).join('\n')).toMatch(/no-restricted-imports/);
    }
  });

  it('keeps the server from importing the add-in, and the add-in from importing the server', async () => {
    expect((await ruleHits("import { a } from '../../addin/i18n/messages.js';\nexport const b = a;\n", 'src/server/x/y.ts')).join('\n')).toMatch(/never imports add-in/);
    expect((await ruleHits("import { a } from '../src/server/app.js';\nexport const b = a;\n", 'addin/x.ts')).join('\n')).toMatch(/never imports server/);
  });
});
