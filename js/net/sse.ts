/**
 * Incremental parser for the `text/event-stream` format.
 *
 * Why it exists: the shim's EventSource replacement reads the worker's streamed response body chunk
 * by chunk; chunks split lines (and even "\r\n" pairs) anywhere, so parsing must be stateful. Follows
 * the WHATWG rules: `data:` lines accumulate (joined by "\n"), `event:` names the event, `id:` sets the
 * last event id, `retry:` is reported, lines starting with ":" are comments, a blank line dispatches.
 */

export interface SseEvent {
  /** Event type; "message" unless an `event:` field named another. */
  type: string;
  data: string;
  lastEventId: string;
}

export class SseParser {
  private buffer = "";
  private data: string[] = [];
  private eventType = "";
  private lastEventId = "";
  private decoder = new TextDecoder();
  private skipLF = false;
  /** Milliseconds from the last `retry:` field, if any. */
  retry: number | null = null;

  constructor(private readonly onEvent: (event: SseEvent) => void) {}

  /** Feed raw bytes (decoded as UTF-8, multi-byte characters may straddle chunks). */
  pushBytes(chunk: Uint8Array): void {
    this.push(this.decoder.decode(chunk, { stream: true }));
  }

  /** Feed decoded text. */
  push(text: string): void {
    if (text === "") return;
    if (this.skipLF) {
      this.skipLF = false;
      if (text.startsWith("\n")) text = text.slice(1);
    }
    this.buffer += text;
    let start = 0;
    for (;;) {
      const cr = this.buffer.indexOf("\r", start);
      const lf = this.buffer.indexOf("\n", start);
      if (cr < 0 && lf < 0) break;
      let end: number;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        end = cr;
        if (cr + 1 < this.buffer.length) next = this.buffer[cr + 1] === "\n" ? cr + 2 : cr + 1;
        else {
          // "\r" ends the chunk: the line is complete, but a "\n" starting the next chunk belongs to it.
          next = cr + 1;
          this.skipLF = true;
        }
      } else {
        end = lf;
        next = lf + 1;
      }
      this.line(this.buffer.slice(start, end));
      start = next;
    }
    this.buffer = this.buffer.slice(start);
  }

  /** End of stream: a trailing event without its blank line is discarded, as browsers do. */
  end(): void {
    this.buffer = "";
    this.data = [];
    this.eventType = "";
  }

  private line(line: string): void {
    if (line === "") {
      this.dispatch();
      return;
    }
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    let field = line;
    let value = "";
    if (colon >= 0) {
      field = line.slice(0, colon);
      value = line.slice(colon + 1);
      if (value.startsWith(" ")) value = value.slice(1);
    }
    switch (field) {
      case "data":
        this.data.push(value);
        break;
      case "event":
        this.eventType = value;
        break;
      case "id":
        if (!value.includes("\0")) this.lastEventId = value;
        break;
      case "retry":
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default:
        break;
    }
  }

  private dispatch(): void {
    if (this.data.length === 0) {
      this.eventType = "";
      return;
    }
    const event: SseEvent = {
      type: this.eventType || "message",
      data: this.data.join("\n"),
      lastEventId: this.lastEventId,
    };
    this.data = [];
    this.eventType = "";
    this.onEvent(event);
  }
}
