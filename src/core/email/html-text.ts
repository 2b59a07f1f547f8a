/**
 * `htmlToText`: the text a person sees when the mail is open, and nothing else. Comments,
 * scripts, styles and everything hidden (see visibility.ts) are dropped, because that is where
 * hostile mails put instructions meant for the model. A link whose text differs from its target
 * is written `text (url)`, so a planted address stays in view of the fact check.
 */
import { Parser } from 'htmlparser2';
import { StyleSheet, parseDeclarations, type ElementInfo } from './css.js';
import { TextBuilder } from './text-builder.js';
import { VISIBLE_ROOT, childVisibility, textShown, type Visibility } from './visibility.js';

const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'hr', 'ul', 'ol', 'dl', 'figure']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'center', 'dd', 'details', 'dialog', 'div', 'dt', 'fieldset', 'figcaption',
  'footer', 'form', 'header', 'li', 'main', 'nav', 'section', 'summary', 'tr', 'caption', 'tbody', 'thead', 'tfoot',
]);
/** Word's "normal" paragraphs are single lines: Outlook marks blank lines with empty ones. */
const OUTLOOK_LINE = /\bMso(Normal|PlainText|ListParagraph\w*|AutoSig)\b/;
const SHOWN_SCHEMES = /^(https?:|ftp:|mailto:|tel:|www\.)/i;

interface Frame {
  info: ElementInfo;
  vis: Visibility;
  paragraph: boolean;
  block: boolean;
  link?: { href: string; text: string };
  list?: { ordered: boolean; next: number };
}

/** Compares link text and target as a reader would: scheme, www., case and a final / aside. */
function sameTarget(text: string, href: string): boolean {
  const norm = (s: string) => s.trim().toLowerCase().replace(/^(https?:\/\/|mailto:|tel:|ftp:\/\/)/, '').replace(/^www\./, '').replace(/\/$/, '');
  return norm(text) === norm(href);
}

/** What to show for a link target: the address for mailto:/tel:, the URL otherwise. */
function shownTarget(href: string): string {
  return href.replace(/^(mailto|tel):/i, '').split('?')[0]!.trim() || href;
}

function collectStyles(html: string): StyleSheet {
  const sheet = new StyleSheet();
  // A style element's text may arrive in pieces; rules are read once it is whole.
  let css: string | undefined;
  const parser = new Parser({
    onopentag(name) {
      if (name === 'style') css = '';
    },
    ontext(text) {
      if (css !== undefined) css += text;
    },
    onclosetag(name) {
      if (name === 'style' && css !== undefined) {
        sheet.add(css);
        css = undefined;
      }
    },
  });
  parser.write(html);
  parser.end();
  return sheet;
}

/** The visible text of an HTML mail body. */
export function htmlToText(html: string): string {
  const sheet = collectStyles(html);
  const out = new TextBuilder();
  const stack: Frame[] = [];
  const ancestors: ElementInfo[] = [];
  let pre = 0;
  const top = () => stack.at(-1);

  const open = (tag: string, attribs: Record<string, string>) => {
    const info: ElementInfo = { tag, attribs };
    const decls = sheet.empty ? new Map<string, string>() : sheet.match(info, ancestors, new Map());
    if (attribs.style) parseDeclarations(attribs.style, decls);
    const vis = childVisibility(top()?.vis ?? VISIBLE_ROOT, info, decls);
    const outlookLine = tag === 'p' && OUTLOOK_LINE.test(attribs.class ?? '');
    const nestedList = (tag === 'ul' || tag === 'ol') && stack.some((f) => f.list);
    const paragraph = PARAGRAPHS.has(tag) && !outlookLine && !nestedList;
    const frame: Frame = { info, vis, paragraph, block: BLOCKS.has(tag) || outlookLine || nestedList };
    stack.push(frame);
    ancestors.push(info);
    if (vis.removed) return;
    if (frame.paragraph || frame.block) out.block(frame.paragraph);
    if (tag === 'pre') pre++;
    if (tag === 'blockquote') out.quoteDepth++;
    if (tag === 'ul' || tag === 'ol') frame.list = { ordered: tag === 'ol', next: Number.parseInt(attribs.start ?? '1', 10) || 1 };
    if (tag === 'li') {
      const lists = stack.filter((f) => f.list);
      const list = lists.at(-1)?.list;
      const indent = '  '.repeat(Math.max(0, lists.length - 1));
      out.startLine(indent + (list?.ordered ? `${list.next++}. ` : '- '));
    }
    if (tag === 'td' || tag === 'th') out.cell();
    if (tag === 'br') out.lineBreak();
    if (tag === 'a' && attribs.href && SHOWN_SCHEMES.test(attribs.href.trim())) frame.link = { href: attribs.href.trim(), text: '' };
  };

  const close = () => {
    const frame = stack.pop();
    ancestors.pop();
    if (!frame || frame.vis.removed) return;
    const { tag } = frame.info;
    if (frame.link) {
      const text = frame.link.text.trim();
      if (text && !sameTarget(text, frame.link.href)) out.text(` (${shownTarget(frame.link.href)})`);
    }
    if (tag === 'pre') pre--;
    if (tag === 'blockquote') {
      out.block(true);
      out.quoteDepth--;
    }
    if (frame.paragraph || frame.block) out.block(frame.paragraph);
  };

  const parser = new Parser(
    {
      onopentag: open,
      onclosetag: close,
      ontext(text) {
        const frame = top();
        if (frame && !textShown(frame.vis)) return;
        out.text(text, pre > 0);
        for (let i = stack.length - 1; i >= 0; i--) {
          const link = stack[i]!.link;
          if (link) {
            link.text += text;
            break;
          }
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return out.toString();
}
