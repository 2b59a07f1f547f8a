/** Types shared by prompt assembly, the gateway's model client and the add-in's API client. */
import type { Locale } from '../i18n/locale.js';
import type { FieldValues, Template } from '../templates/schema.js';

export type ChatRole = 'system' | 'user' | 'assistant';

/** One OpenAI-style chat message. */
export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** Untrusted text sent along with a request: the open document, a mail thread, a selection. */
export interface ContextItem {
  label: string;
  text: string;
}

export interface DraftRequest {
  template: Template;
  /** Values already checked by validateFieldValues. */
  values: FieldValues;
  context?: ContextItem[];
  locale: Locale;
  /** YYYY-MM-DD in the user's time zone. */
  today: string;
  /** Fixed fence id for tests; production leaves it out and gets a random one. */
  nonce?: string;
}

export const REVISION_ACTIONS = ['polish', 'shorten', 'expand', 'formal', 'proofread', 'translate', 'continue', 'custom'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export interface RevisionRequest {
  action: RevisionAction;
  /** The selected text to revise. */
  text: string;
  /** The user's own request; required for `custom`, optional extra wish otherwise. */
  instruction?: string;
  locale: Locale;
  nonce?: string;
}
