// The page's side of watching the worker (js/net/worker-host.ts) and of Stop on a running handler
// (js/app/stopper.ts), under Node with a fake Worker.
//
// Why it exists: "busy in a long handler" and "dead" look alike from the page (no pong); these
// tests pin down which one the host concludes from the worker's `handler` and `closing` messages,
// how fast, and what Stop does with and without the shared stop flags.

import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

/** A Worker that records what the page posts and answers pings only when `answering`. */
class FakeWorker extends EventTarget {
  static last = null;
  constructor() {
    super();
    this.posted = [];
    this.answering = true;
    this.terminated = false;
    FakeWorker.last = this;
  }
  postMessage(msg) {
    this.posted.push(msg);
    if (msg.type === "ping" && this.answering) queueMicrotask(() => this.emit({ type: "pong", id: msg.id }));
  }
  emit(data) {
    this.dispatchEvent(new MessageEvent("message", { data }));
  }
  terminate() {
    this.terminated = true;
    this.answering = false;
  }
}
globalThis.Worker = FakeWorker;
globalThis.ErrorEvent ??= class extends Event {};

const { WorkerHost } = await loadUi("net/worker-host");
const { HandlerStopper } = await loadUi("app/stopper");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function makeHost({ isolated = true } = {}) {
  globalThis.crossOriginIsolated = isolated;
  const events = [];
  const host = new WorkerHost(new URL("http://localhost/worker.js"), {
    status: () => {},
    ready: () => events.push("ready"),
    appError: () => events.push("app-error"),
    fatal: (e) => events.push(`fatal: ${e.message}`),
    lost: (why) => events.push(`lost: ${why}`),
    responsive: (ok) => events.push(`responsive: ${ok}`),
  });
  const worker = FakeWorker.last;
  host.boot({ type: "boot", appId: "a", code: "", rootUrl: "r/", distUrl: "d/", filename: "f" });
  worker.emit({ type: "ready", timings: {} });
  return { host, worker, events };
}

test("an isolated page shares its stop flags at boot; a plain page does not", () => {
  const isolated = makeHost({ isolated: true });
  assert.ok(isolated.worker.posted[0].control instanceof Int32Array);
  assert.ok(isolated.worker.posted[0].control.buffer instanceof SharedArrayBuffer);
  isolated.host.terminate();
  const plain = makeHost({ isolated: false });
  assert.equal(plain.worker.posted[0].control, undefined);
  plain.host.terminate();
});

test("interrupt: only the event whose handler runs, and only with the flags", () => {
  const { host, worker } = makeHost();
  assert.equal(host.interrupt("ev-1"), "idle");
  worker.emit({ type: "handler", state: "start", run: 7, eventId: "ev-1" });
  assert.equal(host.running("ev-1"), true);
  assert.equal(host.interrupt("ev-2"), "idle");
  assert.equal(host.interrupt("ev-1"), "interrupted");
  assert.deepEqual([...host.control], [2, 7]); // SIGINT, and the run to stop
  worker.emit({ type: "handler", state: "end", run: 7, eventId: "ev-1" });
  assert.equal(host.running("ev-1"), false);
  host.terminate();

  const plain = makeHost({ isolated: false });
  plain.worker.emit({ type: "handler", state: "start", run: 1, eventId: "ev-1" });
  assert.equal(plain.host.interrupt("ev-1"), "blocked");
  plain.host.terminate();
});

test("a silent idle worker is reported lost within 2 s; a silent one in a handler is busy", async () => {
  const idle = makeHost();
  const busy = makeHost();
  busy.worker.emit({ type: "handler", state: "start", run: 1, eventId: "ev" });
  idle.worker.answering = false;
  busy.worker.answering = false;
  const t0 = performance.now();
  while (!idle.events.some((e) => e.startsWith("lost")) && performance.now() - t0 < 3000) await sleep(20);
  const elapsed = performance.now() - t0;
  assert.ok(elapsed < 2000, `reported after ${elapsed} ms`);
  assert.match(idle.events.find((e) => e.startsWith("lost")), /stopped answering/);
  assert.ok(idle.worker.terminated);
  assert.deepEqual(busy.events, ["ready"], "a handler may keep the worker silent");
  busy.host.terminate();
});

