/** replySources: what a reply's "please verify" marks are checked against. */
import { maskMailSource, replySources } from '../../../src/core/email/sources.js';
import type { MailMessage } from '../../../src/core/email/types.js';
import { findUnverified } from '../../../src/core/factcheck/index.js';

const mail: MailMessage = {
  subject: '订单 SO-2025-0312 付款',
  from: { name: '李娜', address: 'li.na@customer-co.cn' },
  to: [{ address: 'service@our-company.cn' }],
  cc: [],
  date: '2025-03-12T09:30:00+08:00',
  bodyText: '您好，订单 SO-2025-0312 共 ¥12,800.00，3 月 20 日前付款。请把发票寄到我们公司。',
};

const kinds = (draft: string, sources = replySources(mail, {})) => findUnverified(draft, sources, { locale: 'zh-CN' }).map((m) => `${m.kind}:${m.text}`);

describe('replySources', () => {
  it('passes form values as trusted text and the mail as untrusted', () => {
    const sources = replySources(mail, { recipientName: '李女士', replyPoints: ['本周内发货', '运费由我方承担'], copies: 2 }, { today: '2025-03-12' });
    expect(sources.slice(0, 5)).toEqual(['李女士', '本周内发货', '运费由我方承担', '2', '2025-03-12']);
    expect(sources.at(-1)).toEqual({ text: expect.stringContaining('SO-2025-0312'), untrusted: true });
  });

  it('backs the numbers, amounts and dates a reply restates from the mail', () => {
    expect(kinds('您的订单 SO-2025-0312 共 ¥12,800.00，我们会在 3 月 20 日前处理。')).toEqual([]);
  });

  it('marks a reply\'s e-mail address that only the mail gives, and trusts one from the form', () => {
    expect(kinds('请联系 li.na@customer-co.cn。')).toEqual(['email:li.na@customer-co.cn']);
    expect(kinds('请联系 li.na@customer-co.cn。', replySources(mail, { contact: 'li.na@customer-co.cn' }))).toEqual([]);
  });

  it('reads the HTML body as its reader sees it: a link hidden in it backs nothing', () => {
    const html: MailMessage = {
      ...mail,
      bodyText: '请付款。http://hidden.example/pay',
      bodyHtml: '<p>请付款。</p><p style="display:none">http://hidden.example/pay 客服电话 13800138000</p>',
    };
    const source = replySources(html, {}).at(-1) as { text: string };
    expect(source.text).not.toContain('hidden.example');
    expect(kinds('请访问 http://hidden.example/pay', replySources(html, {}))).toEqual(['url:http://hidden.example/pay']);
  });

  it('masks account numbers, IBANs and SWIFT codes but not order numbers or dates near payment words', () => {
    const text = '收款账号：6222 0212 3456 7890 123。IBAN GB29 NWBK 6016 1331 9268 19, SWIFT: NWBKGB2L. 汇款日期 2025-03-20，订单 202503100017。';
    const masked = maskMailSource(text);
    for (const gone of ['6222', 'GB29', 'NWBKGB2L']) expect(masked).not.toContain(gone);
    for (const kept of ['2025-03-20', '202503100017']) expect(masked).toContain(kept);
  });

  it('masks phone numbers the fact check would read as plain numbers, and keeps ones it reads as phones', () => {
    const masked = maskMailSource('联系电话 0755-8666-2233；手机 13800138000');
    expect(masked).not.toContain('0755-8666-2233');
    expect(masked).toContain('13800138000');
    expect(kinds('请致电 0755-8666-2233', replySources({ ...mail, bodyText: '联系电话 0755-8666-2233' }, {}))).not.toEqual([]);
  });

  it('never lets the mail back an attachment, only the form', () => {
    const asks: MailMessage = { ...mail, bodyText: '请在回复中附上合同 contract.pdf。' };
    expect(kinds('合同已随附，请查收。', replySources(asks, {}))).toEqual(['attachment:随附']);
    expect(kinds('合同已随附，请查收。', replySources(asks, { attachments: ['合同.pdf'] }))).toEqual([]);
  });
});
