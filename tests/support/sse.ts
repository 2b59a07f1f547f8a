/** Reads a Server-Sent Events response the way a browser's parser would. */
export interface SseEvent {
  event: string;
  data: Record<string, unknown>;
}

export async function* readSse(res: Response): AsyncGenerator<SseEvent> {
  if (!res.body) return;
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      yield { event, data: JSON.parse(data.join('\n')) as Record<string, unknown> };
    }
  }
}

export async function collectSse(res: Response): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const e of readSse(res)) events.push(e);
  return events;
}

/** The text of each candidate, joined from its deltas. */
export function candidateTexts(events: SseEvent[]): string[] {
  const texts: string[] = [];
  for (const e of events) {
    if (e.event !== 'delta') continue;
    const i = e.data.candidate as number;
    texts[i] = (texts[i] ?? '') + (e.data.text as string);
  }
  return texts;
}
