/**
 * Removes `<think>…</think>` blocks from streamed model text. Reasoning models (DeepSeek-R1,
 * Qwen3, …) served without a reasoning parser put their chain of thought in the content; users
 * must never see it in a draft. Tags may be split across chunks, so a possible partial tag at
 * the end of a chunk is held back until the next chunk decides it.
 */
const OPEN = '<think>';
const CLOSE = '</think>';

export class ThinkFilter {
  private inThink = false;
  /** A tail that may be the start of a tag; decided by the next chunk. */
  private carry = '';
  /** Models put blank lines after `</think>`; drop them so the draft starts with text. */
  private skipSpace = false;

  /** Feeds one chunk; returns the visible text it releases (possibly empty). */
  push(chunk: string): string {
    let s = this.carry + chunk;
    this.carry = '';
    let out = '';
    for (;;) {
      const tag = this.inThink ? CLOSE : OPEN;
      const at = s.indexOf(tag);
      if (at >= 0) {
        if (!this.inThink) out += this.visible(s.slice(0, at));
        s = s.slice(at + tag.length);
        this.inThink = !this.inThink;
        if (!this.inThink) this.skipSpace = true;
        continue;
      }
      const keep = partialTagLength(s, tag);
      this.carry = s.slice(s.length - keep);
      if (!this.inThink) out += this.visible(s.slice(0, s.length - keep));
      return out;
    }
  }

  /** At the end of the stream: a held-back tail that never became a tag is text, unless inside a think block. */
  flush(): string {
    const rest = this.inThink ? '' : this.visible(this.carry);
    this.carry = '';
    return rest;
  }

  private visible(text: string): string {
    if (!this.skipSpace || text === '') return text;
    const trimmed = text.trimStart();
    if (trimmed !== '') this.skipSpace = false;
    return trimmed;
  }
}

/** Length of the longest suffix of `s` that is a proper prefix of `tag`. */
function partialTagLength(s: string, tag: string): number {
  for (let n = Math.min(tag.length - 1, s.length); n > 0; n--) {
    if (s.endsWith(tag.slice(0, n))) return n;
  }
  return 0;
}
