/**
 * The worker's logic as a factory: boot Pyodide, install the wheel, run the app, relay HTTP.
 *
 * Why it exists: a module worker is hard to test, so everything except the two lines that touch `self`
 * lives here behind injected functions (`postMessage`, `loadPyodide`, `fetchBytes`). Node tests drive
 * the same code with the real Pyodide and a real MessageChannel; `entry.ts` wires it to the worker.
 *
 * Rules it keeps (see docs/architecture.md and protocol/worker.ts):
 * - the handler is installed before anything is awaited; messages that arrive before the app is ready
 *   are queued, never dropped;
 * - Pyodide, the wheel and the build's memory snapshot are fetched in parallel; the snapshot is restored
 *   when it can be, else (with a console warning) Python starts the normal way; the wheel is installed
 *   with `unpackArchive` either way (a snapshot holds no files);
 * - Python is called only through function proxies of `blocklite.browser.bridge`;
 * - nothing ever throws out of `onMessage`: every failure becomes a reply (`error` on the request's
 *   port, or `fatal`).
 * Each request's own protocol is in relay.ts; PyProxy helpers are in proxies.ts.
 */

import type { AppError, BootMessage, BootPhase, FromWorker, HttpMessage, PlainError } from "../protocol/worker";
import { toPlainError } from "../protocol/worker";
import { type PyCallable, type PyProxyLike, destroyProxy } from "./proxies";
import { createHandlerWatch } from "./handlers";
import { type PortLike, type RequestTarget, relayHttp } from "./relay";
import { keepTrampoline, streamSnapshot } from "./snapshot";

export type { PortLike } from "./relay";
export { inflateSnapshot, keepTrampoline, streamSnapshot } from "./snapshot";

/** Set by the build (esbuild `define`) to the wheel's file name in dist/. */
declare const __BLOCKLITE_WHEEL__: string | undefined;
const DEFAULT_WHEEL =
  typeof __BLOCKLITE_WHEEL__ === "string" ? __BLOCKLITE_WHEEL__ : "blocklite-0.1.0-py3-none-any.whl";
/** Set by the build to the memory snapshot's file name in dist/ ("" when it made none). */
declare const __BLOCKLITE_SNAPSHOT__: string | undefined;
const DEFAULT_SNAPSHOT = typeof __BLOCKLITE_SNAPSHOT__ === "string" ? __BLOCKLITE_SNAPSHOT__ : "";

/** The part of Pyodide's API the runtime uses (kept structural so tests could fake it). */
export interface PyodideLike {
  pyimport(name: string): any;
  unpackArchive(buffer: ArrayBuffer | Uint8Array, format: string, options?: { extractDir?: string }): void;
  /** The Emscripten module (used only around a snapshot restore, see keepTrampoline). */
  _module?: any;
  /** Where the page raises SIGINT (a SharedArrayBuffer view); Pyodide checks it between bytecodes. */
  setInterruptBuffer?(buffer: Int32Array): void;
  /** Raise a pending interrupt now (Python's SIGINT handler runs). */
  checkInterrupt?(): void;
}

/** `pyodide.asm.mjs`'s default export: creates the Emscripten module from its settings. */
export type CreateModule = (settings: any) => Promise<unknown>;

export interface PyodideOptions {
  indexURL: string;
  stdLibURL: string;
  packages: string[];
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Called by Pyodide before Python starts; tells us where site-packages is. */
  fsInit: (fs: unknown, info: { sitePackages: string }) => Promise<void>;
  /** Raw bytes of a memory snapshot to restore instead of starting Python (scripts/snapshot.mjs). */
  _loadSnapshot?: Promise<Uint8Array>;
  /** Creates the Emscripten module (Pyodide imports pyodide.asm.mjs itself when absent). */
  createPyodideModule?: CreateModule;
}

