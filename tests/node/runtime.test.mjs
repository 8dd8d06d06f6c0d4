// The worker runtime end to end under Node: real Pyodide from dist/, the real wheel, real ports.
//
// Why it exists: it checks the page⇄worker contract (protocol/worker.ts, docs/architecture.md) without a
// browser: boot → ready, HTTP replies on a transferred port, SSE arriving as several chunks, app errors
// with a line number, and no message lost while Pyodide is still loading.

import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { request, sseMessages, startRuntime } from "./harness.mjs";

const GREET_APP = `
import asyncio
import gradio as gr

print("blocklite from", gr.__file__)

def greet(name):
    print("greeting", name)
    return f"Hello {name}!"

with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    out = gr.Textbox(label="Greeting")
    gr.Button("Greet").click(greet, name, out)

    async def slow_greet(name):
        await asyncio.sleep(0.05)
        return f"Hello {name}!"

    gr.Button("Slow").click(slow_greet, name, out)

demo.launch()
`;

describe("booted app", { timeout: 120_000 }, () => {
  let rt;
  let early;

  before(async () => {
    rt = await startRuntime();
    // Sent before boot and right after it: both must wait for the app, not get lost.
    const beforeBoot = request(rt.runtime, "GET", "config");
    rt.boot(GREET_APP);
    early = [beforeBoot, request(rt.runtime, "GET", "gradio_api/info")];
    await rt.settled();
  });

  test("posts status phases, then ready with timings", () => {
    const types = rt.messages.filter((m) => m.type !== "console" && m.type !== "handler").map((m) => m.type);
    const phases = rt.messages.filter((m) => m.type === "status").map((m) => m.phase);
    const problem = rt.messages.find((m) => m.type === "fatal" || m.type === "app-error");
    assert.equal(problem, undefined, JSON.stringify(problem?.error, null, 2));
    assert.deepEqual(phases, ["loading-python", "installing", "running-app"]);
    assert.equal(types.at(-1), "ready");
    const { timings } = rt.messages.find((m) => m.type === "ready");
    for (const key of ["pyodide", "wheel", "app", "total"]) {
      assert.equal(typeof timings[key], "number", `timings.${key}`);
    }
    // The wheel went to site-packages (not the working directory), as sourceless bytecode.
    const where = rt.messages.find((m) => m.type === "console" && m.text.startsWith("blocklite from"));
    assert.match(where?.text ?? "", /site-packages\/blocklite\/__init__\.pyc$/);
    console.log(`boot timings (ms): ${JSON.stringify(Object.fromEntries(
      Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}`);
  });

  test("requests sent before boot completed are answered", async () => {
    const [config, info] = await Promise.all(early.map((r) => r.done));
    assert.equal(config.error, null);
    assert.equal(config.status, 200);
    assert.ok(JSON.parse(config.text).components.length >= 3);
    assert.equal(info.error, null);
    assert.equal(info.status, 200);
  });

  test("GET <root>/config answers JSON", async () => {
    const res = await request(rt.runtime, "GET", "config").done;
    assert.equal(res.error, null);
    assert.equal(res.status, 200);
    const type = res.headers.find(([k]) => k.toLowerCase() === "content-type")?.[1];
    assert.match(type, /application\/json/);
    const config = JSON.parse(res.text);
    assert.equal(config.root, "http://127.0.0.1:8000/__blocklite__/app-1");
    const labels = config.components.map((c) => c.props?.label ?? c.props?.value);
    assert.ok(labels.includes("Name"), JSON.stringify(labels));
  });

  test("queue/data streams each message as it is produced, in several chunks", async () => {
    const session_hash = "sess-1";
    // Open the (keep-open) stream first, as the page does, so messages flow while the event runs.
    const stream = request(rt.runtime, "GET", `gradio_api/queue/data?session_hash=${session_hash}&keep_open=true`);
    // A handler that awaits: its messages leave before and after the wait, in separate chunks.
    const join = await request(rt.runtime, "POST", "gradio_api/queue/join", {
      body: { data: ["World"], fn_index: 1, session_hash, event_data: null, trigger_id: null },
      headers: [["content-type", "application/json"]],
    }).done;
    assert.equal(join.error, null);
    assert.equal(join.status, 200, join.text);
    const { event_id } = JSON.parse(join.text);
    assert.ok(event_id);
    const deadline = Date.now() + 5_000;
    while (!sseMessages(new TextDecoder().decode(Buffer.concat(stream.chunks))).some((m) => m.msg === "process_completed")) {
      if (Date.now() > deadline) assert.fail("no process_completed within 5 s");
      await new Promise((r) => setTimeout(r, 1));
    }
    assert.equal(stream.status, 200);
    const nonEmpty = stream.chunks.filter((c) => c.length > 0);
    assert.ok(nonEmpty.length >= 2, `expected several chunks, got ${nonEmpty.length}`);
    const msgs = sseMessages(new TextDecoder().decode(Buffer.concat(stream.chunks)));
    const kinds = msgs.map((m) => m.msg);
    assert.deepEqual(kinds, ["estimation", "process_starts", "process_completed"]);
    const completed = msgs.find((m) => m.msg === "process_completed");
    assert.equal(completed.success, true);
    assert.equal(completed.event_id, event_id);
    assert.deepEqual(completed.output.data, ["Hello World!"]);
    stream.port.postMessage({ type: "disconnect" }); // the worker then closes the port, sending nothing more
  });

  test("a quick handler's whole event arrives with one round trip", async () => {
    const session_hash = "sess-quick";
    const stream = request(rt.runtime, "GET", `gradio_api/queue/data?session_hash=${session_hash}&keep_open=true`);
    const join = await request(rt.runtime, "POST", "gradio_api/queue/join", {
      body: { data: ["World"], fn_index: 0, session_hash, event_data: null, event_id: "client-named-1" },
    }).done;
    assert.deepEqual(JSON.parse(join.text), { event_id: "client-named-1" });
    // No waiting: the messages were sent during the join, before its answer.
    const msgs = sseMessages(new TextDecoder().decode(Buffer.concat(stream.chunks)));
    assert.deepEqual(
      msgs.map((m) => [m.msg, m.event_id]),
      [["estimation", "client-named-1"], ["process_starts", "client-named-1"], ["process_completed", "client-named-1"]],
    );
    stream.port.postMessage({ type: "disconnect" });
    // print() in the app reaches the page as a console message.
    await rt.waitFor((m) => m.type === "console" && m.text.includes("greeting World"), 5_000);
  });

  test("disconnect on the port ends an open SSE stream", async () => {
    const session_hash = "sess-2";
    await request(rt.runtime, "POST", "gradio_api/queue/join", {
      body: { data: ["again"], fn_index: 0, session_hash, event_data: null },
    }).done;
    await request(rt.runtime, "GET", `gradio_api/queue/data?session_hash=${session_hash}`).done;
    // The session has nothing pending now: a new stream stays open (heartbeats) until disconnected.
    let started;
    const opened = new Promise((r) => (started = r));
    const res = request(rt.runtime, "GET", `gradio_api/queue/data?session_hash=${session_hash}`, {
      onStart: () => started(),
    });
    await opened;
    const closed = new Promise((r) => res.port.once("close", r));
    res.port.postMessage({ type: "disconnect" });
    // The worker delivers http.disconnect, the ASGI call returns, and the worker closes its port.
    await Promise.race([
      closed,
      new Promise((_, reject) => setTimeout(() => reject(new Error("port not closed after disconnect")), 5_000)),
    ]);
    assert.equal(res.status, 200);
    assert.equal(res.error, null);
  });

  test("unknown routes answer 404 and ping answers pong", async () => {
    const res = await request(rt.runtime, "GET", "no/such/route").done;
    assert.equal(res.status, 404);
    rt.runtime.onMessage({ type: "ping", id: 7 });
    const pong = await rt.waitFor((m) => m.type === "pong" && m.id === 7, 1_000);
    assert.equal(pong.id, 7);
  });

  test("malformed messages never throw", () => {
    assert.doesNotThrow(() => rt.runtime.onMessage(null));
    assert.doesNotThrow(() => rt.runtime.onMessage({ type: "http", request: { url: "x" } }, []));
    assert.doesNotThrow(() => rt.runtime.onMessage({ type: "what" }));
  });
});

