/** The intents offered for a message, labelled for the pane. */
import { INTENT_LABELS } from '../../../src/core/email/labels.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { IntentSuggestion } from '../../api/replies.js';
import type { IntentChoice } from './IntentList.js';

/** Labelled in the pane's language from core's catalogue, so switching language relabels them without a request. */
export function intentChoices(suggestions: IntentSuggestion[], locale: Locale): IntentChoice[] {
  return suggestions.map((s) => ({ intent: s.intent, label: INTENT_LABELS[s.intent]?.[locale] || s.label || s.intent }));
}
