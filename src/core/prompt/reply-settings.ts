/**
 * The user's reply settings (intent, tone, length, language) as plain sentences for the user
 * message. They are written by us from fixed choices, never taken from the mail, so they sit
 * outside the data fences.
 */
import type { Locale } from '../i18n/locale.js';
import type { ReplyIntent, ReplyLength, ReplyTone } from '../email/types.js';

export const INTENT_TEXT: Record<Locale, Record<ReplyIntent, string>> = {
  'zh-CN': {
    confirm: '确认：同意或确认对方所请，简述确认的内容。',
    decline: '婉拒：礼貌拒绝并简述原因，原因不明时写【原因】，不要编造；适当时提出其他办法。',
    ask_details: '询问细节：请对方补充处理此事还缺的信息，逐项简短提问。',
    propose_times: '提议时间：提出会面或通话时间；设置和表单没有给出时间时写【时间一】【时间二】，不要自拟。',
    acknowledge: '确认收到：告知已收到、会跟进，不承诺结果或期限。',
    apologise: '致歉：为对方反映的问题真诚致歉，不承认未经核实的事实，不承诺补偿、退款或期限。',
    thank: '致谢：具体、真诚地感谢对方所说或所做的事。',
  },
  'en-US': {
    confirm: 'Confirm: agree to or confirm what the sender asks or proposes, restating it briefly.',
    decline: 'Decline: say no politely with a short reason; if none is known, write 【reason】 instead of making one up; suggest another way where it fits.',
    ask_details: 'Ask for details: ask for the information still missing, one short question per line.',
    propose_times: 'Propose times: suggest times to meet or talk; where the settings and the form give none, write 【time 1】 and 【time 2】 instead of making any up.',
    acknowledge: 'Acknowledge: say the mail arrived and will be followed up, promising no result or deadline.',
    apologise: 'Apologise: apologise sincerely for the problem raised, without admitting unestablished facts or promising compensation, refunds or deadlines.',
    thank: 'Thank: thank the sender specifically and sincerely for what they wrote or did.',
  },
};

export const TONE_TEXT: Record<Locale, Record<ReplyTone, string>> = {
  'zh-CN': {
    formal: '正式：礼貌规范的商务书面语。',
    friendly: '亲切：热情友好，保持专业。',
    concise: '简洁：直截了当，除称呼和结束语外不客套。',
  },
  'en-US': {
    formal: 'Formal: courteous and businesslike.',
    friendly: 'Friendly: warm, still professional.',
    concise: 'Concise: direct, no pleasantries beyond a greeting and a closing.',
  },
};

/** Each length in the instruction language; its size (LENGTH_SIZE) depends on the reply's language too. */
export const LENGTH_TEXT: Record<Locale, Record<ReplyLength, string>> = {
  'zh-CN': { short: '简短：两到四句', medium: '适中：一两个短段落', long: '详细：三四段，逐项回应' },
  'en-US': { short: 'Short: two to four sentences', medium: 'Medium: one or two short paragraphs', long: 'Long: three or four paragraphs, one point at a time' },
};

/** Size of each length, by instruction language, then reply language. */
const LENGTH_SIZE: Record<Locale, Record<Locale, Record<ReplyLength, string>>> = {
  'zh-CN': {
    'zh-CN': { short: '约 80 字以内', medium: '约 100–250 字', long: '约 250–450 字' },
    'en-US': { short: '约 60 词以内', medium: '约 80–150 词', long: '约 150–300 词' },
  },
  'en-US': {
    'zh-CN': { short: 'under about 80 characters', medium: 'about 100–250 characters', long: 'about 250–450 characters' },
    'en-US': { short: 'under about 60 words', medium: 'about 80–150 words', long: 'about 150–300 words' },
  },
};

/** "适中：一两个短段落（约 100–250 字）": only the size that fits the reply's language. */
export function lengthText(locale: Locale, length: ReplyLength, language: Locale): string {
  const open = locale === 'zh-CN' ? '（' : ' (';
  const close = locale === 'zh-CN' ? '）' : ')';
  return `${LENGTH_TEXT[locale][length]}${open}${LENGTH_SIZE[locale][language][length]}${close}`;
}

export const LANGUAGE_NAME: Record<Locale, Record<Locale, string>> = {
  'zh-CN': { 'zh-CN': '简体中文', 'en-US': '英文' },
  'en-US': { 'zh-CN': 'Simplified Chinese', 'en-US': 'English' },
};

const LABELS = {
  'zh-CN': {
    heading: '## 回复设置',
    intent: '回复意图',
    tone: '语气',
    length: '篇幅',
    language: '回复语言',
    trimmed: '说明：来信过长，已截去一部分；不要猜测被截去的内容。',
    colon: '：',
  },
  'en-US': {
    heading: '## Reply settings',
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
    `- ${t.length}${t.colon}${lengthText(locale, s.length, s.language)}`,
    `- ${t.language}${t.colon}${LANGUAGE_NAME[locale][s.language]}`,
  ];
  if (s.trimmed) lines.push(t.trimmed);
  return lines.join('\n');
}
