// The worker restored from the build's memory snapshot, and its fallbacks when the snapshot is unusable.
//
// Why it exists: a restored Pyodide lacks what the snapshot could not hold (the in-memory files, fresh
// randomness, JS callbacks registered later), so the parts that depend on them are checked here after
// a real restore: lazy imports of blocklite modules not in the snapshot, stdout/stderr relay, requests
// answered through the worker's JS callback, and a different `random` state per restore. A snapshot
// that is missing or corrupt must cost only a warning. The streaming fetch is checked over real HTTP,
// and the trampoline fix-up (worker/snapshot.ts) on a fake module.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { DIST, loadRuntimeModule, request, snapshotName, startRuntime } from "./harness.mjs";

const LAZY_APP = `
import random
import sys
import gradio as gr

# Neither is imported by bridge.boot(), so neither is in the snapshot: they need the wheel's files.
assert "blocklite.chat_interface" not in sys.modules, "chat_interface was in the snapshot"
theme = gr.themes.Soft()
print("random", random.random())
print("to stderr", file=sys.stderr)

def echo(message, history):
    return "echo: " + message

demo = gr.ChatInterface(echo, theme=theme)
demo.launch()
`;

/** Boot LAZY_APP in a fresh runtime; resolve with the runtime once it settled. */
async function bootLazyApp(extra = {}) {
  const rt = await startRuntime(extra);
  rt.boot(LAZY_APP);
  const end = await rt.settled();
  assert.equal(end.type, "ready", JSON.stringify(end.error ?? end, null, 2));
  return rt;
}

const consoleText = (rt, level) => rt.messages.filter((m) => m.type === "console" && m.level === level).map((m) => m.text);

describe("the build's snapshot", () => {
  test("is in dist/, gzip-compressed, named after what it depends on", () => {
    const name = snapshotName();
    assert.match(name, /^snapshot-[0-9a-f]{16}\.bin$/);
    const data = readFileSync(join(DIST, name));
    assert.deepEqual([...data.subarray(0, 2)], [0x1f, 0x8b], "gzip magic");
    const raw = gunzipSync(data);
    assert.ok(raw.length > 20e6, `raw snapshot of ${raw.length} bytes`);
    assert.ok(data.length < raw.length / 3, "compresses well");
    const worker = readFileSync(join(DIST, "worker.js"), "utf8");
    assert.ok(worker.includes(name), "the build tells the worker the snapshot's name");
  });
});

