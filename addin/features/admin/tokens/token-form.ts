/**
 * The new-token form's rules, kept apart from the screen so they can be tested: the name
 * the gateway accepts, the expiry choices, and when a token of that choice would expire.
 */
import type { TokenRole } from '../../../api/admin-tokens.js';

export const NAME_MAX = 100;

/** Days; 0 stands for "never expires". */
export const EXPIRY_CHOICES = [7, 30, 90, 365, 0] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];
export const DEFAULT_EXPIRY: ExpiryChoice = 90;

export interface TokenFormValues {
  name: string;
  role: TokenRole;
  expiry: ExpiryChoice;
}

export type NameProblem = 'nameRequired' | 'nameTooLong';

export function nameProblem(name: string): NameProblem | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'nameRequired';
  if (trimmed.length > NAME_MAX) return 'nameTooLong';
  return undefined;
}

/** The POST body, or undefined while the form is not valid. */
export function tokenRequest(values: TokenFormValues): { name: string; role: TokenRole; expiresInDays?: number } | undefined {
  if (nameProblem(values.name)) return undefined;
  return { name: values.name.trim(), role: values.role, ...(values.expiry > 0 ? { expiresInDays: values.expiry } : {}) };
}

/** When a token created `now` with this choice expires; undefined for never. */
export function expiryDate(choice: ExpiryChoice, now: Date): Date | undefined {
  return choice > 0 ? new Date(now.getTime() + choice * 86_400_000) : undefined;
}

/** Active tokens first (newest first within each group), as the gateway lists them. */
export function sortTokens<T extends { status: string; createdAt: string }>(tokens: readonly T[]): T[] {
  const rank = (s: string) => (s === 'active' ? 0 : 1);
  return [...tokens].sort((a, b) => rank(a.status) - rank(b.status) || b.createdAt.localeCompare(a.createdAt));
}
