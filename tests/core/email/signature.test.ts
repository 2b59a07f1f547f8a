import { stripSignature } from '../../../src/core/email/signature.js';
import { extractQuestions } from '../../../src/core/email/questions.js';

describe('stripSignature', () => {
  it('removes an English closing with its name block', () => {
    const text = 'The drawings are attached.\n\nKind regards,\nMaria Lopez\nProject Engineer\nAcme Structures Inc.';
    expect(stripSignature(text)).toBe('The drawings are attached.');
  });

  it('removes a closing and name written on one line', () => {
    expect(stripSignature('See you at the site visit on Monday.\n\nThanks, Oliver')).toBe('See you at the site visit on Monday.');
  });

  it('removes "此致 敬礼" with the name, department and date after it', () => {
    const text = '现将第一季度安全检查情况报告如下，请审阅。\n\n此致\n敬礼！\n\n综合办公室\n李明\n2024年4月2日';
    expect(stripSignature(text)).toBe('现将第一季度安全检查情况报告如下，请审阅。');
  });

  it('removes a Chinese closing like 顺祝商祺 followed by a contact block', () => {
    const text = '报价单已更新，单价下调3%。\n\n顺祝商祺！\n周婷 | 销售部经理\n手机：138 0013 4567\n邮箱：zhouting@example.com';
    expect(stripSignature(text)).toBe('报价单已更新，单价下调3%。');
  });

  it('removes the "-- " signature and everything after it', () => {
    const text = 'I have booked the room.\n-- \nKai Tanaka\nhttps://kai.example';
    expect(stripSignature(text)).toBe('I have booked the room.');
  });

  it.each([
    ['Sent from my iPhone'],
    ['Sent from my iPad'],
    ['Get Outlook for Android'],
    ['发自我的iPhone'],
    ['发自我的 iPhone'],
    ['来自我的华为手机'],
    ['发自网易邮箱大师'],
  ])('removes the device line "%s"', (line) => {
    expect(stripSignature(`OK, I will bring the contract.\n\n${line}`)).toBe('OK, I will bring the contract.');
  });

  it('removes a long English notice even when it comes in several paragraphs', () => {
    const text = [
      'Please review the attached draft by Friday.',
      'IMPORTANT NOTICE: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.',
      'If you have received this email in error please notify the system manager. Any unauthorised dissemination or copying of this email is prohibited.',
    ].join('\n\n');
    expect(stripSignature(text)).toBe('Please review the attached draft by Friday.');
  });

  it('removes a Chinese notice', () => {
    const text = '请于本周内反馈修改意见。\n\n本邮件及其附件含有本公司的保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件。';
    expect(stripSignature(text)).toBe('请于本周内反馈修改意见。');
  });

  it('keeps a sentence that merely mentions confidentiality', () => {
    const text = 'The pricing below is confidential, so please do not forward it.\n\nThe unit price is EUR 14.20.';
    expect(stripSignature(text)).toBe(text);
  });

  it('never removes a question, even one that looks like a signature line', () => {
    const text = 'Here is the plan.\n\nJohn Smith\nProject Manager\nCan you call me at +44 20 7946 0000?';
    expect(stripSignature(text)).toContain('Can you call me at +44 20 7946 0000?');
  });

  it('keeps a short list at the end of the message', () => {
    const text = 'Please bring:\n- your ID card\n- the signed NDA\n- Finance Manager approval';
    expect(stripSignature(text)).toBe(text);
  });

  it('never empties a message', () => {
    expect(stripSignature('Thanks!')).toBe('Thanks!');
    expect(stripSignature('谢谢！')).toBe('谢谢！');
  });
});

describe('extractQuestions', () => {
  it('finds questions by mark and by wording, in both languages', () => {
    const text = [
      'Hi Lena,',
      'The samples arrived. Could you send the test report as well. I need it for the audit.',
      'Please confirm the batch number, and let me know if the price changes.',
      '另外，贵司下周是否有人值班。交货期能延长一周吗',
      '请问发票什么时候寄出？我们已经付款了。',
    ].join('\n');
    expect(extractQuestions(text)).toEqual([
      'Could you send the test report as well.',
      'Please confirm the batch number, and let me know if the price changes.',
      '另外，贵司下周是否有人值班。',
      '交货期能延长一周吗',
      '请问发票什么时候寄出？',
    ]);
  });

  it('drops list markers but keeps the words verbatim, once each', () => {
    expect(extractQuestions('1. Can we move the call?\n2) 能否提前发货？\n- Can we move the call?')).toEqual(['Can we move the call?', '能否提前发货？']);
  });

  it('does not split at abbreviations or decimals', () => {
    expect(extractQuestions('Is the 2.5 mm gauge OK, e.g. for the M8 version?')).toEqual(['Is the 2.5 mm gauge OK, e.g. for the M8 version?']);
  });
});
