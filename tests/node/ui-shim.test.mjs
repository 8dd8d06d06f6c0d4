// The fetch/EventSource shim and the transport (js/net/shim.ts, transport.ts, event-source.ts),
// driven under Node with a fake worker that answers on the transferred MessagePort.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

globalThis.location = new URL("http://localhost:8000/examples/page.html");
const realFetchCalls = [];
globalThis.fetch = async (input) => {
  realFetchCalls.push(String(input));
  return new Response("from the network");
};

const { installShim } = await loadUi("net/shim");
const { registerRoute, failRoute } = await loadUi("net/transport");
installShim();
installShim(); // idempotent

const enc = (s) => new TextEncoder().encode(s);
const tick = (ms = 10) => new Promise((r) => setTimeout(r, ms));

/** A route whose fake worker calls `serve(message, port)` for each request. */
function makeApp(id, serve, { ready = true } = {}) {
  const worker = {
    posted: [],
    postMessage(msg, transfer) {
      this.posted.push(msg);
      const port = transfer[0];
      port.received = [];
      port.onmessage = (ev) => port.received.push(ev.data);
      serve(msg, port);
    },
  };
  let release;
  const route = {
    rootUrl: `http://localhost:8000/__blocklite__/${id}/`,
    worker: ready ? Promise.resolve(worker) : new Promise((r) => (release = () => r(worker))),
    requests: [],
    inflight: 0,
    live: new Set(),
  };
  registerRoute(route);
  return { route, worker, release: () => release() };
}

function json(port, status, value) {
  port.postMessage({ type: "start", status, headers: [["content-type", "application/json"]] });
  port.postMessage({ type: "body", chunk: enc(JSON.stringify(value)), more: false });
}

test("other URLs reach the real fetch untouched", async () => {
  const res = await fetch("https://example.com/x");
  assert.equal(await res.text(), "from the network");
  assert.deepEqual(realFetchCalls, ["https://example.com/x"]);
});

test("app URLs go to the worker with method, url, headers and body; requests are logged", async () => {
  const { route, worker } = makeApp("t1", (msg, port) => json(port, 200, { got: msg.request.method }));
  const res = await fetch("/__blocklite__/t1/gradio_api/queue/join?", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: '{"a":1}',
  });
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { got: "POST" });
  const msg = worker.posted[0];
  assert.equal(msg.type, "http");
  assert.equal(msg.request.url, "http://localhost:8000/__blocklite__/t1/gradio_api/queue/join?");
  assert.ok(msg.request.headers.some(([k, v]) => k === "content-type" && v === "application/json"));
  assert.equal(new TextDecoder().decode(msg.body), '{"a":1}');
  assert.deepEqual(route.requests.map((r) => `${r.method} ${r.path}`), ["POST /__blocklite__/t1/gradio_api/queue/join"]);
  assert.equal(route.inflight, 0);
});

test("the body streams chunk by chunk (the second chunk is sent only after the first was read)", async () => {
  let sendSecond;
  makeApp("t2", (msg, port) => {
    port.postMessage({ type: "start", status: 200, headers: [["content-type", "text/plain"]] });
    port.postMessage({ type: "body", chunk: enc("one"), more: true });
    sendSecond = () => port.postMessage({ type: "body", chunk: enc("two"), more: false });
  });
  const res = await fetch("http://localhost:8000/__blocklite__/t2/stream");
  const reader = res.body.getReader();
  const first = await reader.read();
  assert.equal(new TextDecoder().decode(first.value), "one");
  sendSecond();
  const second = await reader.read();
  assert.equal(new TextDecoder().decode(second.value), "two");
  assert.equal((await reader.read()).done, true);
});

test("a worker error before the response rejects with TypeError", async () => {
  makeApp("t3", (msg, port) => port.postMessage({ type: "error", error: { name: "Error", message: "boom" } }));
  await assert.rejects(fetch("http://localhost:8000/__blocklite__/t3/x"), (err) => err instanceof TypeError && /boom/.test(err.message));
});

test("abort and body cancel send disconnect to the worker", async () => {
  const ports = [];
  makeApp("t4", (msg, port) => {
    ports.push(port);
    if (msg.request.url.endsWith("/started")) {
      port.postMessage({ type: "start", status: 200, headers: [] });
    }
  });
  const ctl = new AbortController();
  const pending = fetch("http://localhost:8000/__blocklite__/t4/hang", { signal: ctl.signal });
  await tick();
  ctl.abort();
  await assert.rejects(pending, (err) => err.name === "AbortError");
  await tick();
  assert.deepEqual(ports[0].received, [{ type: "disconnect" }]);

  const res = await fetch("http://localhost:8000/__blocklite__/t4/started");
  await res.body.cancel();
  await tick();
  assert.deepEqual(ports[1].received, [{ type: "disconnect" }]);
});