export interface RuntimeOptions {
  /** Post a control message to the page (the Worker's `self.postMessage`). */
  postMessage: (message: FromWorker, transfer?: Transferable[]) => void;
  /** `loadPyodide` from pyodide.mjs. */
  loadPyodide: (options: PyodideOptions) => Promise<PyodideLike>;
  /** Fetch a URL's bytes (default: `fetch`). Node tests read `file:` URLs with it. */
  fetchBytes?: (url: string) => Promise<Uint8Array>;
  /** Fetch the memory snapshot and return it raw (default: `streamSnapshot`, inflating while downloading). */
  fetchSnapshot?: (url: string) => Promise<Uint8Array>;
  /** Import `pyodide.asm.mjs` from `indexURL` (default: dynamic `import`); used only to restore a snapshot. */
  importCreateModule?: (indexURL: string) => Promise<CreateModule>;
  /** Clock for timings (default: `performance.now`). */
  now?: () => number;
  /** File name of the blocklite wheel inside dist/ (default: set by the build). */
  wheelName?: string;
  /** File name of the stdlib zip inside dist/pyodide/ (default: python_stdlib.zip, the bytecode one). */
  stdLibName?: string;
  /**
   * File name of the memory snapshot inside dist/ (default: set by the build); "" starts Python from
   * scratch. A snapshot that is missing or does not restore is reported as a warning, then skipped.
   */
  snapshotName?: string;
}

export interface Runtime {
  /** Handle one message from the page; `ports` are the transferred ports (`event.ports`). */
  onMessage(data: unknown, ports?: readonly unknown[]): void;
}

/** The bridge functions, available once boot has installed the wheel. */
interface Engine extends RequestTarget {
  runApp: PyCallable;
  /** `bridge.watch_handlers`: installs the handler watch (once per boot message's control). */
  watchHandlers: PyCallable;
  py: PyodideLike;
  timings: Record<string, number>;
}

const noop = (): void => {};

/** Call a function of `blocklite.browser.bridge` that takes no arguments, and release its proxy. */
function callBridge(py: PyodideLike, name: string): void {
  const f = py.pyimport(`blocklite.browser.bridge.${name}`) as PyCallable;
  try {
    f();
  } finally {
    destroyProxy(f);
  }
}

/** Fallback when the loader did not call `fsInit`: ask Python. */
function sitePackagesOf(py: PyodideLike): string {
  const get = py.pyimport("site.getsitepackages") as PyCallable;
  const list = get() as PyProxyLike & { toJs(): string[] };
  try {
    return list.toJs()[0];
  } finally {
    destroyProxy(list);
    destroyProxy(get);
  }
}

async function defaultImportCreateModule(indexURL: string): Promise<CreateModule> {
  const url = indexURL + "pyodide.asm.mjs"; // computed: esbuild must not bundle it
  return ((await import(url)) as { default: CreateModule }).default;
}

async function defaultFetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

function isBoot(m: any): m is BootMessage {
  return m?.type === "boot" && typeof m.code === "string" && typeof m.distUrl === "string";
}

function isHttp(m: any): m is HttpMessage {
  return m?.type === "http" && typeof m.request?.url === "string";
}

