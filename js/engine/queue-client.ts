/**
 * Talks Gradio's queue protocol (sse_v3) to the app: `POST queue/join`, one session-wide
 * `EventSource` on `queue/data`, and `POST run/predict` for dependencies that skip the queue.
 *
 * Why it exists: the wire protocol is the contract with the Python server (and with Gradio itself).
 * This module hides it behind `submit()`, which reports every message of one event to a callback;
 * messages that arrive before the join response names their event are buffered, and transport
 * failures become messages too, so callers have a single path for all outcomes.
 *
 * Latency: the stream is opened once, before the first event, with blocklite's `keep_open=true`
 * (docs/protocol.md), so an event costs one `queue/join` round trip while its messages arrive on the
 * already-open stream. A `close_stream` (a server without keep_open) closes it; the next join
 * reopens it.
 *
 * A lost stream (the transport failed it; the worker did not end it) fails the events waiting on
 * it, then reopens on its own, retrying with a growing delay (up to RETRY_MAX_MS); `hooks.connection`
 * tells the app when it is lost and when it is back, so the page can say so as Gradio does.
 */

import {
  type AppConfig,
  type CancelBody,
  type ErrorOutput,
  type EventOutput,
  type PredictBody,
  type QueueMessage,
  type UnexpectedErrorMessage,
  isQueueMessage,
} from "../../protocol/gradio";
import { isRecord, randomHash } from "../lib/guards";

/** Made by the page, never sent by the server: a request of this event failed (network, HTTP status). */
export interface TransportErrorMessage {
  msg: "transport_error";
  message: string;
  status?: number;
}

/** What one event's callback receives: the server's messages for it, or a transport failure. */
export type EventMessage = QueueMessage | TransportErrorMessage;

export type OnMessage = (msg: EventMessage) => void;

const MAX_BUFFERED = 1000;
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 2000;

/** What the app hears from the client besides the events' own messages. */
export interface ClientHooks {
  /** A cancel of `eventId` is about to be posted (a worker stuck in its handler cannot read it). */
  cancelling?(eventId: string): void;
  /** The session stream was lost (`true`, reconnecting) or is open again (`false`). */
  connection?(lost: boolean): void;
}

