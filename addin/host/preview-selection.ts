/**
 * The preview document's selection. Clicking a button in the pane takes focus (and often the DOM
 * selection) away from the document, so the last selection made inside it is remembered: Word
 * keeps its selection when the user clicks its task pane, and "Replace selection" must too.
 */

/** Elements that make a paragraph of their own when reading the selection. */
const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,td,th,caption,blockquote,pre,div';

export class SelectionMemory {
  private saved: Range | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly root: HTMLElement) {
    root.ownerDocument.addEventListener('selectionchange', this.onChange);
  }

  dispose(): void {
    this.root.ownerDocument.removeEventListener('selectionchange', this.onChange);
    this.listeners.clear();
  }

  /** Calls back whenever the selection inside the document changes. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** The live selection when it is in the document, else the last one that was. */
  current(): Range | undefined {
    return this.live() ?? (this.saved && this.inside(this.saved) ? this.saved : undefined);
  }

  /** After an insert: the caret goes after the new content, as typing would leave it. */
  remember(range: Range): void {
    this.saved = range;
    const selection = this.root.ownerDocument.getSelection();
    // Move the visible caret only if the user is working in the document; never steal focus from the pane.
    if (selection && this.root.contains(this.root.ownerDocument.activeElement)) {
      selection.removeAllRanges();
      selection.addRange(range.cloneRange());
    }
  }

  private inside(range: Range): boolean {
    return this.root.contains(range.startContainer) && this.root.contains(range.endContainer);
  }

  private live(): Range | undefined {
    const selection = this.root.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return undefined;
    const range = selection.getRangeAt(0);
    return this.inside(range) ? range : undefined;
  }

  private readonly onChange = (): void => {
    const range = this.live();
    if (!range) return;
    this.saved = range.cloneRange();
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (err) {
        console.error('Wenshu: selection listener failed', err);
      }
    }
  };
}

/**
 * The selected text, one string per block it touches, cut to the selection at both ends. Text
 * already struck out as a tracked deletion is not part of what the document says.
 */
export function selectedParagraphs(range: Range, root: HTMLElement): string[] {
  const out: string[] = [];
  let block: Element | null | undefined;
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node) || node.parentElement?.closest('del.tracked')) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    const owner = node.parentElement?.closest(BLOCKS) ?? null;
    const here = owner && root.contains(owner) && owner !== root ? owner : null;
    if (here !== block) {
      if (block !== undefined) out.push(text);
      block = here;
      text = '';
    }
    text += node.data.slice(start, end).replace(/\u00a0/g, ' ');
  }
  if (block !== undefined) out.push(text);
  return out;
}
