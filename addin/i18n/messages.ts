import type { Locale } from '../../src/core/i18n/locale.js';

/** Every string the pane shows, in both languages. */
export const MESSAGES = {
  'zh-CN': {
    title: '文书',
    tagline: '内网写作助手',
    connected: '已连接到网关，可用模板 {count} 个。',
    offline: '无法连接文书网关：{detail}。请确认网关已启动，或联系管理员。',
    hostWord: '当前在 Word 中运行。',
    hostOutlook: '当前在 Outlook 中运行。',
    hostNone: '当前不在 Office 中运行。请按 README 加载清单文件，在 Word 或 Outlook 中使用文书。',
    loading: '正在连接…',
    comingSoon: '起草与修改面板即将上线。',
  },
  'en-US': {
    title: 'Wenshu',
    tagline: 'Private drafting copilot',
    connected: 'Connected to the gateway: {count} templates available.',
    offline: 'Cannot reach the Wenshu gateway: {detail}. Check that it is running, or ask your administrator.',
    hostWord: 'Running in Word.',
    hostOutlook: 'Running in Outlook.',
    hostNone: 'Not running inside Office. Sideload the manifest (see the README) to use Wenshu in Word or Outlook.',
    loading: 'Connecting…',
    comingSoon: 'The drafting and revision panes are coming next.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)['en-US'];

export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
