// Stopping a running handler from "the page", under Node with the real runtime and Pyodide.
//
// Why it exists: the interrupt path (protocol/worker.ts BootMessage.control, worker/handlers.ts,
// py/blocklite/handler_window.py) only matters while Python blocks the thread, so the page's side is
// played by a second thread (worker_threads) that shares the stop flags, exactly as the browser
// page shares them with the worker: it waits for the run number the runtime posts, then raises
// SIGINT for it. Also checked: every handler run and request is reported, and a stray interrupt
// (no run, or another run) never stops anything.

import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { Worker } from "node:worker_threads";
import { APP_ID, DIST_URL, ROOT_URL, request, sseMessages, startRuntime } from "./harness.mjs";

const APP = `
import time
import gradio as gr

def spin(text):
    while True:
        pass

def nap(text):
    time.sleep(30)
    return "woke"

def short(text):
    time.sleep(0.2)
    return "slept"

with gr.Blocks() as demo:
    text = gr.Textbox()
    out = gr.Textbox()
    gr.Button("Spin").click(spin, text, out)
    gr.Button("Nap").click(nap, text, out)
    gr.Button("Short").click(short, text, out)

demo.launch()
`;

const SIGNAL = 0;
const TARGET = 1;
const now = () => performance.timeOrigin + performance.now();

// The "page": waits until the main thread publishes a run number, waits `delay` ms more, then
// stops that run (target, SIGINT, notify) and records when.
const PAGE_THREAD = `
const { workerData } = require("node:worker_threads");
const { handoff, control, times, delay } = workerData;
Atomics.wait(handoff, 0, 0);
const run = Atomics.load(handoff, 0);
Atomics.wait(handoff, 1, 0, delay);
times[0] = performance.timeOrigin + performance.now();
Atomics.store(control, 1, run);
Atomics.store(control, 0, 2);
Atomics.notify(control, 0);
`;

describe("stopping handlers", { timeout: 120_000 }, () => {
  let rt;
  const control = new Int32Array(new SharedArrayBuffer(8));
  /** Set by a test: called synchronously with each handler message. */
  let onHandler = null;
  const ended = new Map();

  before(async () => {
    rt = await startRuntime({
      onPost(message) {
        if (message.type !== "handler") return;
        if (message.state === "end") ended.set(message.eventId, now());
        onHandler?.(message);
      },
    });
    rt.runtime.onMessage({ type: "boot", appId: APP_ID, code: APP, rootUrl: ROOT_URL, distUrl: DIST_URL, filename: "app.py", control });
    const settled = await rt.settled();
    assert.equal(settled.type, "ready", JSON.stringify(settled));
  });

  /** Join `fnIndex` as `eventId` on an open stream; resolves with the event's messages. */
  async function runEvent(fnIndex, eventId) {
    const session_hash = `s-${eventId}`;
    const stream = request(rt.runtime, "GET", `gradio_api/queue/data?session_hash=${session_hash}&keep_open=true`);
    const join = await request(rt.runtime, "POST", "gradio_api/queue/join", {
      body: { data: ["x"], fn_index: fnIndex, session_hash, event_data: null, trigger_id: null, event_id: eventId },
    }).done;
    assert.equal(join.status, 200, join.text);
    const deadline = Date.now() + 10_000;
    const messages = () => sseMessages(new TextDecoder().decode(Buffer.concat(stream.chunks)));
    while (!messages().some((m) => m.msg === "process_completed")) {
      if (Date.now() > deadline) assert.fail(`no process_completed for ${eventId}`);
      await new Promise((r) => setTimeout(r, 1));
    }
    stream.port.postMessage({ type: "disconnect" });
    return messages();
  }

  /** Start the page thread: it stops the run of `eventId` `delay` ms after the run starts. */
  function stopWhenRunning(eventId, delay = 50) {
    const handoff = new Int32Array(new SharedArrayBuffer(8));
    const times = new Float64Array(new SharedArrayBuffer(8));
    const thread = new Worker(PAGE_THREAD, { eval: true, workerData: { handoff, control, times, delay } });
    onHandler = (m) => {
      if (m.state === "start" && m.eventId === eventId) {
        Atomics.store(handoff, 0, m.run);
        Atomics.notify(handoff, 0);
      }
    };
    return { times, done: new Promise((resolve) => thread.once("exit", resolve)) };
  }

  test("each handler run and each request is reported, the handler's with its event id", async () => {
    const seen = [];
    onHandler = (m) => seen.push(m);
    const msgs = await runEvent(2, "short-1");
    onHandler = null;
    assert.equal(msgs.find((m) => m.msg === "process_completed").output.data[0], "slept");
    const handler = seen.filter((m) => m.eventId === "short-1").map((m) => m.state);
    assert.deepEqual(handler, ["start", "end"]);
    const start = seen.find((m) => m.eventId === "short-1" && m.state === "start");
    const end = seen.find((m) => m.eventId === "short-1" && m.state === "end");
    assert.equal(start.run, end.run);
    // The join's own synchronous call into Python is a run too (eventId ""), around the handler's.
    const outer = seen.filter((m) => m.eventId === "" && m.run < start.run);
    assert.ok(outer.some((m) => m.state === "start"), JSON.stringify(seen));
  });

  for (const [fnIndex, name] of [[0, "while True"], [1, "time.sleep(30)"]]) {
    test(`a ${name} handler stops within 100 ms of the flag, and the app keeps working`, async () => {
      const eventId = `stop-${fnIndex}`;
      const page = stopWhenRunning(eventId);
      const msgs = await runEvent(fnIndex, eventId);
      await page.done;
      const elapsed = ended.get(eventId) - page.times[0];
      console.log(`${name}: flag → handler over in ${elapsed.toFixed(1)} ms`);
      assert.ok(elapsed >= 0 && elapsed < 100, `took ${elapsed} ms`);
      const completed = msgs.find((m) => m.msg === "process_completed");
      // Gradio's answer for a cancelled event: completed, no output, no error.
      assert.deepEqual({ success: completed.success, output: completed.output }, { success: true, output: {} });
      // Next event runs normally: the interrupt did not leak into the server.
      const next = await runEvent(2, `after-${fnIndex}`);
      assert.equal(next.find((m) => m.msg === "process_completed").output.data[0], "slept");
    });
  }

  test("a stray interrupt (no run, or a run that is over) stops nothing", async () => {
    onHandler = null;
    Atomics.store(control, TARGET, 999_999);
    Atomics.store(control, SIGNAL, 2);
    const config = await request(rt.runtime, "GET", "config").done;
    assert.equal(config.status, 200);
    Atomics.store(control, SIGNAL, 2); // again, now while a handler runs, but not for it
    const msgs = await runEvent(2, "short-2");
    const completed = msgs.find((m) => m.msg === "process_completed");
    assert.equal(completed.success, true, JSON.stringify(completed));
    assert.equal(completed.output.data[0], "slept");
  });
});
