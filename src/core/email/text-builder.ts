/**
 * Collects visible text into lines the way a mail client lays it out: inline text with collapsed
 * white space, line breaks, blank lines between paragraphs, list markers, table cells on one row
 * separated by " | ", and quoted blocks prefixed with "> ".
 */

/** Invisible characters that can split or hide words; never worth a token. */
export const INVISIBLE_CHARS = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

export class TextBuilder {
  private readonly lines: string[] = [];
  private line = '';
  /** Line breaks owed before the next text: 0, 1 (new line) or 2 (blank line). */
  private breaks = 0;
  private space = false;
  private separator = '';
  private prefix = '';
  /** How many blockquotes the text is inside. */
  quoteDepth = 0;

  /** Inline text; white space collapses as in HTML (pre keeps it). */
  text(raw: string, pre = false): void {
    const cleaned = raw.replace(INVISIBLE_CHARS, '');
    if (pre) {
      cleaned.split(/\r\n?|\n/).forEach((part, i) => {
        if (i > 0) this.lineBreak();
        if (part) this.put(part.replace(/\u00a0/g, ' '));
      });
      return;
    }
    const collapsed = cleaned.replace(/[\s\u00a0]+/g, ' ');
    if (collapsed.trim() === '') {
      // A paragraph holding only &nbsp; is how Outlook and Gmail write an empty line.
      if (cleaned.includes('\u00a0') && !this.currentLine) this.lineBreak();
      else if (collapsed && this.line) this.space = true;
      return;
    }
    if (collapsed.startsWith(' ')) this.space = true;
    this.put(collapsed.trim());
    if (collapsed.endsWith(' ')) this.space = true;
  }

  private put(text: string): void {
    if (this.breaks > 0) this.flush();
    if (!this.line) {
      this.line = '> '.repeat(this.quoteDepth) + this.prefix;
      this.prefix = '';
      this.space = false;
      this.separator = '';
    }
    if (this.separator) this.line += this.separator;
    else if (this.space && !this.line.endsWith(' ')) this.line += ' ';
    this.separator = '';
    this.space = false;
    this.line += text;
  }

  private flush(): void {
    if (this.line) this.lines.push(this.line);
    if (this.breaks === 2 && this.lines.length && this.lines.at(-1) !== '') this.lines.push('');
    this.line = '';
    this.breaks = 0;
    this.separator = '';
    this.space = false;
  }

  /** Text so far on the current line (without any owed line break). */
  get currentLine(): string {
    return this.breaks > 0 ? '' : this.line;
  }

  /** `<br>`: ends the line; on an empty line it makes a blank one. */
  lineBreak(): void {
    if (this.breaks > 0) this.flush();
    this.lines.push(this.line || '> '.repeat(this.quoteDepth).trimEnd());
    this.line = '';
    this.space = false;
    this.separator = '';
  }

  /** A block boundary: the next text starts a new line (blank line when `paragraph`). */
  block(paragraph: boolean): void {
    if (!this.line && this.breaks === 0 && !paragraph) return;
    this.breaks = Math.max(this.breaks, paragraph ? 2 : 1);
  }

  /** Text put before the first text of the next line (list markers). */
  startLine(prefix: string): void {
    this.block(false);
    this.prefix = prefix;
  }

  /** A table cell: separated from earlier cells of the row when they left text on this line. */
  cell(): void {
    if (this.currentLine.trim()) this.separator = ' | ';
  }

  toString(): string {
    this.flush();
    const out: string[] = [];
    for (const raw of this.lines) {
      const line = raw.trimEnd();
      const blank = line.replace(/^(?:>\s?)*/, '') === '';
      if (blank && (out.length === 0 || out.at(-1)!.replace(/^(?:>\s?)*/, '') === '')) continue;
      out.push(line);
    }
    while (out.length && out.at(-1)!.replace(/^(?:>\s?)*/, '') === '') out.pop();
    return out.join('\n');
  }
}
