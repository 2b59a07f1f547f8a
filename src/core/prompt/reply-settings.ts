/**
 * The user's reply settings (intent, tone, length, language) as plain sentences for the user
 * message. They are written by us from fixed choices, never taken from the mail, so they sit
 * outside the data fences.
 */
import type { Locale } from '../i18n/locale.js';
import type { ReplyIntent, ReplyLength, ReplyTone } from '../email/types.js';

export const INTENT_TEXT: Record<Locale, Record<ReplyIntent, string>> = {
  'zh-CN': {
    confirm: '确认：同意或确认对方提出的请求或安排，并简要复述确认的具体内容。',
    decline: '婉拒：礼貌地拒绝，简要说明原因；不知道原因时写【原因】占位标记，不要编造；适当时提出其他可行的办法。',
    ask_details: '询问细节：请对方补充处理此事还缺少的信息，用简短的问题逐项列出。',
    propose_times: '提议时间：提出会面或通话的时间。设置和表单没有给出时间时，不要自行编写，写【时间一】【时间二】这样的占位标记，由用户填写。',
    acknowledge: '确认收到：告知已收到来信、会跟进处理，不承诺结果或期限。',
    apologise: '致歉：对来信反映的问题真诚致歉；不承认未经核实的事实，不承诺任何补偿、退款或期限。',
    thank: '致谢：针对来信所说或所做的事表示感谢，具体而真诚。',
  },
  'en-US': {
    confirm: 'Confirm: agree to or confirm what the sender asks or proposes, briefly restating what is confirmed.',
    decline: 'Decline: say no politely and give a short reason; if no reason is known, write a 【reason】 marker instead of making one up; where it fits, suggest another way.',
    ask_details: 'Ask for details: ask the sender for the information still missing to handle the matter, as short questions one per line.',
    propose_times: 'Propose times: suggest times to meet or talk. Where neither the settings nor the form give times, do not make any up: write markers such as 【time 1】 and 【time 2】 for the user to fill in.',
    acknowledge: 'Acknowledge: say the mail has arrived and will be followed up, without promising a result or a deadline.',
    apologise: 'Apologise: apologise sincerely for the problem the sender describes, without admitting facts that are not established and without promising compensation, refunds or deadlines.',
    thank: 'Thank: thank the sender for what they wrote or did, specifically and sincerely.',
  },
};

export const TONE_TEXT: Record<Locale, Record<ReplyTone, string>> = {
  'zh-CN': {
    formal: '正式：礼貌、庄重、规范的商务书面语。',
    friendly: '亲切：热情友好，同时保持专业。',
    concise: '简洁：直截了当，除称呼和结束语外不加客套。',
  },
  'en-US': {
    formal: 'Formal: courteous and businesslike, in complete sentences.',
    friendly: 'Friendly: warm and personal, still professional.',
    concise: 'Concise: direct and to the point, no pleasantries beyond a greeting and a closing.',
  },
};

export const LENGTH_TEXT: Record<Locale, Record<ReplyLength, string>> = {
  'zh-CN': {
    short: '简短：两到四句话（中文约 80 字以内，英文约 60 词以内）。',
    medium: '适中：一到两个短段落（中文约 100–250 字，英文约 80–150 词）。',
    long: '详细：三到四个段落，逐项回应（中文约 250–450 字，英文约 150–300 词）。',
  },
  'en-US': {
    short: 'Short: two to four sentences (under about 60 words in English, 80 characters in Chinese).',
    medium: 'Medium: one or two short paragraphs (about 80–150 words in English, 100–250 characters in Chinese).',
    long: 'Long: three or four paragraphs taking each point in turn (about 150–300 words in English, 250–450 characters in Chinese).',
  },
};

export const LANGUAGE_NAME: Record<Locale, Record<Locale, string>> = {
  'zh-CN': { 'zh-CN': '简体中文', 'en-US': '英文' },
  'en-US': { 'zh-CN': 'Simplified Chinese', 'en-US': 'English' },
};

const LABELS = {
  'zh-CN': {
    heading: '## 回复设置（由用户选择）',
    intent: '回复意图',
    tone: '语气',
    length: '篇幅',
    language: '回复语言',
    trimmed: '说明：来信过长，已截去一部分；不要猜测被截去的内容。',
    colon: '：',
  },
  'en-US': {
    heading: '## Reply settings (chosen by the user)',
    intent: 'Purpose',
    tone: 'Tone',
    length: 'Length',
    language: 'Reply language',
    trimmed: 'Note: the mail was too long and has been shortened; do not guess at what was left out.',
    colon: ': ',
  },
} as const;

/** The name the policy uses for the language line, so the two always agree. */
export function languageLabel(locale: Locale): string {
  return LABELS[locale].language;
}

export interface ReplySettings {
  intent: ReplyIntent;
  tone: ReplyTone;
  length: ReplyLength;
  /** The language the reply is written in. */
  language: Locale;
  /** The thread was shortened to fit the token budget. */
  trimmed: boolean;
}

/** The settings block, written in the language of the instructions (`locale`). */
export function settingsBlock(locale: Locale, s: ReplySettings): string {
  const t = LABELS[locale];
  const lines = [
    t.heading,
    `- ${t.intent}${t.colon}${INTENT_TEXT[locale][s.intent]}`,
    `- ${t.tone}${t.colon}${TONE_TEXT[locale][s.tone]}`,
    `- ${t.length}${t.colon}${LENGTH_TEXT[locale][s.length]}`,
    `- ${t.language}${t.colon}${LANGUAGE_NAME[locale][s.language]}`,
  ];
  if (s.trimmed) lines.push(t.trimmed);
  return lines.join('\n');
}
