/**
 * A Server-Sent Events parser that is fed text as it arrives. Network chunks split lines,
 * events and even the CR of a CRLF anywhere, so the parser keeps the unfinished tail between
 * feeds. It follows the HTML spec's rules for the fields the gateway uses (event, data, id).
 */
export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private id: string | undefined;
  private sawData = false;

  /** Takes the next piece of the stream; returns the events it completed. */
  feed(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const out: SseMessage[] = [];
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (c !== '\n' && c !== '\r') continue;
      // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
      if (c === '\r' && i === this.buffer.length - 1) break;
      this.line(this.buffer.slice(start, i), out);
      if (c === '\r' && this.buffer[i + 1] === '\n') i++;
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
    return out;
  }

  /** The stream ended: an event without its closing blank line is dropped, as browsers do. */
  end(): SseMessage[] {
    this.buffer = '';
    this.reset();
    return [];
  }

  private line(line: string, out: SseMessage[]): void {
    if (line === '') {
      if (this.sawData) out.push({ event: this.event || 'message', data: this.data.join('\n'), ...(this.id !== undefined ? { id: this.id } : {}) });
      this.reset();
      return;
    }
    if (line.startsWith(':')) return; // comment / keep-alive
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') {
      this.data.push(value);
      this.sawData = true;
    } else if (field === 'id') this.id = value;
  }

  private reset(): void {
    this.event = '';
    this.data = [];
    this.sawData = false;
  }
}
