/**
 * One HTTP request, from the page's `http` message to the last reply on its port.
 *
 * Why it exists: the per-request protocol (docs/architecture.md, "Page ⇄ worker messages") has the
 * subtle parts of the worker: the request may wait for boot, the page may disconnect at any time, Python
 * answers through a callback that must never throw back into the ASGI app, and exactly one final
 * message (`body` with `more: false`, or `error`) must reach the page. runtime.ts decides *when* a
 * request may run; this file runs it.
 */

import type { HttpMessage, PlainError, PortToPage, Respond, RespondArgs } from "../protocol/worker";
import { toPlainError } from "../protocol/worker";
import { type PyCallable, callMethod, destroyProxy, toChunk } from "./proxies";

/** Minimal MessagePort (browser and Node `worker_threads` ports both fit). */
export interface PortLike {
  postMessage(message: PortToPage, transfer?: Transferable[]): void;
  onmessage: ((ev: MessageEvent) => void) | null;
  close(): void;
}

/** The bridge functions a request needs. */
export interface RequestTarget {
  startRequest: PyCallable;
}

export interface RelayContext {
  /** Settles when the request may run: the app is ready, or rejects if it never will be. */
  ready: () => Promise<{ target: RequestTarget; appId: string | null }>;
  warn: (text: string) => void;
  /** Python failed for good (Pyodide flags such an error `pyodide_fatal_error`): nothing can run. */
  fatal?: (err: unknown) => void;
  /** Mark the synchronous call into Python as a run (the page then knows the worker is busy). */
  enter?: (eventId: string) => number;
  leave?: (run: number) => void;
}

function parseError(json: unknown): PlainError {
  try {
    const e: unknown = JSON.parse(String(json));
    const field = (k: string): unknown => (typeof e === "object" && e !== null ? (e as Record<string, unknown>)[k] : undefined);
    const stack = field("stack");
    return { name: String(field("name") ?? "Error"), message: String(field("message") ?? ""), stack: typeof stack === "string" ? stack : undefined };
  } catch {
    return { name: "Error", message: String(json) };
  }
}

/** The head's `headers_json`: a JSON list of [name, value] pairs (anything else throws, failing the request). */
function parseHeaders(json: unknown): [string, string][] {
  const parsed: unknown = JSON.parse(String(json));
  if (!Array.isArray(parsed)) throw new TypeError("respond(\"start\"): headers are not a list");
  return parsed.map((pair: unknown): [string, string] => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new TypeError("respond(\"start\"): a header is not a [name, value] pair");
    return [String(pair[0]), String(pair[1])];
  });
}

/** Pyodide marks the error that ended it (a wasm trap, a stack overflow in C, out of memory). */
export function isPyodideFatal(err: unknown): boolean {
  return typeof err === "object" && err !== null && "pyodide_fatal_error" in err && err.pyodide_fatal_error === true;
}

export function relayHttp(msg: HttpMessage, port: PortLike, ctx: RelayContext): void {
  let finished = false;
  let disconnected = false;
  let exchange: any = null;

  const send = (reply: PortToPage, transfer?: Transferable[]): void => {
    try {
      port.postMessage(reply, transfer);
    } catch (err) {
      if (reply.type !== "error") fail(err);
    }
  };
  const fail = (err: unknown, asPlain?: PlainError): void => {
    if (finished) return;
    finished = true;
    send({ type: "error", error: asPlain ?? toPlainError(err) });
  };
  /** The bridge's `respond` (protocol/worker.ts): Python calls it positionally, so every argument is
   * converted defensively, and an unknown kind fails the request instead of hanging it. */
  const respond: Respond = (...args: RespondArgs): void => {
    try {
      if (finished) return;
      switch (args[0]) {
        case "start": {
          const head = { type: "start" as const, status: Number(args[1]), headers: parseHeaders(args[2]) };
          if (args.length === 3 || args[3] === undefined) {
            send(head);
          } else {
            // The head and the first body chunk together: one message instead of two.
            const chunk = toChunk(args[3]);
            const more = Boolean(args[4]);
            if (!more) finished = true;
            send({ ...head, chunk, more }, [chunk.buffer as ArrayBuffer]);
          }
          break;
        }
        case "body": {
          const chunk = toChunk(args[1]);
          const more = Boolean(args[2]);
          if (!more) finished = true;
          send({ type: "body", chunk, more }, [chunk.buffer as ArrayBuffer]);
          break;
        }
        case "error":
          fail(null, parseError(args[1]));
          break;
        default:
          fail(new Error(`respond(): unknown kind ${JSON.stringify((args as unknown[])[0])}`));
      }
    } catch (err) {
      fail(err);
    }
  };

  port.onmessage = (ev: MessageEvent) => {
    if ((ev.data as { type?: string } | null)?.type !== "disconnect" || disconnected) return;
    disconnected = true;
    if (!exchange) return; // still queued: run() sees the flag
    try {
      destroyProxy(callMethod(exchange, "disconnect"));
    } catch (err) {
      ctx.warn(`disconnect failed: ${toPlainError(err).message}`);
    }
  };

  const run = async (): Promise<void> => {
    const { target, appId } = await ctx.ready();
    if (disconnected) return; // the page gave up while the request was queued
    const { method, url, headers } = msg.request;
    // The bridge copies the body into Python a chunk at a time (subarray().to_bytes()).
    const body = msg.body ? new Uint8Array(msg.body) : undefined;
    let done: unknown;
    try {
      const run = ctx.enter?.("");
      try {
        exchange = target.startRequest(appId, JSON.stringify({ method, url, headers }), body, respond);
      } finally {
        if (run !== undefined) ctx.leave?.(run);
      }
      if (!exchange) return; // already answered in full (or with respond("error", ...))
      done = exchange.done;
      await done;
    } finally {
      destroyProxy(done);
      destroyProxy(exchange);
      exchange = null;
    }
  };

  run()
    .then(
      () => {
        if (!disconnected) fail(new Error("the app returned without completing the response"));
      },
      (err) => {
        fail(err);
        if (isPyodideFatal(err)) ctx.fatal?.(err);
      },
    )
    .finally(() => {
      port.onmessage = null;
      try {
        port.close();
      } catch {
        // already closed
      }
    });
}