describe("app with a syntax error", { timeout: 120_000 }, () => {
  let rt;
  before(async () => {
    rt = await startRuntime();
    rt.boot("import gradio as gr\n\nx = 1\ndef broken(:\n    pass\n", { filename: "broken.py" });
    await rt.settled();
  });

  test("posts app-error with the line number", () => {
    const msg = rt.messages.find((m) => m.type === "app-error");
    assert.ok(msg, JSON.stringify(rt.messages.filter((m) => m.type !== "console")));
    assert.equal(msg.error.name, "SyntaxError");
    assert.equal(msg.error.lineno, 4);
    assert.match(msg.error.traceback, /broken\.py/);
    assert.equal(rt.messages.some((m) => m.type === "ready" || m.type === "fatal"), false);
  });

  test("a later request gets an answer, not silence", async () => {
    const res = await request(rt.runtime, "GET", "config").done;
    assert.ok(res.error || res.status >= 400, JSON.stringify(res.error ?? res.status));
  });
});

describe("boot failure", { timeout: 60_000 }, () => {
  test("a missing wheel becomes fatal, and queued requests get an error", async () => {
    const rt = await startRuntime({ wheelName: "no-such-wheel.whl" });
    const pending = request(rt.runtime, "GET", "config");
    rt.boot(GREET_APP);
    const fatal = await rt.settled();
    assert.equal(fatal.type, "fatal");
    assert.match(fatal.error.message, /no-such-wheel/);
    const res = await pending.done;
    assert.ok(res.error, "queued request must be answered with an error");
  });
});
