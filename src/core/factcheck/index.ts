/** "Please verify" marks for drafts: see README.md. */
export { countMarks, findUnverified, findUnverifiedWithIndex } from './find.js';
export { buildSourceIndex, type SourceIndex, type SourceInput } from './source-index.js';
export { MARK_KINDS, type FactcheckOptions, type MarkKind, type VerifyMark } from './types.js';
export { foldWidth, normaliseForMatch } from './width.js';
export { canonicalNumber, parseChineseNumber } from './numerals.js';