export class QueueClient {
  readonly sessionHash = randomHash();
  private stream: EventSource | null = null;
  private streamHadMessages = false;
  private readonly handlers = new Map<string, OnMessage>();
  private readonly buffered = new Map<string, QueueMessage[]>();
  private bufferedCount = 0;
  private closed = false;
  /** The stream was lost and not reopened yet. */
  private lost = false;
  private retryDelay = RETRY_FIRST_MS;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly hooks: ClientHooks = {},
  ) {}

  /** Open the session stream now, so the first event does not wait for it. */
  connect(): void {
    this.ensureStream();
  }

  private api(path: string): string {
    return `${this.config.root}${this.config.apiPrefix}${path}`;
  }

  /**
   * Submit one event; every outcome (including transport errors) arrives through `onMessage`.
   * `eventData` is the trigger's payload (e.g. SelectData for `select`), null when it has none;
   * `eventId` names the event (`newEventId()`), so the caller can cancel it before the join answers.
   */
  async submit(
    fnIndex: number,
    data: unknown[],
    triggerId: number | null,
    queued: boolean,
    onMessage: OnMessage,
    eventData: unknown = null,
    eventId: string = newEventId(),
  ): Promise<void> {
    // Naming the event ourselves (PredictBody's optional event_id) lets its messages be handled the
    // moment they arrive on the open stream, without waiting for the join's answer.
    const predict: PredictBody = {
      data,
      event_data: eventData ?? null,
      fn_index: fnIndex,
      trigger_id: triggerId,
      session_hash: this.sessionHash,
      event_id: eventId,
    };
    const body = JSON.stringify(predict);
    const init: RequestInit = {
      method: "POST",
      headers: { "content-type": "application/json", "x-gradio-user": "app" },
      body,
    };
    if (!queued) {
      await this.predict(init, eventId, onMessage);
      return;
    }
    this.listen(eventId, onMessage);
    this.ensureStream();
    let response: Response;
    try {
      response = await fetch(this.api(`/queue/join?${location.search.replace(/^\?/, "")}`), init);
    } catch (err) {
      this.handlers.delete(eventId);
      onMessage({ msg: "transport_error", message: errorText(err) });
      return;
    }
    const { json, text } = await readBody(response);
    if (!response.ok || !isRecord(json) || typeof json.event_id !== "string") {
      this.handlers.delete(eventId);
      onMessage({ msg: "transport_error", message: detailOf(json, text, response), status: response.status });
      return;
    }
    if (json.event_id !== eventId && this.handlers.delete(eventId)) {
      // A server that chose its own id: its messages are (or will be) buffered under that one.
      this.listen(json.event_id, onMessage);
    }
  }

  /**
   * Ask the server to cancel a queued or running event (Gradio's `POST cancel`); it answers
   * `{"success": true}` and ends the event with `process_completed`. Never rejects.
   */
  async cancel(fnIndex: number, eventId: string): Promise<void> {
    try {
      this.hooks.cancelling?.(eventId);
    } catch (err) {
      console.warn("blocklite: could not stop the handler", err);
    }
    try {
      const response = await fetch(this.api("/cancel"), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ session_hash: this.sessionHash, fn_index: fnIndex, event_id: eventId } satisfies CancelBody),
      });
      if (!response.ok) {
        const { json, text } = await readBody(response);
        console.warn(`blocklite: could not cancel event ${eventId}: ${detailOf(json, text, response)}`);
      }
    } catch (err) {
      console.warn(`blocklite: could not cancel event ${eventId}: ${errorText(err)}`);
    }
  }

  /** Route `eventId`'s messages to `onMessage`, starting with any that arrived before. */
  private listen(eventId: string, onMessage: OnMessage): void {
    this.handlers.set(eventId, onMessage);
    const early = this.buffered.get(eventId);
    if (early) {
      this.buffered.delete(eventId);
      this.bufferedCount -= early.length;
      for (const msg of early) this.deliver(eventId, msg);
    }
  }

  /** Close the session stream (pending events get no more messages). */
  close(): void {
    this.closed = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.stream?.close();
    this.stream = null;
    this.handlers.clear();
    this.buffered.clear();
    this.bufferedCount = 0;
  }

  /** A dependency that skips the queue: `run/predict`, its answer reported as queue messages would be. */
  private async predict(init: RequestInit, eventId: string, onMessage: OnMessage): Promise<void> {
    onMessage({ msg: "process_starts", event_id: eventId, eta: null });
    let response: Response;
    try {
      response = await fetch(this.api("/run/predict"), init);
    } catch (err) {
      onMessage({ msg: "transport_error", message: errorText(err) });
      return;
    }
    const { json, text } = await readBody(response);
    if (response.ok && isEventOutput(json)) {
      onMessage({ msg: "process_completed", event_id: eventId, output: json, success: true });
    } else if (isErrorOutput(json)) {
      onMessage({ msg: "process_completed", event_id: eventId, output: json, success: false });
    } else {
      onMessage({ msg: "transport_error", message: detailOf(json, text, response) });
    }
  }

  /** End every event still waiting for messages with `message` (shown as its error). */
  failPending(message: string): void {
    this.failAll(message);
  }

  private ensureStream(): void {
    if (this.closed) return;
    if (this.stream && this.stream.readyState !== EventSource.CLOSED) return;
    const query = `session_hash=${encodeURIComponent(this.sessionHash)}&keep_open=true`;
    const es = new EventSource(this.api(`/queue/data?${query}`));
    this.stream = es;
    this.streamHadMessages = false;
    es.onmessage = (ev: MessageEvent) => {
      if (this.stream !== es) return;
      let msg: unknown;
      try {
        msg = JSON.parse(String(ev.data));
      } catch {
        console.warn("blocklite: ignoring a non-JSON queue message", ev.data);
        return;
      }
      if (isQueueMessage(msg)) this.route(es, msg);
    };
    es.onopen = () => {
      if (this.stream !== es || !this.lost) return;
      this.lost = false;
      this.retryDelay = RETRY_FIRST_MS;
      this.hooks.connection?.(false);
    };
    es.onerror = () => {
      if (this.stream !== es) return;
      es.close();
      this.stream = null;
      this.failAll("The connection to the app was lost.");
      this.reconnectLater();
    };
  }

  /** Reopen the lost stream after a delay that grows with each failed attempt. */
  private reconnectLater(): void {
    if (this.closed || this.retryTimer !== null) return;
    if (!this.lost) {
      this.lost = true;
      this.hooks.connection?.(true);
    }
    const delay = this.retryDelay;
    this.retryDelay = Math.min(RETRY_MAX_MS, delay * 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.ensureStream();
    }, delay);
  }

  private route(es: EventSource, msg: QueueMessage): void {
    if (msg.msg === "heartbeat") return;
    if (msg.msg === "close_stream") {
      es.close();
      this.stream = null;
      if (this.handlers.size > 0) {
        // A join may have been accepted just before this stream closed: reopen once for it.
        if (this.streamHadMessages) this.ensureStream();
        else this.failAll("The app closed the event stream.");
      }
      return;
    }
    this.streamHadMessages = true;
    const eventId = msg.event_id;
    if (typeof eventId !== "string") {
      if (msg.msg === "unexpected_error") this.failAll(typeof msg.message === "string" ? msg.message : "Unexpected error.");
      return;
    }
    if (this.handlers.has(eventId)) {
      this.deliver(eventId, msg);
    } else if (this.bufferedCount < MAX_BUFFERED) {
      const list = this.buffered.get(eventId) ?? [];
      list.push(msg);
      this.buffered.set(eventId, list);
      this.bufferedCount++;
    }
  }

  private deliver(eventId: string, msg: QueueMessage): void {
    const handler = this.handlers.get(eventId);
    if (!handler) return;
    if (msg.msg === "process_completed" || msg.msg === "unexpected_error") this.handlers.delete(eventId);
    try {
      handler(msg);
    } catch (err) {
      console.error("blocklite: error while handling a queue message", err);
    }
  }

  private failAll(message: string): void {
    for (const eventId of [...this.handlers.keys()]) {
      const msg: UnexpectedErrorMessage = { msg: "unexpected_error", event_id: eventId, message, success: false };
      this.deliver(eventId, msg);
    }
  }
}

/** run/predict answered a result (a JSON object without `error`); its fields are read defensively. */
function isEventOutput(x: unknown): x is EventOutput {
  return isRecord(x) && !("error" in x);
}

/** run/predict answered a failure (`{"error": ...}`). */
function isErrorOutput(x: unknown): x is ErrorOutput {
  return isRecord(x) && "error" in x;
}

/** A fresh event id for `submit` (PredictBody's optional `event_id`). */
export function newEventId(): string {
  return randomHash() + randomHash();
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function readBody(response: Response): Promise<{ json: unknown; text: string }> {
  const text = await response.text().catch(() => "");
  try {
    const json: unknown = JSON.parse(text);
    return { json, text };
  } catch {
    return { json: null, text };
  }
}

/** The most useful message for a failed request: JSON `detail`/`error`, else the body text, else the status. */
function detailOf(json: unknown, text: string, response: Response): string {
  if (isRecord(json)) {
    const d = json.detail ?? json.error ?? json.message;
    if (typeof d === "string" && d) return d;
    if (d !== undefined && d !== null) return JSON.stringify(d);
  }
  if (typeof json === "string" && json) return json;
  if (text.trim()) return text.trim().slice(0, 500);
  return `The app answered ${response.status} ${response.statusText}`.trim();
}
