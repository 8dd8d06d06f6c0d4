/**
 * The one message protocol between the page and the worker.
 *
 * Why it exists: page and worker are bundled separately but must agree on every message; both import
 * these types so a renamed field is a compile error on both sides, not a silent hang.
 *
 * Control messages travel on the Worker itself. Each HTTP request gets a fresh MessageChannel: the
 * page transfers one port with the `http` message and reads the response (start, body chunks, or an
 * error) from the other, so concurrent requests never need ids and a streamed SSE body arrives chunk
 * by chunk.
 *
 * Also here: `Respond`, the callback through which Python (py/blocklite/browser/bridge.py) answers
 * one request inside the worker. Only ES2022 is available (protocol/tsconfig.json): this file must
 * mean the same in the page (DOM) and in the worker (WebWorker).
 */

/** An Error flattened for postMessage (Error objects do not survive structured clone everywhere). */
export interface PlainError {
  name: string;
  message: string;
  stack?: string;
}

/** A Python exception raised while the app's own code ran (syntax error, NameError...). */
export interface AppError extends PlainError {
  /** The full Python traceback, formatted. */
  traceback: string;
  /** Line in the app's code where it failed, if known (1-based). */
  lineno: number | null;
}

export type BootPhase = "loading-python" | "installing" | "running-app";

/** The request line and headers of one HTTP request to the app. The body travels beside it. */
export interface HttpRequest {
  method: string;
  /** Absolute URL, e.g. http://127.0.0.1:8000/__blocklite__/app-1/config */
  url: string;
  headers: [string, string][];
}

export interface BootMessage {
  type: "boot";
  appId: string;
  /** The app's Python source, run as __main__. */
  code: string;
  /** Absolute URL of the app's virtual root, ending in "/". */
  rootUrl: string;
  /** Absolute URL of the dist/ folder (where pyodide/ and the wheel live), ending in "/". */
  distUrl: string;
  /** Name shown in tracebacks for the app's code. */
  filename: string;
  /**
   * The page's stop flags, on a SharedArrayBuffer (only when the page is cross-origin isolated):
   * `[0]` is Pyodide's interrupt buffer (the page writes SIGINT = 2 there), `[1]` the number of the
   * handler run the page wants stopped (see HandlerMessage). Absent: handlers cannot be interrupted.
   */
  control?: Int32Array;
  /**
   * The name of a Web Lock the worker holds for as long as it lives (where `navigator.locks`
   * exists: secure contexts). The page asks for the same lock once the worker says `lifeline`; the
   * browser grants it the moment the worker is gone (terminated, closed, crashed, out of memory),
   * also while a handler keeps it silent, which pings cannot tell from busy.
   */
  lifeline?: string;
}

/** Index in BootMessage.control of Pyodide's interrupt signal, and of the run to stop. */
export const CONTROL_SIGNAL = 0;
export const CONTROL_TARGET = 1;
/** What the page writes at CONTROL_SIGNAL to interrupt Python (SIGINT). */
export const SIGINT = 2;

/**
 * A handler (the user's function, or one step of its generator or coroutine) started or ended
 * (py/blocklite/handler_window.py). While one runs, Python may block the worker, so unanswered pings
 * mean "busy", not "dead". `run` numbers the run; `eventId` is the event it belongs to ("" if none).
 */
export interface HandlerMessage {
  type: "handler";
  state: "start" | "end";
  run: number;
  eventId: string;
}

export interface HttpMessage {
  type: "http";
  request: HttpRequest;
  body: ArrayBuffer | null;
  /* ports[0] of the postMessage carries the reply channel (PortToPage / PortToWorker). */
}

export interface PingMessage {
  type: "ping";
  id: number;
}

export type ToWorker = BootMessage | HttpMessage | PingMessage;

export type FromWorker =
  | { type: "status"; phase: BootPhase }
  | { type: "ready"; timings: Record<string, number> }
  | { type: "app-error"; error: AppError }
  | { type: "fatal"; error: PlainError }
  | { type: "console"; level: "log" | "warn" | "error"; text: string }
  | { type: "pong"; id: number }
  | HandlerMessage
  /** The worker is about to close itself (`self.close()`, wrapped by worker/entry.ts). */
  | { type: "closing" }
  /** The worker now holds BootMessage.lifeline (worker/entry.ts). */
  | { type: "lifeline" };

/** Messages the worker sends on a request's port. */
export type PortToPage =
  | {
      type: "start";
      status: number;
      headers: [string, string][];
      /** The first body chunk, when it was ready with the head (saves a message per request). */
      chunk?: Uint8Array;
      more?: boolean;
    }
  | { type: "body"; chunk: Uint8Array; more: boolean }
  | { type: "error"; error: PlainError };

/** Messages the page sends on a request's port. */
export type PortToWorker = { type: "disconnect" };

/**
 * A body chunk as Python hands it over: a Uint8Array, or a proxy of Python bytes (Pyodide does not
 * convert `bytes` by itself; `toJs()` copies it out of the wasm heap). The worker also accepts a
 * string or an ArrayBuffer (worker/proxies.ts, toChunk).
 */
export type BodyChunk = Uint8Array | ArrayBuffer | string | { toJs(): unknown };

/** `respond("start", status, headers_json)`: the response head; the body follows. */
export type RespondStart = [kind: "start", status: number, headersJson: string];
/** `respond("start", status, headers_json, first_chunk, more)`: the head with the first chunk. */
export type RespondStartWithBody = [kind: "start", status: number, headersJson: string, chunk: BodyChunk, more: boolean];
/** `respond("body", chunk, more)`: the next chunk; `more: false` ends the response. */
export type RespondBody = [kind: "body", chunk: BodyChunk, more: boolean];
/** `respond("error", error_json)`: the request failed before a response started (`{name, message}`). */
export type RespondError = [kind: "error", errorJson: string];

/** The arguments of one `respond` call: exactly one of its three shapes (start has two forms). */
export type RespondArgs = RespondStart | RespondStartWithBody | RespondBody | RespondError;

/**
 * The callback the worker passes to the bridge's `start_request` for one request. Python calls it
 * positionally (`respond("start", status, headers_json, chunk, more)`), so the shapes are tuples.
 */
export type Respond = (...args: RespondArgs) => void;

/** Turn anything thrown into a PlainError that survives postMessage. */
export function toPlainError(err: unknown): PlainError {
  if (err instanceof Error) {
    return { name: err.name, message: err.message, stack: err.stack };
  }
  return { name: "Error", message: String(err) };
}