export function createRuntime(options: RuntimeOptions): Runtime {
  const post = options.postMessage;
  const now = options.now ?? (() => performance.now());
  const fetchBytes = options.fetchBytes ?? defaultFetchBytes;
  const fetchSnapshot = options.fetchSnapshot ?? streamSnapshot;
  const importCreateModule = options.importCreateModule ?? defaultImportCreateModule;
  const wheelName = options.wheelName ?? DEFAULT_WHEEL;
  const stdLibName = options.stdLibName ?? "python_stdlib.zip";
  const snapshotName = options.snapshotName ?? DEFAULT_SNAPSHOT;

  let engine: Promise<Engine> | null = null;
  /** Set when Pyodide or the wheel failed: nothing can run any more. */
  let broken: PlainError | null = null;
  /** Boots run one after another (a second `boot` re-runs an app, e.g. from a playground). */
  let bootChain: Promise<void> = Promise.resolve();
  /** HTTP requests wait for this: the latest boot has settled (ready, app-error or fatal). */
  let resolveFirstBoot: () => void = noop;
  let gate: Promise<void> = new Promise<void>((resolve) => (resolveFirstBoot = resolve));
  /** App roots seen in `boot` messages, newest last: a request goes to the app whose root it is under. */
  const apps: { appId: string; rootUrl: string }[] = [];

  const safePost = (message: FromWorker): void => {
    try {
      post(message);
    } catch {
      // The page is gone or the message did not clone; there is nobody left to tell.
    }
  };
  const status = (phase: BootPhase): void => safePost({ type: "status", phase });
  let pyodide: PyodideLike | null = null;
  const handlers = createHandlerWatch(safePost, () => pyodide?.checkInterrupt?.());
  const consoleOut = (level: "log" | "warn" | "error") => (text: string) =>
    safePost({ type: "console", level, text });

  /**
   * Start Pyodide (restored from `snapshot` when given), put the wheel's files in site-packages and run
   * `bridge.boot`. After a restore the core modules are already in memory, but the in-memory file
   * system was not captured: lazy imports of other blocklite modules need the files again.
   */
  async function startPython(
    msg: BootMessage,
    wheelP: Promise<Uint8Array>,
    snapshot: Promise<Uint8Array> | null,
    timings: Record<string, number>,
  ): Promise<PyodideLike> {
    const indexURL = msg.distUrl + "pyodide/";
    const t0 = now();
    let sitePackages = "";
    const trampoline = snapshot ? keepTrampoline() : null;
    const create = trampoline ? trampoline.wrap(await importCreateModule(indexURL)) : undefined;
    const py = await options.loadPyodide({
      indexURL,
      stdLibURL: indexURL + stdLibName,
      packages: [],
      stdout: consoleOut("log"),
      stderr: consoleOut("warn"),
      fsInit: async (_fs, info) => void (sitePackages = info.sitePackages),
      ...(snapshot ? { _loadSnapshot: snapshot, createPyodideModule: create } : {}),
    });
    trampoline?.restore(py._module);
    timings.pyodide = now() - t0;
    const wheel = await wheelP;
    status("installing");
    const t1 = now();
    // unpackArchive extracts into the working directory unless told otherwise.
    py.unpackArchive(wheel, "wheel", { extractDir: sitePackages || sitePackagesOf(py) });
    timings.wheel = now() - t1;
    const t2 = now();
    callBridge(py, "boot");
    if (snapshot) callBridge(py, "resume");
    timings.import = now() - t2;
    return py;
  }

  async function startEngine(msg: BootMessage): Promise<Engine> {
    const timings: Record<string, number> = {};
    status("loading-python");
    const t0 = now();
    // Pyodide, the wheel and the snapshot are fetched in parallel.
    const wheelP = fetchBytes(msg.distUrl + wheelName).then((b) => ((timings.wheelFetch = now() - t0), b));
    wheelP.catch(noop); // reported by whoever awaits it
    let py: PyodideLike | null = null;
    if (snapshotName) {
      const snapshotP = fetchSnapshot(msg.distUrl + snapshotName).then(
        (b) => ((timings.snapshotFetch = now() - t0), b),
      );
      snapshotP.catch(noop);
      try {
        py = await startPython(msg, wheelP, snapshotP, timings);
        timings.restored = 1;
      } catch (err) {
        await wheelP; // a missing wheel is fatal, not a reason to retry
        const why = toPlainError(err);
        safePost({
          type: "console",
          level: "warn",
          text: `worker: memory snapshot ${snapshotName} not used (${why.name}: ${why.message}); starting Python from scratch`,
        });
      }
    }
    py ??= await startPython(msg, wheelP, null, timings);
    timings.restored ??= 0;
    // Dotted pyimport gives owned proxies (attribute proxies would die with their module's proxy).
    const fn = (name: string) => py.pyimport(`blocklite.browser.bridge.${name}`) as PyCallable;
    return {
      runApp: fn("run_app"),
      startRequest: fn("start_request"),
      watchHandlers: fn("watch_handlers"),
      py,
      timings,
    };
  }

  async function runBoot(msg: BootMessage): Promise<void> {
    const t0 = now();
    let eng: Engine;
    try {
      if (broken) throw Object.assign(new Error(broken.message), { name: broken.name });
      engine ??= startEngine(msg);
      eng = await engine;
    } catch (err) {
      broken ??= toPlainError(err);
      safePost({ type: "fatal", error: toPlainError(err) });
      return;
    }
    try {
      watch(eng, msg.control);
      status("running-app");
      const t1 = now();
      const raw = await eng.runApp(msg.code, msg.appId, msg.rootUrl, msg.filename);
      const app = now() - t1;
      const result = JSON.parse(String(raw)) as { ok: boolean; error?: Partial<AppError> };
      destroyProxy(raw);
      if (result.ok) {
        const first = eng.timings;
        eng.timings = {}; // a later boot (re-run) reports only its own app time
        safePost({ type: "ready", timings: { ...first, app, total: now() - t0 } });
      } else {
        const e = result.error ?? {};
        safePost({
          type: "app-error",
          error: {
            name: String(e.name ?? "Error"),
            message: String(e.message ?? ""),
            traceback: String(e.traceback ?? ""),
            lineno: typeof e.lineno === "number" ? e.lineno : null,
          },
        });
      }
    } catch (err) {
      safePost({ type: "fatal", error: toPlainError(err) });
    }
  }

  /**
   * Tell Python to report handler runs to the page and, with the page's shared stop flags, to let
   * the page interrupt them (Pyodide's interrupt buffer; time.sleep waits on the same flag).
   */
  function watch(eng: Engine, control: Int32Array | undefined): void {
    const shared = control instanceof Int32Array && control.length >= 2 ? control : null;
    pyodide = eng.py;
    handlers.useControl(shared);
    if (shared) eng.py.setInterruptBuffer?.(shared);
    const wait = shared ? (ms: unknown) => handlers.wait(ms) : undefined;
    destroyProxy(eng.watchHandlers(handlers.enter, handlers.leave, handlers.stopRequested, wait));
  }

  function appIdFor(url: string): string | null {
    for (let i = apps.length - 1; i >= 0; i--) if (url.startsWith(apps[i].rootUrl)) return apps[i].appId;
    return apps.length ? apps[apps.length - 1].appId : null;
  }

  /** A request may run once the boot queued before it has settled, and only if Pyodide is up. */
  function whenReady(url: string): () => Promise<{ target: RequestTarget; appId: string | null }> {
    const waitFor = gate;
    return async () => {
      await waitFor;
      if (broken || !engine) {
        const why = broken?.message ?? "no boot message was received";
        throw Object.assign(new Error(`the worker is not running: ${why}`), { name: "WorkerNotReady" });
      }
      return { target: await engine, appId: appIdFor(url) };
    };
  }

  function onMessage(data: unknown, ports: readonly unknown[] = []): void {
    try {
      const msg = data as { type?: unknown } | null;
      if (isHttp(msg)) {
        const port = ports[0] as PortLike | undefined;
        if (!port) {
          safePost({ type: "console", level: "error", text: "http message without a reply port: dropped" });
          return;
        }
        relayHttp(msg, port, {
          ready: whenReady(msg.request.url),
          enter: handlers.enter,
          leave: handlers.leave,
          fatal: (err) => {
            broken ??= toPlainError(err);
            safePost({ type: "fatal", error: { ...toPlainError(err), message: `Python failed fatally: ${toPlainError(err).message}` } });
          },
          warn: (text) => safePost({ type: "console", level: "warn", text }),
        });
      } else if (isBoot(msg)) {
        apps.push({ appId: msg.appId, rootUrl: msg.rootUrl });
        const first = engine === null && apps.length === 1;
        bootChain = bootChain.then(() => runBoot(msg));
        gate = bootChain;
        if (first) bootChain.then(resolveFirstBoot, resolveFirstBoot);
      } else if (msg?.type === "ping") {
        safePost({ type: "pong", id: Number((msg as { id?: unknown }).id) });
      } else {
        safePost({ type: "console", level: "warn", text: `worker: unknown message ${JSON.stringify(msg?.type)}` });
      }
    } catch (err) {
      safePost({ type: "fatal", error: toPlainError(err) });
    }
  }

  return { onMessage };
}
