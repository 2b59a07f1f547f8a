/**
 * Minimal SSE readers for the two wire formats the benchmark compares. Both do the same amount
 * of work per event (split, JSON.parse), so the client's cost is the same on either path.
 */
export type Parsed = { type: 'delta'; text: string } | { type: 'done' } | { type: 'error'; message: string } | null;

export type WireFormat = 'openai' | 'wenshu';

/** One `data:` block of an OpenAI chat.completion.chunk stream. */
function parseOpenAi(block: string): Parsed {
  if (!block.startsWith('data: ')) return null;
  const data = block.slice(6);
  if (data === '[DONE]') return { type: 'done' };
  const chunk = JSON.parse(data) as { error?: { message?: string }; choices?: { delta?: { content?: string } }[] };
  if (chunk.error) return { type: 'error', message: chunk.error.message ?? 'in-stream error' };
  const content = chunk.choices?.[0]?.delta?.content;
  return content ? { type: 'delta', text: content } : null; // the role chunk has content ''
}

/** One `event:`/`data:` block of the gateway's draft stream. */
function parseWenshu(block: string): Parsed {
  const nl = block.indexOf('\n');
  if (!block.startsWith('event: ') || nl < 0) return null;
  const event = block.slice(7, nl);
  if (event === 'meta' || event === 'queued') return null;
  const data = JSON.parse(block.slice(nl + 7)) as { text?: string; code?: string; message?: string };
  if (event === 'delta') return data.text ? { type: 'delta', text: data.text } : null;
  if (event === 'done') return { type: 'done' };
  if (event === 'error') return { type: 'error', message: `${data.code ?? 'error'}: ${data.message ?? ''}` };
  return null;
}

export function parseBlock(format: WireFormat, block: string): Parsed {
  return format === 'openai' ? parseOpenAi(block) : parseWenshu(block);
}
