/**
 * An EventSource look-alike whose stream comes from an app's worker instead of the network.
 *
 * Why it exists: Gradio's queue sends results over `GET .../queue/data` as server-sent events. The real
 * EventSource cannot be pointed at a MessagePort, so for app URLs the shim constructs this class: it
 * issues the GET through the transport, parses the streamed body incrementally and dispatches
 * `open`/`message`/named events/`error` like the browser's. Differences: it never reconnects (an ended
 * stream becomes CLOSED with an `error` event, like a failed connection); `close()` tells the worker
 * the client went away.
 */

import { SseParser, type SseEvent } from "./sse";
import { type AppRoute, sendToWorker } from "./transport";

type Handler<E extends Event> = ((this: WorkerEventSource, ev: E) => unknown) | null;

export class WorkerEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;

  readonly url: string;
  readonly withCredentials: boolean;
  readyState = 0;
  onopen: Handler<Event> = null;
  onmessage: Handler<MessageEvent> = null;
  onerror: Handler<Event> = null;

  private readonly abort = new AbortController();

  constructor(route: AppRoute, url: string, init?: EventSourceInit) {
    super();
    this.url = url;
    this.withCredentials = Boolean(init?.withCredentials);
    void this.connect(route);
  }

  close(): void {
    if (this.readyState === WorkerEventSource.CLOSED) return;
    this.readyState = WorkerEventSource.CLOSED;
    this.abort.abort();
  }

  private emit(event: Event): void {
    try {
      if (event instanceof MessageEvent && event.type === "message") this.onmessage?.call(this, event);
      else if (event.type === "open") this.onopen?.call(this, event);
      else if (event.type === "error") this.onerror?.call(this, event);
    } catch (err) {
      report(err);
    }
    this.dispatchEvent(event);
  }

  private failed(): void {
    if (this.readyState === WorkerEventSource.CLOSED) return;
    this.readyState = WorkerEventSource.CLOSED;
    this.emit(new Event("error"));
  }

  private async connect(route: AppRoute): Promise<void> {
    let response: Response;
    try {
      const request = new Request(this.url, {
        headers: { accept: "text/event-stream", "cache-control": "no-cache" },
        signal: this.abort.signal,
      });
      response = await sendToWorker(route, request);
    } catch {
      this.failed();
      return;
    }
    const type = response.headers.get("content-type") ?? "";
    if (response.status !== 200 || !type.toLowerCase().startsWith("text/event-stream") || !response.body) {
      void response.body?.cancel().catch(() => undefined);
      this.failed();
      return;
    }
    if (this.readyState === WorkerEventSource.CLOSED) {
      void response.body.cancel().catch(() => undefined);
      return;
    }
    this.readyState = WorkerEventSource.OPEN;
    this.emit(new Event("open"));
    const origin = new URL(this.url).origin;
    const parser = new SseParser((ev: SseEvent) => {
      if (this.readyState !== WorkerEventSource.OPEN) return;
      this.emit(new MessageEvent(ev.type, { data: ev.data, lastEventId: ev.lastEventId, origin }));
    });
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.pushBytes(value);
        if (this.readyState === WorkerEventSource.CLOSED) break;
      }
    } catch {
      /* aborted or errored: handled below */
    }
    parser.end();
    if (this.readyState === WorkerEventSource.CLOSED) {
      void reader.cancel().catch(() => undefined);
      return;
    }
    this.failed();
  }
}

/** Report a listener's exception without breaking the stream (like the browser does). */
function report(err: unknown): void {
  if (typeof globalThis.reportError === "function") globalThis.reportError(err);
  else console.error(err);
}
