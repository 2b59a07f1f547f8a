import { postStream } from '../../../addin/api/stream.js';
import { GatewayError } from '../../../addin/api/errors.js';

const noop = () => undefined;

describe('postStream', () => {
  it('turns a 422 JSON answer into a GatewayError with its field problems', async () => {
    const fetchImpl = (async () =>
      new Response(JSON.stringify({ error: { code: 'fields_invalid', message: '有 1 个字段需要修改。', problems: [{ path: 'fields.issuer', code: 'required', message: '请填写“发文机关”。' }] } }), {
        status: 422,
        headers: { 'content-type': 'application/json' },
      })) as typeof fetch;
    const err = await postStream('/api/drafts', {}, { signal: new AbortController().signal, onEvent: noop, locale: 'zh-CN', fetchImpl }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: 'fields_invalid', status: 422, problems: [{ path: 'fields.issuer', code: 'required' }] });
  });

  it('gives a code even when a proxy answers with HTML', async () => {
    const fetchImpl = (async () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } })) as typeof fetch;
    await expect(postStream('/x', {}, { signal: new AbortController().signal, onEvent: noop, locale: 'en-US', fetchImpl })).rejects.toMatchObject({ code: 'internal', status: 502 });
  });

  it('reports an unreachable gateway with the pane’s own code', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(postStream('/x', {}, { signal: new AbortController().signal, onEvent: noop, locale: 'en-US', fetchImpl })).rejects.toMatchObject({ code: 'gateway_unreachable' });
  });

  it('resolves as aborted when the user stops before the answer', async () => {
    const abort = new AbortController();
    const fetchImpl = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      })) as unknown as typeof fetch;
    const pending = postStream('/x', {}, { signal: abort.signal, onEvent: noop, locale: 'en-US', fetchImpl });
    abort.abort();
    await expect(pending).resolves.toBe('aborted');
  });

  it('streams events and resolves as aborted when stopped mid-stream', async () => {
    const abort = new AbortController();
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('event: delta\ndata: {"candidate":0,"text":"Hel"}\n\n'));
        abort.signal.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      },
    });
    const fetchImpl = (async () => new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } })) as typeof fetch;
    const texts: string[] = [];
    const pending = postStream('/x', { a: 1 }, {
      signal: abort.signal,
      locale: 'en-US',
      fetchImpl,
      onEvent: (e) => {
        if (e.type === 'delta') {
          texts.push(e.text);
          abort.abort();
        }
      },
    });
    await expect(pending).resolves.toBe('aborted');
    expect(texts).toEqual(['Hel']);
  });
});
