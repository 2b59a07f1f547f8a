/** POST /api/official/docx over real HTTP: the .docx comes back as a named attachment; bad input gets clear, bilingual errors. */
import { FakeModelServer, type FakeModelServerHandle } from '../../support/fake-model-server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { noticeSample, requestSample } from './samples.js';
import { unzip } from './unzip.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('POST /api/official/docx', () => {
  let model: FakeModelServerHandle;
  let gw: TestGateway;
  const post = (body: unknown, headers: Record<string, string> = {}) => gw.request('/api/official/docx', { body, headers });

  beforeAll(async () => {
    model = await new FakeModelServer().start();
    gw = await startTestGateway({ modelUrl: model.url, env: { BODY_LIMIT_BYTES: String(256 * 1024) } });
  });
  afterAll(async () => {
    await gw.close();
    await model.close();
  });

  it('answers the .docx as an attachment named after the title, in UTF-8 with an ASCII fallback', async () => {
    const res = await post(noticeSample);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="official-document\.docx"; filename\*=UTF-8''/);
    const encoded = disposition.split("filename*=UTF-8''")[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('某市人民政府办公室关于开展2024年度安全生产大检查的通知.docx');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const parts = unzip(bytes);
    const document = parts.get('word/document.xml') ?? '';
    expect(document).toContain('某政办发〔2024〕7号');
    expect(document).toContain('各区人民政府，市政府各委、办、局，各有关单位：');
    expect(document).toContain('2024年7月23日');
    expect(parts.get('word/styles.xml')).toContain('Wenshu 公文正文');
  });

  it('keeps an ASCII title as the plain file name and strips characters a file name cannot hold', async () => {
    const res = await post({ ...noticeSample, title: 'Notice: 2024/25 "plan"' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Notice202425plan.docx"; filename*=UTF-8''Notice202425plan.docx`);
  });

  it('lays out a 请示 with its 签发人', async () => {
    const res = await post(requestSample);
    expect(res.status).toBe(200);
    const document = unzip(Buffer.from(await res.arrayBuffer())).get('word/document.xml') ?? '';
    expect(document).toContain('签发人：');
    expect(document).toContain('王建国');
  });

  it('names every missing or malformed field, in the language asked for', async () => {
    const { title: _title, ...untitled } = noticeSample;
    const res = await post({ ...untitled, date: '2024/7/23', color: 'red', locale: 'zh-CN' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body.error.code).toBe('request_invalid');
    expect(body.error.message).toContain('请求无效');
    const byPath = Object.fromEntries((body.error.problems as Json[]).map((p) => [p.path, p.message]));
    expect(byPath.title).toBe('必须填写。');
    expect(byPath.date).toContain('YYYY-MM-DD');
    expect(byPath.color).toContain('color');

    const english = await post({ ...noticeSample, docNumber: { code: 'X发', year: 2024, seq: 0 } }, { 'accept-language': 'en-US' });
    expect(english.status).toBe(400);
    const problem = ((await english.json()) as Json).error.problems[0];
    expect(problem.path).toBe('docNumber.seq');
    expect(problem.message).toBe('Must be at least 1.');
  });

  it('refuses 签发人 on a downward 通知 and a date that is not on the calendar, with 422', async () => {
    const res = await post({ ...noticeSample, signers: ['张三'], date: '2024-02-30' }, { 'accept-language': 'zh-CN' });
    expect(res.status).toBe(422);
    const body = (await res.json()) as Json;
    expect(body.error.code).toBe('officialdoc_invalid');
    expect(body.error.message).toBe('公文无法排版：有 2 处问题，已逐项注明字段。');
    const paths = (body.error.problems as Json[]).map((p) => p.path);
    expect(paths).toEqual(['signers', 'date']);
    expect(body.error.problems[0].message).toContain('签发人只标注在上行文');
  });

  it('refuses a body over the size limit with 413 and a body that is not JSON with 400', async () => {
    const huge = { ...noticeSample, body: [{ type: 'paragraph', content: [{ text: '字'.repeat(19_000) }] }] };
    const tooBig = await post({ ...huge, body: Array.from({ length: 10 }, () => huge.body[0]) });
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as Json).error.code).toBe('body_too_large');
    const broken = await post('{"type": "notice",');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as Json).error.code).toBe('invalid_json');
  });
});