describe("restored from the snapshot", { timeout: 120_000 }, () => {
  let rt;
  let other;
  before(async () => {
    rt = await bootLazyApp();
    other = await bootLazyApp();
  });

  test("restores (no warning) and runs an app that imports modules the snapshot lacks", () => {
    const ready = rt.messages.find((m) => m.type === "ready");
    assert.equal(ready.timings.restored, 1);
    assert.equal(typeof ready.timings.snapshotFetch, "number");
    assert.deepEqual(consoleText(rt, "warn").filter((t) => t.includes("snapshot")), []);
    assert.equal(rt.messages.some((m) => m.type === "console" && m.level === "error"), false);
  });

  test("relays the app's stdout and stderr", () => {
    assert.ok(consoleText(rt, "log").some((t) => t.startsWith("random ")), JSON.stringify(rt.messages));
    assert.ok(consoleText(rt, "warn").includes("to stderr"));
  });

  test("reseeds random: two restores draw different numbers", () => {
    const draw = (r) => consoleText(r, "log").find((t) => t.startsWith("random "));
    assert.ok(draw(rt) && draw(other));
    assert.notEqual(draw(rt), draw(other));
  });

  test("answers requests and runs events through the worker's JS callback", async () => {
    const config = await request(rt.runtime, "GET", "config").done;
    assert.equal(config.status, 200);
    const session_hash = "snap-1";
    const stream = request(rt.runtime, "GET", `gradio_api/queue/data?session_hash=${session_hash}&keep_open=true`);
    const info = JSON.parse(config.text);
    const submit = info.dependencies.find((d) => d.api_name === "chat");
    assert.ok(submit, JSON.stringify(info.dependencies.map((d) => d.api_name)));
    const join = await request(rt.runtime, "POST", "gradio_api/queue/join", {
      body: { data: ["hi", []], fn_index: submit.id, session_hash, event_data: null },
    }).done;
    assert.equal(join.status, 200, join.text);
    const text = () => new TextDecoder().decode(Buffer.concat(stream.chunks));
    const deadline = Date.now() + 5_000;
    while (!text().includes("process_completed")) {
      if (Date.now() > deadline) assert.fail(`no process_completed within 5 s: ${text()}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    assert.match(text(), /echo: hi/);
    stream.port.postMessage({ type: "disconnect" });
  });
});

describe("falls back to a normal start", { timeout: 120_000 }, () => {
  test("when the snapshot is missing: a warning, then the app runs", async () => {
    const rt = await bootLazyApp({ snapshotName: "snapshot-missing.bin" });
    const ready = rt.messages.find((m) => m.type === "ready");
    assert.equal(ready.timings.restored, 0);
    const warning = consoleText(rt, "warn").find((t) => t.includes("snapshot-missing.bin"));
    assert.match(warning ?? "", /not used .*starting Python from scratch/);
    assert.equal(rt.messages.some((m) => m.type === "console" && m.level === "error"), false);
  });

  test("when the snapshot is corrupt: a warning, then the app runs", async () => {
    const garbage = new Uint8Array(4 << 20).fill(7);
    const rt = await bootLazyApp({ fetchSnapshot: async () => garbage });
    assert.equal(rt.messages.find((m) => m.type === "ready").timings.restored, 0);
    assert.ok(consoleText(rt, "warn").some((t) => /memory snapshot .* not used/.test(t)));
  });

  test("without a snapshot name: no warning, a normal start", async () => {
    const rt = await bootLazyApp({ snapshotName: "" });
    assert.equal(rt.messages.find((m) => m.type === "ready").timings.restored, 0);
    assert.deepEqual(consoleText(rt, "warn").filter((t) => t.includes("snapshot")), []);
  });
});

describe("streamSnapshot over HTTP", () => {
  const raw = new Uint8Array(300_000).map((_, i) => (i % 251 === 0 ? i % 256 : 0));
  let server;
  let base;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === "/gzip.bin") res.end(gzipSync(raw));
      else if (req.url === "/encoded.bin") res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(raw));
      else if (req.url === "/raw.bin") res.end(raw);
      else res.writeHead(404).end();
    });
    await new Promise((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  test("inflates a gzip'd file, and takes bytes the server already decoded or never encoded", async () => {
    const { streamSnapshot } = await loadRuntimeModule();
    for (const path of ["/gzip.bin", "/encoded.bin", "/raw.bin"]) {
      assert.deepEqual(await streamSnapshot(base + path), raw, path);
    }
  });

  test("rejects on an HTTP error", async () => {
    const { streamSnapshot } = await loadRuntimeModule();
    await assert.rejects(streamSnapshot(`${base}/missing.bin`), /HTTP 404/);
  });
});

describe("keepTrampoline", () => {
  // A fake module: _PyRuntime at byte 64, the offset of the trampoline field stored at byte 8.
  const fakeModule = () => {
    const HEAP32 = new Int32Array(64);
    HEAP32[8 / 4] = 16; // the field is at _PyRuntime + 16 = byte 80
    return { HEAP32, __PyRuntime: 64, __PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET: 8 };
  };

  test("writes back, after the restore, the choice the runtime made before it", async () => {
    const { keepTrampoline } = await loadRuntimeModule();
    const keep = keepTrampoline();
    const m = fakeModule();
    let settingsSeen;
    const create = keep.wrap((settings) => ((settingsSeen = settings), "module"));
    assert.equal(create({ preRun: [] }), "module");
    m.HEAP32[80 / 4] = 42; // Pyodide's own pre-run hook wrote this engine's trampoline
    for (const hook of settingsSeen.preRun) hook(m);
    m.HEAP32[80 / 4] = 7; // the restore brought the snapshot's (Node's) choice back
    keep.restore(m);
    assert.equal(m.HEAP32[80 / 4], 42);
  });

  test("refuses (so the worker falls back) when Pyodide does not expose the field", async () => {
    const { keepTrampoline } = await loadRuntimeModule();
    const keep = keepTrampoline();
    const create = keep.wrap((settings) => settings);
    const settings = create({});
    for (const hook of settings.preRun) hook({ HEAP32: new Int32Array(4) });
    assert.throws(() => keep.restore({ HEAP32: new Int32Array(4) }), /call trampoline/);
  });
});
