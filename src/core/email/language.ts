/**
 * The language a reply should be written in, from the script of the newest message: Chinese when
 * at least a fifth of its letters are Han characters (links and addresses left out), English
 * otherwise. A Chinese mail full of English product names still counts as Chinese; an English
 * mail that names 张三 does not.
 */
import type { Locale } from '../i18n/locale.js';

// The look-behind makes an address match start only at a word's start (linear on long text).
const LINKS = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+|(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/** Share of Han characters among Han and Latin letters; undefined when there are neither. */
export function hanRatio(text: string): number | undefined {
  const plain = text.replace(LINKS, ' ');
  const han = plain.match(HAN)?.length ?? 0;
  const latin = plain.match(LATIN)?.length ?? 0;
  return han + latin === 0 ? undefined : han / (han + latin);
}

export const ZH_RATIO = 0.2;

/** zh-CN or en-US for the first of the texts that has letters at all; en-US when none has. */
export function detectLanguage(...texts: string[]): Locale {
  for (const text of texts) {
    const ratio = hanRatio(text);
    if (ratio !== undefined) return ratio >= ZH_RATIO ? 'zh-CN' : 'en-US';
  }
  return 'en-US';
}
