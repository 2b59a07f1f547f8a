/**
 * The gateway's draft and revision stream, typed. Anything malformed or unknown is ignored
 * rather than trusted: the pane renders only what it understands.
 */
import type { SseMessage } from './sse.js';

export type StreamEvent =
  | { type: 'meta'; data: Record<string, unknown> }
  | { type: 'queued'; position: number }
  | { type: 'delta'; candidate: number; text: string }
  | { type: 'done'; candidate: number; finishReason: string }
  | { type: 'error'; candidate?: number; code: string; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 3;

export function toStreamEvent(message: SseMessage): StreamEvent | undefined {
  let data: unknown;
  try {
    data = JSON.parse(message.data);
  } catch {
    return undefined;
  }
  if (!isObject(data)) return undefined;
  switch (message.event) {
    case 'meta':
      return { type: 'meta', data };
    case 'queued':
      return typeof data.position === 'number' ? { type: 'queued', position: Math.max(0, Math.floor(data.position)) } : undefined;
    case 'delta':
      return isIndex(data.candidate) && typeof data.text === 'string' ? { type: 'delta', candidate: data.candidate, text: data.text } : undefined;
    case 'done':
      return isIndex(data.candidate)
        ? { type: 'done', candidate: data.candidate, finishReason: typeof data.finishReason === 'string' ? data.finishReason : 'stop' }
        : undefined;
    case 'error': {
      const code = typeof data.code === 'string' ? data.code : 'internal';
      const msg = typeof data.message === 'string' ? data.message : '';
      return isIndex(data.candidate) ? { type: 'error', candidate: data.candidate, code, message: msg } : { type: 'error', code, message: msg };
    }
    default:
      return undefined;
  }
}
