import { SseParser } from '../../../addin/api/sse.js';
import { readEvents } from '../../../addin/api/stream.js';
import type { StreamEvent } from '../../../addin/api/events.js';

function feedAll(chunks: string[]) {
  const parser = new SseParser();
  return chunks.flatMap((c) => parser.feed(c));
}

function byteStream(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

describe('SseParser', () => {
  it('reads whole events in one chunk', () => {
    expect(feedAll(['event: delta\ndata: {"candidate":0,"text":"a"}\n\n'])).toEqual([{ event: 'delta', data: '{"candidate":0,"text":"a"}' }]);
  });

  it('reassembles an event split inside a line, a field name and the blank line', () => {
    const text = 'event: queued\ndata: {"position":2}\n\nevent: delta\ndata: {"candidate":0,"text":"标题"}\n\n';
    for (let size = 1; size <= 7; size++) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(feedAll(chunks)).toEqual([
        { event: 'queued', data: '{"position":2}' },
        { event: 'delta', data: '{"candidate":0,"text":"标题"}' },
      ]);
    }
  });

  it('treats CRLF split across chunks as one line end', () => {
    expect(feedAll(['event: done\r', '\ndata: {}\r\n\r', '\n'])).toEqual([{ event: 'done', data: '{}' }]);
  });

  it('joins multi-line data, skips comments and defaults the event name', () => {
    expect(feedAll([': keep-alive\n', 'data: a\ndata: b\n\n'])).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('drops an event that never got its blank line', () => {
    const parser = new SseParser();
    expect(parser.feed('event: delta\ndata: {}\n')).toEqual([]);
    expect(parser.end()).toEqual([]);
  });

  it('ignores events without data', () => {
    expect(feedAll(['event: ping\n\n'])).toEqual([]);
  });
});

describe('readEvents', () => {
  it('decodes UTF-8 split between network chunks and types the events', async () => {
    const bytes = new TextEncoder().encode(
      'event: meta\ndata: {"candidates":1}\n\nevent: delta\ndata: {"candidate":0,"text":"排队"}\n\nevent: done\ndata: {"candidate":0,"finishReason":"stop"}\n\n',
    );
    // Cut in the middle of 排 (3 bytes in UTF-8).
    const cut = bytes.indexOf(0xe6);
    const events: StreamEvent[] = [];
    const outcome = await readEvents(byteStream([bytes.slice(0, cut + 1), bytes.slice(cut + 1)]), {
      signal: new AbortController().signal,
      onEvent: (e) => events.push(e),
    });
    expect(outcome).toBe('ended');
    expect(events).toEqual([
      { type: 'meta', data: { candidates: 1 } },
      { type: 'delta', candidate: 0, text: '排队' },
      { type: 'done', candidate: 0, finishReason: 'stop' },
    ]);
  });

  it('ignores malformed and unknown events', async () => {
    const events: StreamEvent[] = [];
    const body = 'event: delta\ndata: not json\n\nevent: delta\ndata: {"candidate":7,"text":"x"}\n\nevent: sources\ndata: {}\n\nevent: error\ndata: {"code":"queue_full","message":"busy"}\n\n';
    await readEvents(byteStream([new TextEncoder().encode(body)]), { signal: new AbortController().signal, onEvent: (e) => events.push(e) });
    expect(events).toEqual([{ type: 'error', code: 'queue_full', message: 'busy' }]);
  });
});
