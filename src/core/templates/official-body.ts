/**
 * The body of a 公文 out of what the model wrote. The header and closing elements come from the
 * form, so lines the model wrote for them anyway (a title, a 发文字号, 签发人, 主送机关, 附件说明,
 * the signature, the date, 附注, 抄送, 印发) are dropped, even when they look real. The review's
 * role detection finds most of them; exact matches with the form's own values catch the rest.
 * Blocks are only filtered, never changed, so "please verify" marks on them stay valid.
 */
import type { Block, Inline } from '../blocks/types.js';
import { detectStructure, type Role } from '../officialdoc/review/index.js';
import { DATE_ONLY, DOC_NUMBER } from '../officialdoc/review/roles.js';

/** What the form says, to recognise the model's copies of it. */
export interface BodyContext {
  title?: string;
  docType?: string;
  /** 发文机关 name, mark and signature as the form gives them. */
  names?: readonly string[];
  recipients?: string;
}

const DROPPED: ReadonlySet<Role> = new Set<Role>(['header', 'docNumber', 'title', 'addressee', 'attachmentNote', 'signature', 'date', 'note', 'cc', 'printed']);

/** Placeholders for parts the form supplies, alone on a line: 【发文字号】, 【签发人】 … */
const HEADER_PLACEHOLDER = /^【(?:份号|密级|保密期限|紧急程度|发文机关(?:标志|署名)?|发文字号|签发人|主送机关|成文日期|联系人|联系电话|抄送(?:机关)?|印发(?:机关|日期)?)】$/u;
const SIGNER_LINE = /^签发人\s*[：:]/u;
const CLOSING_LINE = /^(?:附件\s*[0-9０-９]{0,2}\s*[：:]|[（(]\s*(?:联系人|此件|本件)|抄送\s*[：:]|抄报\s*[：:])/u;

const norm = (s: string) => s.replace(/^#+\s*/, '').replace(/[\s\u3000]+/g, '').replace(/[：:。]+$/u, '');

function textOf(block: Block): string {
  const plain = (runs: readonly Inline[]) => runs.map((r) => r.text).join('');
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return plain(block.content);
    // Lists and tables are body text whatever their words say; give the detector a sentence.
    case 'list':
      return `${block.items.map((i) => plain(i.content)).join('；')}。`;
    case 'table':
      return '表格内容。';
  }
}

function isDocNumberOnly(text: string): boolean {
  const m = DOC_NUMBER.exec(text);
  return !!m && text.length <= 40 && !/[。；！？]/u.test(text);
}

/** Blocks of the body proper, in order. */
export function officialBody<B extends Block>(blocks: readonly B[], context: BodyContext = {}): B[] {
  const texts = blocks.map((b) => textOf(b).trim());
  const roles = detectStructure(texts, 'document', context.docType).paragraphs.map((p) => p.role);
  const title = context.title ? norm(context.title) : '';
  const names = new Set((context.names ?? []).map(norm).filter(Boolean));
  const recipients = context.recipients ? norm(context.recipients) : '';

  const keep = blocks.map((block, i) => {
    const text = texts[i] ?? '';
    const n = norm(text);
    if (!n) return false;
    if (block.type === 'list' || block.type === 'table') return true;
    if (DROPPED.has(roles[i] ?? 'body')) return false;
    if ((title && n === title) || HEADER_PLACEHOLDER.test(n) || SIGNER_LINE.test(text) || isDocNumberOnly(text)) return false;
    return true;
  });

  // Before the first body line: a leading "# " title, the addressee or the mark in any form.
  for (let i = 0; i < blocks.length; i++) {
    if (!keep[i]) continue;
    const block = blocks[i]!;
    const n = norm(texts[i] ?? '');
    if ((block.type === 'heading' && block.level === 1) || (recipients && n === recipients) || names.has(n)) keep[i] = false;
    else break;
  }
  // After the last body line: the signature, a date, an attachment list, 附注 or 版记 lines.
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (!keep[i]) continue;
    const text = texts[i] ?? '';
    const n = norm(text);
    if (names.has(n) || DATE_ONLY.test(n) || CLOSING_LINE.test(text) || /印发$/u.test(n)) keep[i] = false;
    else break;
  }
  return blocks.filter((_b, i) => keep[i]);
}
