/**
 * One HTTP request, from the page's `http` message to the last reply on its port.
 *
 * Why it exists: the per-request protocol (docs/architecture.md, "Page ⇄ worker messages") has the
 * subtle parts of the worker: the request may wait for boot, the page may disconnect at any time, Python
 * answers through a callback that must never throw back into the ASGI app, and exactly one final
 * message (`body` with `more: false`, or `error`) must reach the page. runtime.ts decides *when* a
 * request may run; this file runs it.
 */

import type { HttpMessage, PlainError, PortToPage } from "../protocol/worker";
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
}

function parseError(json: unknown): PlainError {
  try {
    const e = JSON.parse(String(json)) as Partial<PlainError>;
    return { name: String(e.name ?? "Error"), message: String(e.message ?? ""), stack: e.stack };
  } catch {
    return { name: "Error", message: String(json) };
  }
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
  /** `respond(kind, a, b, c, d)`, called by the bridge (see docs/architecture.md). */
  const respond = (kind: string, a: unknown, b: unknown, c?: unknown, d?: unknown): void => {
    try {
      if (finished) return;
      if (kind === "start") {
        const head = { type: "start" as const, status: Number(a), headers: JSON.parse(String(b)) as [string, string][] };
        if (c === undefined) {
          send(head);
        } else {
          // The head and the first body chunk together: one message instead of two.
          const chunk = toChunk(c);
          const more = Boolean(d);
          if (!more) finished = true;
          send({ ...head, chunk, more }, [chunk.buffer as ArrayBuffer]);
        }
      } else if (kind === "body") {
        const chunk = toChunk(a);
        const more = Boolean(b);
        if (!more) finished = true;
        send({ type: "body", chunk, more }, [chunk.buffer as ArrayBuffer]);
      } else if (kind === "error") {
        fail(null, parseError(a));
      } else {
        fail(new Error(`respond(): unknown kind ${JSON.stringify(kind)}`));
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
    // The bridge copies the body into Python bytes (Uint8Array.to_bytes()).
    const body = msg.body ? new Uint8Array(msg.body) : undefined;
    let done: unknown;
    try {
      exchange = target.startRequest(appId, JSON.stringify({ method, url, headers }), body, respond);
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
      (err) => fail(err),
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
