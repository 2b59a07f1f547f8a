/**
 * A mail body's HTML as the plain text Outlook hands an add-in for CoercionType.Text: block
 * boundaries become line breaks, comments vanish, and text that is merely styled out of sight
 * (white, zero-size) stays, because to a text conversion it is text like any other.
 */

/** Elements that start and end a paragraph of their own (a blank line around them). */
const PARAGRAPH = /^(P|DIV|H[1-6]|BLOCKQUOTE|PRE|TABLE|UL|OL|SECTION|ARTICLE|HEADER|FOOTER|ADDRESS)$/;
/** Elements that start a new line. */
const LINE = /^(LI|TR|DT|DD)$/;
const SKIP = /^(SCRIPT|STYLE|HEAD|TITLE|TEMPLATE)$/;

export function htmlToText(html: string): string {
  // DOMParser documents are inert: nothing in them loads or runs.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let out = '';
  const walk = (parent: Node): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        out += (node as Text).data.replace(/\s+/g, ' ');
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      const tag = el.tagName;
      if (SKIP.test(tag)) continue;
      if (tag === 'BR') {
        out += '\n';
        continue;
      }
      if (PARAGRAPH.test(tag)) out += '\n\n';
      else if (LINE.test(tag)) out += '\n';
      else if ((tag === 'TD' || tag === 'TH') && el.previousElementSibling) out += '\t';
      if (tag === 'LI') {
        const list = el.parentElement;
        const index = list ? Array.from(list.children).filter((c) => c.tagName === 'LI').indexOf(el) : 0;
        out += list?.tagName === 'OL' ? `${index + 1}. ` : '- ';
      }
      walk(el);
      if (PARAGRAPH.test(tag)) out += '\n\n';
    }
  };
  walk(doc.body);
  return out
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
