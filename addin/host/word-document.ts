/**
 * Word operations on the whole document, for the format review and for official documents:
 * reading every paragraph (a list item's number first), finding the paragraphs the selection
 * touches, correcting a few characters inside one paragraph after checking they are still what
 * the review saw, and putting a .docx in at the cursor or opening it as a new document.
 * Everything here is WordApi 1.3.
 */
import { HostError, type ParagraphRange } from './types.js';

/** Paragraph texts as the review sees them: listString + text for list items. */
export async function readParagraphs(context: Word.RequestContext): Promise<string[]> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('text,isListItem');
  await context.sync();
  const items = paragraphs.items;
  const lists = items.map((p) => (p.isListItem ? p.listItem : undefined));
  for (const item of lists) item?.load('listString');
  if (lists.some(Boolean)) await context.sync();
  return items.map((p, i) => `${lists[i]?.listString ?? ''}${p.text}`);
}

/** Index of the paragraph holding `point`: the paragraphs from the start of the body up to it, less one. */
function indexOf(context: Word.RequestContext, point: Word.Range): Word.ParagraphCollection {
  const upTo = context.document.body.getRange('Start').expandTo(point).paragraphs;
  upTo.load('text');
  return upTo;
}

export async function selectionParagraphRange(context: Word.RequestContext): Promise<ParagraphRange | undefined> {
  const selection = context.document.getSelection();
  selection.load('text');
  const first = indexOf(context, selection.paragraphs.getFirst().getRange('Start'));
  const last = indexOf(context, selection.paragraphs.getLast().getRange('Start'));
  await context.sync();
  if (selection.text === '') return undefined;
  return { start: first.items.length - 1, end: last.items.length };
}

/** Word's search treats ^ as the start of a special character; ^^ is a literal caret. */
const searchText = (text: string) => text.replace(/\^/g, '^^');

/** Where `needle` starts, in the order Word's search finds non-overlapping matches. */
function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) out.push(at);
  return out;
}

/** Word's search accepts at most 255 characters. */
const MAX_SEARCH = 255;

/** One paragraph by index, with its list number: a page of one, so Fix all does not reread the document each time. */
async function paragraphAt(context: Word.RequestContext, index: number): Promise<{ paragraph: Word.Paragraph; prefix: string } | undefined> {
  const page = context.document.body.paragraphs;
  page.load({ select: 'text,isListItem', skip: index, top: 1 });
  await context.sync();
  const paragraph = page.items[0];
  if (!paragraph) return undefined;
  if (!paragraph.isListItem) return { paragraph, prefix: '' };
  const item = paragraph.listItem;
  item.load('listString');
  await context.sync();
  return { paragraph, prefix: item.listString };
}

export async function replaceInParagraph(context: Word.RequestContext, index: number, start: number, end: number, expected: string, replacement: string): Promise<void> {
  const found = index >= 0 ? await paragraphAt(context, index) : undefined;
  const text = found ? found.prefix + found.paragraph.text : undefined;
  if (!found || text === undefined || end <= start || text.slice(start, end) !== expected) throw new HostError('edit_conflict');
  const { paragraph, prefix } = found;
  if (start < prefix.length) throw new HostError('list_numbering');
  if (expected.length > MAX_SEARCH) throw new HostError('not_supported');
  // Word ranges have no offsets: find the match that starts where the review said.
  const own = text.slice(prefix.length);
  const nth = occurrences(own, expected).indexOf(start - prefix.length);
  if (nth < 0) throw new HostError('edit_conflict');
  const matches = paragraph.search(searchText(expected), { matchCase: true });
  matches.load('text');
  await context.sync();
  const target = matches.items[nth];
  if (!target || target.text !== expected) throw new HostError('edit_conflict');
  target.insertText(replacement, 'Replace');
  await context.sync();
}

/**
 * A .docx at the cursor, in an empty paragraph of its own (the cursor's, when blank), so the
 * inserted paragraphs neither merge with the user's text nor inherit its list. Word brings the
 * file's named styles along; headers and footers stay out.
 */
export async function insertDocxAtCursor(context: Word.RequestContext, base64: string): Promise<void> {
  const paragraph = context.document.getSelection().paragraphs.getFirst();
  paragraph.load('text,isListItem');
  await context.sync();
  let target = paragraph;
  if (paragraph.text.trim() !== '' || paragraph.isListItem) {
    target = paragraph.insertParagraph('', 'After');
    if (paragraph.isListItem) target.detachFromList();
  }
  target.insertFileFromBase64(base64, 'Replace');
  await context.sync();
}

export async function openDocx(context: Word.RequestContext, base64: string): Promise<void> {
  context.application.createDocument(base64).open();
  await context.sync();
}
