/**
 * The two request shapes being compared. The direct request carries exactly the messages the
 * gateway builds for the same revision, so the fake model does the same work on both paths.
 */
import { buildRevisionMessages } from '../../src/core/prompt/revisions.js';
import type { Target } from './client.js';
import { HOLD_MARK } from './params.js';

/** A realistic selection to polish (~170 characters). */
const SELECTION =
  '关于开展二〇二五年度安全生产大检查的通知已印发各单位。请各部门结合实际，认真组织自查自纠，' +
  '对发现的问题建立台账、明确责任人和整改时限，并于本月底前将检查情况书面报送办公室。' +
  '检查中要坚持问题导向，做到不留死角，确保各项措施落到实处。';

/** Mirrors the model client's request (src/server/model/client.ts) and the default settings. */
const MODEL_DEFAULTS = { temperature: 0.4, max_tokens: 2048 };

export interface TargetPair {
  direct: Target;
  gateway: Target;
}

export function makeTargets(fakeUrl: string, gatewayUrl: string, expected: string, opts: { hold?: boolean; token?: string } = {}): TargetPair {
  const text = opts.hold ? `${SELECTION}\n${HOLD_MARK}` : SELECTION;
  const fake = new URL(fakeUrl);
  const messages = buildRevisionMessages({ action: 'polish', text, locale: 'zh-CN' });
  const direct: Target = {
    name: 'direct',
    port: Number(fake.port),
    path: `${fake.pathname.replace(/\/$/, '')}/chat/completions`,
    body: JSON.stringify({ model: 'fake-model', messages, stream: true, stream_options: { include_usage: true }, ...MODEL_DEFAULTS }),
    format: 'openai',
    expected,
  };
  const gateway: Target = {
    name: 'gateway',
    port: Number(new URL(gatewayUrl).port),
    path: '/api/revisions',
    body: JSON.stringify({ action: 'polish', text, locale: 'zh-CN' }),
    format: 'wenshu',
    expected,
    // An author's personal access token: each request pays the real sign-in check.
    ...(opts.token && { headers: { authorization: `Bearer ${opts.token}` } }),
  };
  return { direct, gateway };
}