test("requests made before the worker is ready wait for it", async () => {
  const app = makeApp("t5", (msg, port) => json(port, 200, "late"), { ready: false });
  let done = false;
  const p = fetch("http://localhost:8000/__blocklite__/t5/config").then((r) => {
    done = true;
    return r.json();
  });
  await tick(30);
  assert.equal(done, false);
  app.release();
  assert.equal(await p, "late");
});

test("a dead worker fails requests in flight and later ones", async () => {
  const { route } = makeApp("t6", () => {});
  const inFlight = fetch("http://localhost:8000/__blocklite__/t6/x");
  await tick();
  failRoute(route, "worker crashed");
  await assert.rejects(inFlight, TypeError);
  await assert.rejects(fetch("http://localhost:8000/__blocklite__/t6/y"), /worker crashed/);
});

test("EventSource: open, messages (multi-line, named), then close() disconnects", async () => {
  let port;
  makeApp("t7", (msg, p) => {
    port = p;
    assert.equal(msg.request.method, "GET");
    assert.ok(msg.request.headers.some(([k, v]) => k === "accept" && v === "text/event-stream"));
    p.postMessage({ type: "start", status: 200, headers: [["content-type", "text/event-stream; charset=utf-8"]] });
    p.postMessage({ type: "body", chunk: enc('data: {"msg":"a"}\n\ndata: x\ndata: y\n\nevent: ping\ndata: p\n\nda'), more: true });
    setTimeout(() => p.postMessage({ type: "body", chunk: enc("ta: split\n\n"), more: true }), 20);
  });
  const es = new EventSource("/__blocklite__/t7/gradio_api/queue/data?session_hash=abc");
  assert.equal(es.readyState, 0);
  const got = [];
  let opened = false;
  es.onopen = () => (opened = true);
  es.onmessage = (ev) => got.push(ev.data);
  es.addEventListener("ping", (ev) => got.push(`ping:${ev.data}`));
  // the split chunk comes 20 ms later: wait for it, with room for a busy machine
  for (let waited = 0; got.length < 4 && waited < 3000; waited += 20) await tick(20);
  assert.equal(opened, true);
  assert.equal(es.readyState, 1);
  assert.deepEqual(got, ['{"msg":"a"}', "x\ny", "ping:p", "split"]);
  es.close();
  assert.equal(es.readyState, 2);
  await tick();
  assert.deepEqual(port.received, [{ type: "disconnect" }]);
});

test("EventSource: a non-200 or non-SSE answer is an error and CLOSED; an ended stream too", async () => {
  makeApp("t8", (msg, p) => {
    if (msg.request.url.endsWith("/bad")) json(p, 404, { detail: "nope" });
    else {
      p.postMessage({ type: "start", status: 200, headers: [["content-type", "text/event-stream"]] });
      p.postMessage({ type: "body", chunk: enc("data: last\n\n"), more: false });
    }
  });
  const bad = new EventSource("http://localhost:8000/__blocklite__/t8/bad");
  let errors = 0;
  bad.onerror = () => errors++;
  await tick(30);
  assert.equal(errors, 1);
  assert.equal(bad.readyState, 2);

  const ended = new EventSource("http://localhost:8000/__blocklite__/t8/ok");
  const seen = [];
  ended.onmessage = (ev) => seen.push(ev.data);
  ended.onerror = () => seen.push("error");
  await tick(30);
  assert.deepEqual(seen, ["last", "error"]);
  assert.equal(ended.readyState, 2);
});

test("the request log keeps only the latest requests (a long-running app does not grow it)", async () => {
  const { logRequest, REQUEST_LOG_LIMIT } = await loadUi("net/transport");
  const log = [];
  for (let i = 0; i < 10_000; i++) logRequest(log, { method: "GET", path: `/p${i}`, query: "", url: "", time: i });
  assert.ok(log.length <= REQUEST_LOG_LIMIT, `log holds ${log.length}`);
  assert.ok(log.length >= (REQUEST_LOG_LIMIT * 3) / 4);
  assert.equal(log.at(-1).path, "/p9999", "the newest entry is kept");
  for (let i = 1; i < log.length; i++) assert.equal(log[i].time, log[i - 1].time + 1, "in order, no gaps");
});
