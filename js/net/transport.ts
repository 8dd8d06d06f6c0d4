/**
 * Carries one HTTP request from the page to an app's worker and turns the reply into a `Response`.
 *
 * Why it exists: the shim's fetch and EventSource replacements both need the same thing: post
 * `{type: "http"}` with a fresh MessageChannel port, then build a real `Response` whose body is a
 * `ReadableStream` fed chunk by chunk from the port, so SSE frames reach the reader as soon as the
 * worker sends them. Aborting the request or cancelling the body tells the worker (`disconnect`).
 */

import type { HttpMessage, PortToPage, PortToWorker } from "../../protocol/worker";
import { isNumber, isRecord, str } from "../lib/guards";

export interface RoutedRequest {
  method: string;
  /** URL path without the query, e.g. /__blocklite__/app-1/gradio_api/queue/join */
  path: string;
  /** The query string, with its "?" (or ""). */
  query: string;
  url: string;
  time: number;
}

/** Everything the shim needs to know about one app. */
export interface AppRoute {
  /** Absolute root URL ending in "/". */
  rootUrl: string;
  /** Resolves with the worker once the app is ready; rejects if the app cannot start. */
  worker: Promise<Worker>;
  /** The latest routed requests, oldest first (tests and debugging; at most REQUEST_LOG_LIMIT). */
  requests: RoutedRequest[];
  /**
   * Requests currently waiting for or streaming a response, event streams (`accept:
   * text/event-stream`) excepted: the session's stream is always open and says nothing about
   * whether Python is busy (hang detection, js/net/worker-host.ts).
   */
  inflight: number;
  /** Fail functions of the requests in flight (see failRoute). */
  live: Set<(err: unknown) => void>;
}

/** How many routed requests an app's log keeps: a long-running app must not grow without bound. */
export const REQUEST_LOG_LIMIT = 1000;

/** Append to the request log; past the limit the oldest quarter goes (amortized O(1) per request). */
export function logRequest(log: RoutedRequest[], entry: RoutedRequest): void {
  log.push(entry);
  if (log.length > REQUEST_LOG_LIMIT) log.splice(0, log.length - Math.floor((REQUEST_LOG_LIMIT * 3) / 4));
}

/** The worker died: fail every request in flight and every later one. */
export function failRoute(route: AppRoute, message: string): void {
  const err = new TypeError(`blocklite: ${message}`);
  route.worker = Promise.reject(err);
  route.worker.catch(() => undefined);
  for (const fail of [...route.live]) fail(err);
}

declare global {
  /** Page-wide shim state, shared through globalThis so a second copy of the bundle sees the same apps. */
  // eslint-disable-next-line no-var
  var __blocklite_shim: { routes: AppRoute[]; installed: boolean } | undefined;
}

export function shimState(): { routes: AppRoute[]; installed: boolean } {
  globalThis.__blocklite_shim ??= { routes: [], installed: false };
  return globalThis.__blocklite_shim;
}

export function routes(): AppRoute[] {
  return shimState().routes;
}

export function registerRoute(route: AppRoute): void {
  routes().push(route);
}

/** Absolute URL for a fetch input, or null if it cannot be resolved. */
export function resolveUrl(input: unknown): string | null {
  try {
    const raw = input instanceof Request ? input.url : input instanceof URL ? input.href : String(input);
    const base = typeof location !== "undefined" ? location.href : undefined;
    return new URL(raw, base).href;
  } catch {
    return null;
  }
}

export function findRoute(url: string | null): AppRoute | undefined {
  if (url === null) return undefined;
  return routes().find((r) => url.startsWith(r.rootUrl) || url === r.rootUrl.replace(/\/$/, ""));
}

function parsePortMessage(x: unknown): PortToPage | null {
  if (!isRecord(x)) return null;
  if (x.type === "start" && isNumber(x.status) && Array.isArray(x.headers)) {
    const headers: [string, string][] = [];
    for (const h of x.headers) {
      if (Array.isArray(h) && typeof h[0] === "string" && typeof h[1] === "string") headers.push([h[0], h[1]]);
    }
    const chunk = x.chunk === undefined ? undefined : toUint8(x.chunk);
    if (chunk === null) return null;
    if (chunk === undefined) return { type: "start", status: x.status, headers };
    return { type: "start", status: x.status, headers, chunk, more: x.more === true };
  }
  if (x.type === "body" && typeof x.more === "boolean") {
    const chunk = toUint8(x.chunk);
    return chunk === null ? null : { type: "body", chunk, more: x.more };
  }
  if (x.type === "error") {
    const e = isRecord(x.error) ? x.error : {};
    return { type: "error", error: { name: str(e.name, "Error"), message: str(e.message, "request failed") } };
  }
  return null;
}

