/**
 * Module-worker entry point (bundled to dist/worker.js).
 *
 * Why it exists: it is the only file that touches the worker global. It installs `onmessage` before
 * anything is awaited (a module worker that awaits first loses early messages), and imports Pyodide at
 * run time from ./pyodide/pyodide.mjs beside the bundle, so pyodide.mjs is never bundled into it.
 * Everything else lives in runtime.ts, which Node tests drive directly.
 */

import type { FromWorker } from "../protocol/worker";
import { createRuntime, type PyodideLike, type PyodideOptions } from "./runtime";

declare const self: DedicatedWorkerGlobalScope;

// First statement: no message can be dispatched before this script has finished evaluating, and
// `runtime` is assigned synchronously below, so the handler never sees it uninitialised.
self.onmessage = (ev: MessageEvent) => {
  holdLifeline(ev.data);
  runtime.onMessage(ev.data, ev.ports);
};

/** Hold the boot message's `lifeline` lock until this worker ends (protocol/worker.ts BootMessage):
 * the browser releases it however the worker goes, which is how the page learns that it went. */
function holdLifeline(data: unknown): void {
  if (typeof data !== "object" || data === null || !("type" in data) || data.type !== "boot") return;
  const name = "lifeline" in data && typeof data.lifeline === "string" ? data.lifeline : null;
  if (name === null || !("locks" in navigator)) return;
  navigator.locks
    .request(name, () => {
      const held: FromWorker = { type: "lifeline" };
      self.postMessage(held);
      return new Promise<never>(() => {}); // never released while the worker lives
    })
    .catch(() => {}); // no lock: the page falls back to pings
}

// `self.close()` (from app code through `js.close()`, or anything else) ends the worker without any
// event the page could see: say so first, so the page reports it at once instead of after pings.
const closeWorker = self.close.bind(self);
self.close = (): void => {
  const closing: FromWorker = { type: "closing" };
  try {
    self.postMessage(closing);
  } finally {
    closeWorker();
  }
};

// Start downloading pyodide.mjs now; the boot message is probably already on its way.
// A computed URL keeps esbuild from bundling it.
const pyodideUrl = new URL("./pyodide/pyodide.mjs", import.meta.url).href;
type PyodideModule = { loadPyodide(options: PyodideOptions): Promise<PyodideLike> };
const pyodideModule: Promise<PyodideModule> = import(pyodideUrl);
pyodideModule.catch(() => {}); // reported as `fatal` by the boot that awaits it

const runtime = createRuntime({
  postMessage: (message: FromWorker, transfer?: Transferable[]) => self.postMessage(message, transfer ?? []),
  loadPyodide: async (options) => (await pyodideModule).loadPyodide(options),
});
