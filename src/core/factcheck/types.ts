/** Public shapes of the "please verify" marks. */
import type { Locale, Localized } from '../i18n/locale.js';

export const MARK_KINDS = [
  'number', 'date', 'amount', 'percent', 'phone', 'email', 'url', 'title', 'quote', 'attachment',
] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** A span of the draft that states something the user did not give. */
export interface VerifyMark {
  /** UTF-16 offsets into the draft: `draft.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  kind: MarkKind;
  /** A short explanation in both languages, for the pane's tooltip. */
  reason: Localized;
}

export interface FactcheckOptions {
  /**
   * How a numeric date such as 03/04/2024 is read in the draft: 'en-US' reads it month first;
   * otherwise both readings are tried and either one found in the sources is enough.
   */
  locale?: Locale;
}