/** A body chunk as bytes; null if it is not one. */
function toUint8(c: unknown): Uint8Array | null {
  if (c instanceof Uint8Array) return c;
  if (c instanceof ArrayBuffer) return new Uint8Array(c);
  if (ArrayBuffer.isView(c)) return new Uint8Array(c.buffer, c.byteOffset, c.byteLength);
  if (c === null || c === undefined) return new Uint8Array(0);
  return null;
}

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

function buildResponse(status: number, headerList: [string, string][], body: ReadableStream<Uint8Array>, url: string): Response {
  const headers = new Headers();
  for (const [k, v] of headerList) {
    try {
      headers.append(k, v);
    } catch {
      /* skip a header the Fetch API refuses */
    }
  }
  const safeStatus = status >= 200 && status <= 599 ? status : 500;
  const response = new Response(NULL_BODY_STATUS.has(safeStatus) ? null : body, { status: safeStatus, headers });
  Object.defineProperty(response, "url", { value: url });
  return response;
}

/** Send `request` to the app's worker; resolves when the worker starts the response. */
export async function sendToWorker(route: AppRoute, request: Request): Promise<Response> {
  const signal = request.signal;
  if (signal.aborted) throw abortError(signal);
  const method = request.method.toUpperCase();
  let body: ArrayBuffer | null = null;
  if (method !== "GET" && method !== "HEAD") {
    try {
      body = await request.arrayBuffer();
    } catch (err) {
      throw new TypeError(`blocklite: could not read the request body (${String(err)})`);
    }
  }
  const u = new URL(request.url);
  logRequest(route.requests, { method, path: u.pathname, query: u.search, url: request.url, time: performance.now() });
  let worker: Worker;
  try {
    worker = await route.worker;
  } catch (err) {
    throw new TypeError(`blocklite: the app is not running (${err instanceof Error ? err.message : String(err)})`);
  }
  if (signal.aborted) throw abortError(signal);

  return new Promise<Response>((resolve, reject) => {
    const channel = new MessageChannel();
    const port = channel.port1;
    let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
    let state: "waiting" | "streaming" | "done" = "waiting";
    const counted = !(request.headers.get("accept") ?? "").includes("text/event-stream");
    if (counted) route.inflight++;

    const finish = (): void => {
      if (state === "done") return;
      state = "done";
      if (counted) route.inflight = Math.max(0, route.inflight - 1);
      route.live.delete(onDead);
      signal.removeEventListener("abort", onAbort);
      port.onmessage = null;
      port.close();
    };
    const disconnect = (): void => {
      if (state === "done") return;
      const msg: PortToWorker = { type: "disconnect" };
      try {
        port.postMessage(msg);
      } catch {
        /* port already gone */
      }
      finish();
    };
    const fail = (err: unknown): void => {
      if (state === "waiting") reject(err);
      else if (state === "streaming" && controller) {
        try {
          controller.error(err);
        } catch {
          /* stream already closed */
        }
      }
    };
    function onAbort(): void {
      fail(abortError(signal));
      disconnect();
    }
    signal.addEventListener("abort", onAbort, { once: true });
    const onDead = (err: unknown): void => {
      fail(err);
      disconnect(); // a worker still alive hears that the page gave up (e.g. ends the stream)
    };
    route.live.add(onDead);

    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
      cancel() {
        disconnect();
      },
    });

    port.onmessage = (ev: MessageEvent<unknown>) => {
      const msg = parsePortMessage(ev.data);
      if (!msg) {
        console.warn("blocklite: ignoring malformed message from worker", ev.data);
        return;
      }
      try {
        if (msg.type === "start" && state === "waiting") {
          state = "streaming";
          resolve(buildResponse(msg.status, msg.headers, stream, request.url));
          if (msg.chunk && controller) {
            if (msg.chunk.byteLength > 0) controller.enqueue(msg.chunk);
            if (msg.more === false) {
              controller.close();
              finish();
            }
          }
        } else if (msg.type === "body" && state === "streaming" && controller) {
          if (msg.chunk.byteLength > 0) controller.enqueue(msg.chunk);
          if (!msg.more) {
            controller.close();
            finish();
          }
        } else if (msg.type === "error") {
          fail(new TypeError(`blocklite: ${msg.error.message}`));
          finish();
        }
      } catch (err) {
        fail(new TypeError(`blocklite: ${String(err)}`));
        disconnect();
      }
    };
    port.onmessageerror = () => {
      fail(new TypeError("blocklite: could not read a message from the worker"));
      disconnect();
    };

    const msg: HttpMessage = {
      type: "http",
      request: { method, url: request.url, headers: [...request.headers] },
      body,
    };
    try {
      worker.postMessage(msg, body ? [channel.port2, body] : [channel.port2]);
    } catch (err) {
      fail(new TypeError(`blocklite: could not reach the worker (${String(err)})`));
      finish();
    }
  });
}
