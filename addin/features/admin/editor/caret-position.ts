/**
 * Where the caret of a textarea is on screen, relative to the textarea's box: a hidden copy of
 * the textarea with the same font, padding and wrapping holds the text up to the caret and a
 * marker, whose position is the caret's. Used to open the autocomplete list at the caret.
 */
const COPIED = [
  'boxSizing', 'width', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform',
  'wordSpacing', 'textIndent', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'tabSize',
] as const;

export interface CaretPoint {
  top: number;
  left: number;
  /** Height of one line, for placing the list below the caret's line. */
  lineHeight: number;
}

export function caretPoint(area: HTMLTextAreaElement, caret: number): CaretPoint {
  const style = getComputedStyle(area);
  const mirror = document.createElement('div');
  for (const prop of COPIED) mirror.style[prop] = style[prop];
  Object.assign(mirror.style, { position: 'absolute', visibility: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', top: '0', left: '-9999px', borderStyle: 'solid' });
  mirror.textContent = area.value.slice(0, caret);
  const marker = document.createElement('span');
  marker.textContent = area.value.slice(caret, caret + 1) || '.';
  mirror.appendChild(marker);
  document.body.appendChild(mirror);
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4 || 20;
  const point = { top: marker.offsetTop - area.scrollTop, left: marker.offsetLeft - area.scrollLeft, lineHeight };
  mirror.remove();
  return point;
}
