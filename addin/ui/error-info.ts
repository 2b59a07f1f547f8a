/**
 * Any failure as an ErrorInfo the message bar can show: gateway errors keep their code,
 * host errors carry their message in both languages (HostError.messageIn).
 */
import { GatewayError } from '../api/errors.js';
import { HostError } from '../host/types.js';
import type { ErrorInfo } from '../state/suggestion.js';

/** A failure the pane itself detects and has a catalogue entry for (error.<code>.title/body). */
export class PaneError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'PaneError';
  }
}

export function toErrorInfo(err: unknown): ErrorInfo {
  if (err instanceof GatewayError) {
    return {
      code: err.code,
      message: err.message,
      ...(err.problems.length ? { problems: err.problems } : {}),
      ...(err.retryAfterSeconds !== undefined ? { retryAfterSeconds: err.retryAfterSeconds } : {}),
    };
  }
  if (err instanceof HostError) return { code: 'host', localized: { 'zh-CN': err.messageIn('zh-CN'), 'en-US': err.messageIn('en-US') } };
  if (err instanceof PaneError) return { code: err.code };
  return { code: 'generic', message: err instanceof Error ? err.message : String(err) };
}
