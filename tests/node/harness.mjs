// Test harness: the worker runtime under Node, with the real dist/ (Pyodide, bytecode stdlib, wheel).
//
// Why it exists: the worker's logic (worker/runtime.ts) is a factory with injected I/O precisely so it
// can be driven here without a browser. This file bundles runtime.ts with esbuild, plays the page's
// part (collects control messages, sends HTTP requests over real MessageChannels) and waits for replies.
// It needs `npm run build` first.

import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist");
export const DIST_URL = pathToFileURL(DIST).href + "/";
export const APP_ID = "app-1";
export const ROOT_URL = `http://127.0.0.1:8000/__blocklite__/${APP_ID}/`;

export function wheelName() {
  if (!existsSync(DIST)) throw new Error("dist/ is missing: run `npm run build` first");
  const wheel = readdirSync(DIST).find((n) => /^blocklite-.*\.whl$/.test(n));
  if (!wheel) throw new Error("no blocklite wheel in dist/: run `npm run build` first");
  return wheel;
}

/** The memory snapshot the build wrote into dist/ ("" when it made none), as the worker bundle knows it. */
export function snapshotName() {
  return readdirSync(DIST).find((n) => /^snapshot-[0-9a-f]+\.bin$/.test(n)) ?? "";
}

let runtimeModule = null;
/** worker/runtime.ts, bundled for Node into build/node-tests/ (once per process). */
export async function loadRuntimeModule() {
  if (runtimeModule) return runtimeModule;
  const outfile = join(ROOT, "build", "node-tests", `runtime-${process.pid}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    entryPoints: [join(ROOT, "worker", "runtime.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    outfile,
    logLevel: "warning",
  });
  try {
    runtimeModule = await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true }); // loaded: the file is no longer needed
  }
  return runtimeModule;
}

let pyodideModule = null;
/** Pyodide under Node wants paths where the browser gets URLs (the runtime passes URLs). */
async function loadPyodide(options) {
  pyodideModule ??= await import(pathToFileURL(join(DIST, "pyodide", "pyodide.mjs")).href);
  const path = (url) => (url.startsWith("file:") ? fileURLToPath(url) : url);
  return pyodideModule.loadPyodide({
    ...options,
    indexURL: path(options.indexURL).replace(/\/?$/, "/"),
    stdLibURL: path(options.stdLibURL),
  });
}

/** A runtime plus everything it posted to "the page"; `onPost(message)` sees each post as it happens. */
export async function startRuntime({ onPost, ...extra } = {}) {
  const { createRuntime, inflateSnapshot } = await loadRuntimeModule();
  const messages = [];
  const waiters = new Set();
  const runtime = createRuntime({
    postMessage(message) {
      messages.push(message);
      onPost?.(message); // synchronously, as the worker posts (Python may block right after)
      if (message.type === "console" && process.env.BLOCKLITE_TEST_VERBOSE) {
        console.log(`[py ${message.level}] ${message.text}`);
      }
      for (const w of [...waiters]) w();
    },
    loadPyodide,
    fetchBytes: async (url) => new Uint8Array(await readFile(fileURLToPath(url))),
    // Node's fetch has no file: URLs; the streaming fetch is tested against an HTTP server instead.
    fetchSnapshot: async (url) => inflateSnapshot(new Uint8Array(await readFile(fileURLToPath(url)))),
    wheelName: wheelName(),
    snapshotName: snapshotName(),
    ...extra,
  });

  /** Resolve with the first posted message matching `pred` (already posted ones count). */
  function waitFor(pred, timeoutMs = 60_000) {
    const test = typeof pred === "string" ? (m) => m.type === pred : pred;
    return new Promise((resolvePromise, reject) => {
      const check = () => {
        const found = messages.find(test);
        if (!found) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolvePromise(found);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`timed out waiting; got: ${JSON.stringify(messages.map((m) => m.type))}`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });
  }

  /** The first of ready / app-error / fatal. */
  const settled = () => waitFor((m) => ["ready", "app-error", "fatal"].includes(m.type));

  function boot(code, { filename = "app.py", appId = APP_ID, rootUrl = ROOT_URL } = {}) {
    runtime.onMessage({ type: "boot", appId, code, rootUrl, distUrl: DIST_URL, filename });
  }

  return { runtime, messages, waitFor, settled, boot };
}

/**
 * Send one HTTP request through a real MessageChannel, like the page's shim does.
 * Resolves when the response is complete: {status, headers, chunks: Uint8Array[], text, error}.
 */
export function request(
  runtime, method, path, { body = null, headers = [], rootUrl = ROOT_URL, onStart, onChunk } = {},
) {
  const { port1, port2 } = new MessageChannel();
  const encoded = body === null ? null : new TextEncoder().encode(typeof body === "string" ? body : JSON.stringify(body));
  const bodyBuffer = encoded ? encoded.buffer : null;
  const response = { status: 0, headers: [], chunks: [], text: "", error: null, port: port1 };
  const done = new Promise((resolvePromise) => {
    const finish = () => {
      port1.onmessage = null;
      port1.close();
      response.text = new TextDecoder().decode(Buffer.concat(response.chunks));
      resolvePromise(response);
    };
    port1.onmessage = ({ data }) => {
      if (data.type === "start") {
        response.status = data.status;
        response.headers = data.headers;
        onStart?.(response);
        if (data.chunk !== undefined) {
          // The head may carry the first body chunk (see protocol/worker.ts).
          if (!(data.chunk instanceof Uint8Array)) throw new Error("body chunk is not a Uint8Array");
          response.chunks.push(data.chunk);
          onChunk?.(data.chunk, response);
          if (!data.more) finish();
        }
      } else if (data.type === "body") {
        if (!(data.chunk instanceof Uint8Array)) throw new Error("body chunk is not a Uint8Array");
        response.chunks.push(data.chunk);
        onChunk?.(data.chunk, response);
        if (!data.more) finish();
      } else if (data.type === "error") {
        response.error = data.error;
        finish();
      }
    };
  });
  const message = {
    type: "http",
    request: { method, url: new URL(path, rootUrl).href, headers },
    body: bodyBuffer,
  };
  runtime.onMessage(message, [port2]);
  response.done = done;
  return response;
}

/** Parse `data: {...}` SSE frames out of a response text. */
export function sseMessages(text) {
  return text
    .split("\n\n")
    .filter((frame) => frame.startsWith("data: "))
    .map((frame) => JSON.parse(frame.slice("data: ".length)));
}
