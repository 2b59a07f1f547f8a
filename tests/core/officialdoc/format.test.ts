import {
  cellWidth,
  chineseNumeral,
  formatChineseDate,
  formatCopyNumber,
  formatCopyTo,
  formatDocNumber,
  formatNote,
  formatPrintDate,
  formatRecipients,
  formatSecrecy,
  parseDocNumber,
  parseIsoDate,
} from '../../../src/core/officialdoc/format.js';

describe('formatting 公文 elements the way GB/T 9704-2012 writes them', () => {
  it('writes 发文字号 with six-cornered brackets, no 第 and no leading zeros', () => {
    expect(formatDocNumber({ code: 'X发', year: 2024, seq: 7 })).toBe('X发〔2024〕7号');
    expect(formatDocNumber({ code: ' 国办发 ', year: 2023, seq: 112 })).toBe('国办发〔2023〕112号');
    expect(() => formatDocNumber({ code: 'X发', year: 24, seq: 7 })).toThrow(RangeError);
    expect(() => formatDocNumber({ code: 'X发', year: 2024, seq: 0 })).toThrow(RangeError);
  });

  it('reads 发文字号 back and tells the correct form from common mistakes', () => {
    expect(parseDocNumber('X发〔2024〕7号')).toEqual({ code: 'X发', year: 2024, seq: 7, exact: true });
    for (const wrong of ['X发[2024]7号', 'X发（2024）7号', 'X发〔2024〕第7号', 'X发〔2024〕07号']) {
      expect(parseDocNumber(wrong)).toMatchObject({ code: 'X发', year: 2024, seq: 7, exact: false });
    }
    expect(parseDocNumber('no number here')).toBeNull();
  });

  it('writes dates in Arabic numerals without leading zeros, and refuses days that do not exist', () => {
    expect(formatChineseDate('2024-07-23')).toBe('2024年7月23日');
    expect(formatChineseDate('2024-12-01')).toBe('2024年12月1日');
    expect(formatPrintDate('2024-07-24')).toBe('2024年7月24日印发');
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(() => formatChineseDate('2024-7-23')).toThrow(RangeError);
  });

  it('ends 主送机关 with exactly one full-width colon and puts 附注 in round brackets once', () => {
    expect(formatRecipients('各区人民政府，市政府各委、办、局')).toBe('各区人民政府，市政府各委、办、局：');
    expect(formatRecipients('市人民政府:')).toBe('市人民政府：');
    expect(formatRecipients('市人民政府，')).toBe('市人民政府：');
    expect(formatRecipients('  ')).toBe('');
    expect(formatNote('联系人：李明，电话：12345678')).toBe('（联系人：李明，电话：12345678）');
    expect(formatNote('（此件公开发布）')).toBe('（此件公开发布）');
    expect(formatNote('(此件公开发布)')).toBe('（此件公开发布）');
  });

  it('lists 抄送机关 after 抄送： with full-width commas and a full stop', () => {
    expect(formatCopyTo(['市委各部门', '市人大常委会办公厅。', ' 市法院 '])).toBe('抄送：市委各部门，市人大常委会办公厅，市法院。');
    expect(formatCopyTo([])).toBe('');
  });

  it('writes 密级, 份号 and the Chinese numerals of 一、 and （一）', () => {
    expect(formatSecrecy('机密', '1年')).toBe('机密★1年');
    expect(formatSecrecy('秘密')).toBe('秘密');
    expect(formatCopyNumber('128')).toBe('000128');
    expect(() => formatCopyNumber('1234567')).toThrow(RangeError);
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '二十', '二十一', '九十九']);
  });

  it('counts ideographs as one cell and Latin letters and digits as half', () => {
    expect(cellWidth('某市人民政府')).toBe(6);
    expect(cellWidth('2024年7月23日')).toBe(6.5);
    expect(cellWidth('〔2024〕7号')).toBe(5.5);
  });
});