test("a worker that answers is never reported; `closing` is reported at once", async () => {
  const { host, worker, events } = makeHost();
  await sleep(1600);
  assert.deepEqual(events, ["ready"]);
  worker.emit({ type: "closing" });
  assert.deepEqual(events, ["ready", "lost: WorkerClosed: the worker closed itself"]);
  host.terminate();
});

test("Stop: interrupts a running handler, restarts when it is still running after 1 s", async () => {
  const { host, worker } = makeHost({ isolated: false });
  const restarts = [];
  const stopper = new HandlerStopper(() => host, (why) => restarts.push(why));
  // Stop before the worker said the handler started: applied when it does.
  stopper.stop("ev-1");
  worker.emit({ type: "handler", state: "start", run: 3, eventId: "ev-1" });
  stopper.handlersChanged();
  await sleep(1100);
  assert.equal(restarts.length, 1);
  assert.match(restarts[0], /not cross-origin isolated/);
  // A handler that ends within the second is not a reason to restart.
  worker.emit({ type: "handler", state: "start", run: 4, eventId: "ev-2" });
  stopper.stop("ev-2");
  worker.emit({ type: "handler", state: "end", run: 4, eventId: "ev-2" });
  await sleep(1100);
  assert.equal(restarts.length, 1);
  host.terminate();
});

test("a handler silent for 15 s is reported as not responding, and as responsive when it answers", { timeout: 30_000 }, async () => {
  const { host, worker, events } = makeHost();
  worker.emit({ type: "handler", state: "start", run: 1, eventId: "ev" });
  worker.answering = false;
  const t0 = performance.now();
  while (!events.includes("responsive: false") && performance.now() - t0 < 20_000) await sleep(100);
  const elapsed = performance.now() - t0;
  assert.ok(elapsed >= 14_500 && elapsed < 16_500, `after ${elapsed} ms`);
  assert.ok(!events.some((e) => e.startsWith("lost")), "busy in a handler is not dead");
  worker.emit({ type: "handler", state: "end", run: 1, eventId: "ev" });
  assert.equal(events.at(-1), "responsive: true");
  host.terminate();
});

/** Web Locks as the browser keeps them: one holder per name, waiters granted when it lets go. */
class FakeLocks {
  constructor() {
    this.releases = new Map();
    this.waiters = new Map();
  }
  /** What the worker does with BootMessage.lifeline; returns "the worker is gone". */
  hold(name) {
    this.releases.set(name, () => {
      this.releases.delete(name);
      for (const grant of this.waiters.get(name) ?? []) grant();
      this.waiters.delete(name);
    });
    return this.releases.get(name);
  }
  request(name, options, callback) {
    return new Promise((resolve, reject) => {
      if (!this.releases.has(name)) return resolve(callback());
      const grant = () => resolve(callback());
      this.waiters.set(name, [...(this.waiters.get(name) ?? []), grant]);
      options.signal?.addEventListener("abort", () => {
        this.waiters.set(name, (this.waiters.get(name) ?? []).filter((g) => g !== grant));
        reject(new DOMException("aborted", "AbortError"));
      });
    });
  }
}

test("with Web Locks, a worker that dies in the middle of a handler is reported at once", async () => {
  const locks = new FakeLocks();
  globalThis.navigator = { locks };
  try {
    const { host, worker, events } = makeHost();
    const name = worker.posted[0].lifeline;
    assert.match(name, /^blocklite-worker-/, "the boot message names the lifeline");
    const gone = locks.hold(name);
    worker.emit({ type: "lifeline" });
    worker.emit({ type: "handler", state: "start", run: 1, eventId: "ev" });
    worker.answering = false; // busy in a handler: pings alone would call this "busy"
    await sleep(50);
    assert.deepEqual(events, ["ready"]);
    const t0 = performance.now();
    gone(); // terminated, crashed, out of memory: the browser releases the lock
    while (!events.some((e) => e.startsWith("lost")) && performance.now() - t0 < 1000) await sleep(5);
    assert.ok(performance.now() - t0 < 100, "reported without waiting for pings");
    assert.match(events.at(-1), /^lost: WorkerLost: the worker ended/);
    host.terminate();

    // The page stopping the worker itself (unmount, restart) reports nothing.
    const other = makeHost();
    const release = locks.hold(other.worker.posted[0].lifeline);
    other.worker.emit({ type: "lifeline" });
    other.host.terminate();
    release();
    await sleep(20);
    assert.deepEqual(other.events, ["ready"]);
  } finally {
    delete globalThis.navigator;
  }
});
