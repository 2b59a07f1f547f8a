/** What the reply pane shows for each intent, tone and length, in both languages. */
import type { Localized } from '../i18n/locale.js';
import type { ReplyIntent, ReplyLength, ReplyTone } from './types.js';

export const INTENT_LABELS: Record<ReplyIntent, Localized> = {
  confirm: { 'zh-CN': '确认同意', 'en-US': 'Confirm' },
  decline: { 'zh-CN': '婉言谢绝', 'en-US': 'Decline politely' },
  ask_details: { 'zh-CN': '询问细节', 'en-US': 'Ask for details' },
  propose_times: { 'zh-CN': '提议时间', 'en-US': 'Propose times' },
  acknowledge: { 'zh-CN': '确认收到', 'en-US': 'Acknowledge' },
  apologise: { 'zh-CN': '致歉并说明', 'en-US': 'Apologise' },
  thank: { 'zh-CN': '表示感谢', 'en-US': 'Say thanks' },
};

export const TONE_LABELS: Record<ReplyTone, Localized> = {
  formal: { 'zh-CN': '正式', 'en-US': 'Formal' },
  friendly: { 'zh-CN': '亲切', 'en-US': 'Friendly' },
  concise: { 'zh-CN': '简洁', 'en-US': 'Concise' },
};

export const LENGTH_LABELS: Record<ReplyLength, Localized> = {
  short: { 'zh-CN': '简短', 'en-US': 'Short' },
  medium: { 'zh-CN': '适中', 'en-US': 'Medium' },
  long: { 'zh-CN': '详细', 'en-US': 'Detailed' },
};
