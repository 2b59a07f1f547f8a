/**
 * What the audit keeps of a generation's text while an admin has turned on `audit.content`:
 * the messages sent and the text returned, each cut to a bound, the whole to another, so one
 * long draft cannot grow the log without limit.
 */
import type { AuditContent } from '../../core/audit/api.js';
import type { ChatMessage } from '../../core/prompt/types.js';

export const CONTENT_LIMITS = { perText: 16_000, total: 64_000 } as const;

export type { AuditContent } from '../../core/audit/api.js';

export function boundContent(messages: readonly ChatMessage[], outputs: readonly string[]): AuditContent {
  let budget: number = CONTENT_LIMITS.total;
  let truncated = false;
  const cut = (text: string): string => {
    const keep = Math.max(0, Math.min(text.length, CONTENT_LIMITS.perText, budget));
    if (keep < text.length) truncated = true;
    budget -= keep;
    return text.slice(0, keep);
  };
  // Outputs first: what the model wrote is what a reviewer most needs; the prompt comes after.
  const kept = outputs.map(cut);
  const sent = messages.map((m) => ({ role: m.role, content: cut(m.content) }));
  return { messages: sent, outputs: kept, truncated };
}

/** Collects a candidate's streamed text, keeping no more than the audit could store. */
export class OutputBuffer {
  private text = '';

  append(chunk: string): void {
    if (this.text.length <= CONTENT_LIMITS.perText) this.text += chunk.slice(0, CONTENT_LIMITS.perText + 1 - this.text.length);
  }

  toString(): string {
    return this.text;
  }
}
