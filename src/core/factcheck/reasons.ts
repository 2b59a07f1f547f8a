/** The short explanation shown with each mark, in both languages. */
import type { Localized } from '../i18n/locale.js';
import type { Reason } from './facts.js';
import type { MarkKind } from './types.js';

function absent(zh: string, en: string): Localized {
  return {
    'zh-CN': `此${zh}未出现在您提供的内容中，请核实`,
    'en-US': `This ${en} does not appear in what you provided; please verify.`,
  };
}

/** For contact details a hostile mail could have planted. */
function fromMail(zh: string, en: string): Localized {
  return {
    'zh-CN': `此${zh}只出现在收到的邮件中，可能是对方伪造的，请核实后再使用`,
    'en-US': `This ${en} appears only in the incoming message, which may be forged; please verify it before using it.`,
  };
}

export const REASONS: Record<Reason, Localized> = {
  number: absent('数字', 'number'),
  date: absent('日期', 'date'),
  time: absent('时间', 'time'),
  amount: absent('金额', 'amount'),
  percent: absent('百分比', 'percentage'),
  phone: absent('电话号码', 'phone number'),
  email: absent('电子邮件地址', 'e-mail address'),
  url: {
    'zh-CN': '此链接未出现在您提供的内容中，请核实后再使用',
    'en-US': 'This link does not appear in what you provided; please verify it before anyone uses it.',
  },
  title: absent('书名或文件名', 'title'),
  quote: absent('引用的名称', 'quoted name'),
  docno: absent('文号', 'document number'),
  code: absent('编号', 'code or reference number'),
  urlUntrusted: fromMail('链接', 'link'),
  emailUntrusted: fromMail('电子邮件地址', 'e-mail address'),
  phoneUntrusted: fromMail('电话号码', 'phone number'),
  attachment: {
    'zh-CN': '正文提到附件，但您提供的内容中没有提到任何附件，请核实',
    'en-US': 'The draft promises an attachment, but nothing you provided mentions one; please verify.',
  },
};

/** The public kind of a mark: times count as dates, document numbers and codes as numbers. */
export const KIND_OF: Record<Reason, MarkKind> = {
  number: 'number',
  date: 'date',
  time: 'date',
  amount: 'amount',
  percent: 'percent',
  phone: 'phone',
  email: 'email',
  url: 'url',
  title: 'title',
  quote: 'quote',
  docno: 'number',
  code: 'number',
  urlUntrusted: 'url',
  emailUntrusted: 'email',
  phoneUntrusted: 'phone',
  attachment: 'attachment',
};
