import { joinContinuation, sameText } from '../../../addin/features/revise/continuation.js';

describe('joinContinuation', () => {
  it('carries on a Chinese paragraph without a space', () => {
    expect(joinContinuation('会议决定如下。', '一是加强管理。')).toBe('会议决定如下。一是加强管理。');
  });
  it('carries on an English paragraph with one space', () => {
    expect(joinContinuation('We met on Monday. ', ' We agreed to proceed.')).toBe('We met on Monday. We agreed to proceed.');
  });
  it('starts a new paragraph when the continuation starts on a new line', () => {
    expect(joinContinuation('第一段。', '\n\n第二段。')).toBe('第一段。\n第二段。');
  });
  it('keeps the original when nothing came back', () => {
    expect(joinContinuation('原文', '  ')).toBe('原文');
  });
});

describe('sameText', () => {
  it('ignores line-end and spacing differences between Word and the browser', () => {
    expect(sameText('a\r\nb ', 'a b')).toBe(true);
    expect(sameText('a', 'b')).toBe(false);
  });
});
