import { expiryDate, nameProblem, sortTokens, tokenRequest } from '../../../addin/features/admin/tokens/token-form.js';

describe('new token form', () => {
  test('refuses a blank name and one longer than the gateway accepts', () => {
    expect(nameProblem('   ')).toBe('nameRequired');
    expect(nameProblem('x'.repeat(101))).toBe('nameTooLong');
    expect(nameProblem('  王芳  ')).toBeUndefined();
  });

  test('sends the trimmed name, the role, and the expiry in days unless it never expires', () => {
    expect(tokenRequest({ name: ' Wang Fang ', role: 'author', expiry: 30 })).toEqual({ name: 'Wang Fang', role: 'author', expiresInDays: 30 });
    expect(tokenRequest({ name: 'ops', role: 'admin', expiry: 0 })).toEqual({ name: 'ops', role: 'admin' });
    expect(tokenRequest({ name: '', role: 'admin', expiry: 7 })).toBeUndefined();
  });

  test('says when a token made now would expire', () => {
    const now = new Date('2025-03-01T10:00:00Z');
    expect(expiryDate(90, now)?.toISOString()).toBe('2025-05-30T10:00:00.000Z');
    expect(expiryDate(0, now)).toBeUndefined();
  });

  test('lists active tokens first, newest first within each group', () => {
    const t = (id: string, status: string, createdAt: string) => ({ id, status, createdAt });
    const sorted = sortTokens([
      t('old-active', 'active', '2025-01-01'),
      t('new-revoked', 'revoked', '2025-03-01'),
      t('new-active', 'active', '2025-02-01'),
      t('expired', 'expired', '2025-02-15'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['new-active', 'old-active', 'new-revoked', 'expired']);
  });
});
