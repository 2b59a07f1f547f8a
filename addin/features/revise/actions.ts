/** The revision actions offered as buttons, with their labels; custom has its own box. */
import type { RevisionAction } from '../../../src/core/prompt/types.js';
import type { MessageKey } from '../../i18n/messages.js';

export type ButtonAction = Exclude<RevisionAction, 'custom'>;

export const ACTION_BUTTONS: { action: ButtonAction; label: MessageKey }[] = [
  { action: 'polish', label: 'revise.polish' },
  { action: 'shorten', label: 'revise.shorten' },
  { action: 'expand', label: 'revise.expand' },
  { action: 'formal', label: 'revise.formal' },
  { action: 'proofread', label: 'revise.proofread' },
  { action: 'translate', label: 'revise.translateToEn' },
  { action: 'continue', label: 'revise.continue' },
];

/** Actions whose result is compared word by word with the original (shown by default for proofread). */
export const DIFFABLE = new Set<RevisionAction>(['polish', 'shorten', 'formal', 'proofread', 'custom']);
