/** The constraints a field states under its input (range, how many items), in the user's language. */
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Field } from '../../../src/core/templates/schema.js';
import { t } from '../../i18n/messages.js';

export function constraintHint(field: Field, locale: Locale): string {
  switch (field.type) {
    case 'number':
    case 'date': {
      const { min, max } = field;
      if (min !== undefined && max !== undefined) return t(locale, 'form.range', { min, max });
      if (min !== undefined) return t(locale, 'form.atLeast', { min });
      if (max !== undefined) return t(locale, 'form.atMost', { max });
      return '';
    }
    case 'multiselect': {
      const { minItems: min, maxItems: max } = field;
      if (min && max) return t(locale, 'form.chooseLimit', { min, max });
      if (min) return t(locale, 'form.chooseAtLeast', { min });
      if (max) return t(locale, 'form.chooseAtMost', { max });
      return '';
    }
    case 'list':
      return field.maxItems ? t(locale, 'form.listLimit', { max: field.maxItems }) : '';
    default:
      return '';
  }
}

/** Characters as the validator counts them (code points). */
export const charLength = (s: string): number => [...s].length;
