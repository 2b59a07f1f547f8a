/** Thread clean-up and reply intents for Outlook replies; see README.md. */
export * from './types.js';
export { cleanThread, messageText, type CleanOptions } from './clean.js';
export { htmlToText } from './html-text.js';
export { estimateTokens } from './tokens.js';
export { detectLanguage } from './language.js';
export { extractQuestions } from './questions.js';
export { stripSignature } from './signature.js';
export { splitHistory, type Turn } from './history.js';
export { suggestIntents } from './intents.js';
export { INTENT_LABELS, LENGTH_LABELS, TONE_LABELS } from './labels.js';
export { CUT_MARK } from './budget.js';
