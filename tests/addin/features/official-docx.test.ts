/**
 * The pane's side of "Open as a new document" and "Download .docx": the document built from the
 * 请示 template and a form goes to the real gateway, comes back as a .docx, and is turned into the
 * base64 Word's createDocument takes; a document the gateway refuses comes back as a coded error
 * the pane can explain; the download gets a safe file name from the title.
 */
import { readFileSync } from 'node:fs';
import { blobToBase64, docxFileName, fetchOfficialDocx } from '../../../addin/api/official.js';
import { GatewayError } from '../../../addin/api/errors.js';
import { isMessageKey } from '../../../addin/i18n/messages.js';
import { parseBlocks } from '../../../src/core/blocks/parse.js';
import { buildOfficialDocument } from '../../../src/core/templates/official-document.js';
import { templateSchema } from '../../../src/core/templates/schema.js';
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { unzip } from '../../server/officialdoc/unzip.js';

let model: FakeModelServerHandle;
let gw: TestGateway;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  model = await new FakeModelServer().start();
  gw = await startTestGateway({ modelUrl: model.url });
  // The pane calls its own origin ("/api/…"); here that origin is the test gateway.
  // The pane's relative URLs go to the gateway, signed in as an author (the pane's token lives in localStorage, absent here).
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${gw.tokens.author}`);
    return realFetch(typeof input === 'string' && input.startsWith('/') ? gw.url + input : input, { ...init, headers });
  }) as typeof fetch;
}, 30_000);

afterAll(async () => {
  globalThis.fetch = realFetch;
  await gw?.close();
  await model?.close();
});

const request = templateSchema.parse(JSON.parse(readFileSync(new URL('../../../assets/templates/official-request.json', import.meta.url), 'utf8')));
const FORM = { issuer: '某市应急管理局', recipient: '市人民政府', subject: '增拨防汛抢险专项经费', issueDate: '2025-07-18', docNumberCode: '某应急', docNumberSeq: '12', signer: '王建国', contactName: '张华', contactPhone: '010-87654321' };

function document() {
  const built = buildOfficialDocument(request, FORM, parseBlocks('今年入汛以来降雨偏多。\n\n妥否，请批示。'));
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.document;
}

describe('fetching the .docx of an official document', () => {
  it('brings back a .docx with the header from the form, which base64 carries byte for byte', async () => {
    const blob = await fetchOfficialDocx(document(), 'zh-CN');
    const bytes = Buffer.from(await blob.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = [...(unzip(bytes).get('word/document.xml') ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('某应急〔2025〕12号签发人：王建国');
    expect(text).toContain('某市应急管理局关于增拨防汛抢险专项经费的请示');
    expect(Buffer.from(await blobToBase64(blob), 'base64').equals(bytes)).toBe(true);
  });

  it('turns a refusal into a coded error the pane has words for, in the user’s language', async () => {
    const bad = { ...document(), type: 'notice' as const };
    const err = await fetchOfficialDocx(bad, 'zh-CN').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GatewayError);
    expect((err as GatewayError).code).toBe('officialdoc_invalid');
    expect((err as GatewayError).problems.map((p) => p.path)).toEqual(['signers']);
    expect((err as GatewayError).problems[0]?.message).toContain('签发人');
    expect(isMessageKey('error.officialdoc_invalid.title') && isMessageKey('error.officialdoc_invalid.body')).toBe(true);
  });
});

describe('blobToBase64', () => {
  it('keeps every byte value of a file larger than one slice', async () => {
    const bytes = new Uint8Array(70_000).map((_v, i) => (i * 7) % 256);
    expect(Buffer.from(await blobToBase64(new Blob([bytes])), 'base64').equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('docxFileName', () => {
  it('is the title with the characters no file name may hold taken out', () => {
    expect(docxFileName('某市应急管理局关于增拨防汛抢险专项经费的请示')).toBe('某市应急管理局关于增拨防汛抢险专项经费的请示.docx');
    expect(docxFileName('关于“a/b\\c:d*e?f<g>h|i”的\n通知')).toBe('关于“abcdefghi”的通知.docx');
    expect(docxFileName('\u0000/\\')).toBe('official-document.docx');
    expect(docxFileName('长'.repeat(200))).toBe(`${'长'.repeat(80)}.docx`);
  });
});
