// worker/relay.ts with a fake Python: a request that ends Pyodide for good (its error carries
// `pyodide_fatal_error`, as Pyodide marks it) fails that request *and* reports the worker as
// broken, so the page offers a restart instead of failing each later click on its own.

import assert from "node:assert/strict";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const built = await esbuild.build({
  entryPoints: [join(ROOT, "worker", "relay.ts")],
  bundle: true,
  format: "esm",
  platform: "neutral",
  write: false,
  logLevel: "silent",
});
const { relayHttp } = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString("base64")}`);

function relay(startRequest) {
  const replies = [];
  const fatal = [];
  const runs = [];
  const port = { postMessage: (m) => replies.push(m), onmessage: null, close() {} };
  const msg = { type: "http", request: { method: "GET", url: "http://x/__blocklite__/a/config", headers: [] }, body: null };
  relayHttp(msg, port, {
    ready: async () => ({ target: { startRequest }, appId: "a" }),
    warn: () => {},
    fatal: (err) => fatal.push(err),
    enter: (id) => (runs.push(["enter", id]), runs.length),
    leave: (run) => runs.push(["leave", run]),
  });
  return { replies, fatal, runs, settled: new Promise((r) => setTimeout(r, 20)) };
}

test("a fatal Pyodide error fails the request and reports the worker broken", async () => {
  const r = relay(() => {
    throw Object.assign(new Error("RuntimeError: unreachable"), { pyodide_fatal_error: true });
  });
  await r.settled;
  assert.equal(r.replies.length, 1);
  assert.equal(r.replies[0].type, "error");
  assert.equal(r.fatal.length, 1);
  // The synchronous call was a run, ended even though it threw.
  assert.deepEqual(r.runs.map(([kind]) => kind), ["enter", "leave"]);
});

test("an ordinary error fails only the request", async () => {
  const r = relay(() => {
    throw new Error("no app");
  });
  await r.settled;
  assert.equal(r.replies[0].type, "error");
  assert.equal(r.fatal.length, 0);
});
