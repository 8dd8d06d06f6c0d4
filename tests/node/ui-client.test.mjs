// The queue client (js/engine/queue-client.ts) over the shim, against a fake worker that plays Gradio's server:
// join → event_id, one session stream, early messages buffered, close_stream and reopen, errors.
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

globalThis.location = new URL("http://localhost:8000/page.html?x=1");
const { installShim } = await loadUi("net/shim");
const { registerRoute } = await loadUi("net/transport");
const { QueueClient } = await loadUi("engine/queue-client");
installShim();

// Open streams keep Node's event loop alive: close every client after each test.
const clients = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

const enc = (s) => new TextEncoder().encode(s);
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const sse = (port, obj) => port.postMessage({ type: "body", chunk: enc(`data: ${JSON.stringify(obj)}\n\n`), more: true });

/** A fake server: `onJoin(body, port)` answers joins; `stream` holds the open queue/data port. */
function fakeServer(id, onJoin) {
  const server = { joins: [], streams: 0, stream: null, posts: [] };
  const worker = {
    postMessage(msg, transfer) {
      const port = transfer[0];
      port.onmessage = () => {};
      const url = new URL(msg.request.url);
      const body = msg.body ? JSON.parse(new TextDecoder().decode(msg.body)) : null;
      if (url.pathname.endsWith("/queue/join")) {
        server.joins.push({ body, query: url.search });
        onJoin(body, port, server);
      } else if (url.pathname.endsWith("/queue/data")) {
        server.streams++;
        server.stream = port;
        port.postMessage({ type: "start", status: 200, headers: [["content-type", "text/event-stream"]] });
      } else if (url.pathname.endsWith("/cancel")) {
        server.cancels = [...(server.cancels ?? []), body];
        const status = body.event_id === "refuse" ? 404 : 200;
        const answer = status === 200 ? { success: true } : { detail: "no such event" };
        port.postMessage({ type: "start", status, headers: [["content-type", "application/json"]] });
        port.postMessage({ type: "body", chunk: enc(JSON.stringify(answer)), more: false });
      } else if (url.pathname.endsWith("/run/predict")) {
        server.posts.push(body);
        const out = body.data[0] === "bad" ? [500, { error: null }] : [200, { data: ["ok"], is_generating: false }];
        port.postMessage({ type: "start", status: out[0], headers: [["content-type", "application/json"]] });
        port.postMessage({ type: "body", chunk: enc(JSON.stringify(out[1])), more: false });
      }
    },
  };
  const rootUrl = `http://localhost:8000/__blocklite__/${id}/`;
  registerRoute({ rootUrl, worker: Promise.resolve(worker), requests: [], inflight: 0, live: new Set() });
  const config = { root: rootUrl.slice(0, -1), apiPrefix: "/gradio_api", enableQueue: true };
  const client = new QueueClient(config);
  clients.push(client);
  return { server, client };
}

function answerJoin(port, eventId, status = 200) {
  const body = status === 200 ? { event_id: eventId } : { detail: "Queue is full" };
  port.postMessage({ type: "start", status, headers: [["content-type", "application/json"]] });
  port.postMessage({ type: "body", chunk: enc(JSON.stringify(body)), more: false });
}

test("join body follows PredictBody; messages reach the event; close_stream closes the stream", async () => {
  const { server, client } = fakeServer("c1", (body, port) => answerJoin(port, "e1"));
  const got = [];
  await client.submit(3, ["Ann"], 7, true, (m) => got.push(m.msg));
  const join = server.joins[0];
  assert.equal(typeof join.body.event_id, "string");
  assert.ok(join.body.event_id.length >= 16, "the client names its event (PredictBody's event_id)");
  assert.deepEqual(join.body, {
    data: ["Ann"], event_data: null, fn_index: 3, trigger_id: 7, session_hash: client.sessionHash, event_id: join.body.event_id,
  });
  assert.equal(join.query, "?x=1", "the page's query string is forwarded, like Gradio's client");
  await tick();
  assert.equal(server.streams, 1);
  sse(server.stream, { msg: "estimation", event_id: "e1", rank: 0, queue_size: 1 });
  sse(server.stream, { msg: "process_starts", event_id: "e1" });
  sse(server.stream, { msg: "heartbeat", event_id: null });
  sse(server.stream, { msg: "process_completed", event_id: "e1", output: { data: ["Hello Ann!"] }, success: true });
  sse(server.stream, { msg: "close_stream", event_id: null });
  await tick();
  assert.deepEqual(got, ["estimation", "process_starts", "process_completed"]);
});

test("a client-named event's messages are handled before the join answers", async () => {
  let joinPort;
  const { server, client } = fakeServer("c0", (body, port) => {
    joinPort = port;
  });
  const got = [];
  const p = client.submit(0, ["x"], null, true, (m) => got.push(m.msg));
  await tick();
  const eventId = server.joins[0].body.event_id;
  sse(server.stream, { msg: "process_starts", event_id: eventId });
  sse(server.stream, { msg: "process_completed", event_id: eventId, output: { data: [1] }, success: true });
  await tick();
  assert.deepEqual(got, ["process_starts", "process_completed"], "delivered without the join's answer");
  answerJoin(joinPort, eventId);
  await p;
  assert.deepEqual(got, ["process_starts", "process_completed"]);
});

test("messages that arrive before the join response are buffered; the open stream is reused", async () => {
  let second;
  const { server, client } = fakeServer("c2", (body, port, s) => {
    if (s.joins.length === 1) answerJoin(port, "e1");
    else second = port;
  });
  const first = [];
  const later = [];
  await client.submit(0, [], null, true, (m) => first.push(m.msg));
  await tick();
  const p = client.submit(1, [], null, true, (m) => later.push(m.msg));
  await tick();
  sse(server.stream, { msg: "process_starts", event_id: "e2" });
  sse(server.stream, { msg: "process_completed", event_id: "e2", output: { data: [1] }, success: true });
  await tick();
  assert.deepEqual(later, []);
  answerJoin(second, "e2");
  await p;
  assert.deepEqual(later, ["process_starts", "process_completed"]);
  assert.equal(server.streams, 1);
});

test("close_stream while another event is pending reopens the stream", async () => {
  let port2;
  const { server, client } = fakeServer("c3", (body, port, s) => {
    if (s.joins.length === 1) answerJoin(port, "e1");
    else port2 = port;
  });
  const got = [];
  await client.submit(0, [], null, true, (m) => got.push(`1:${m.msg}`));
  await tick();
  const first = server.stream;
  const p = client.submit(0, [], null, true, (m) => got.push(`2:${m.msg}`));
  await tick();
  answerJoin(port2, "e2");
  await p;
  sse(first, { msg: "process_completed", event_id: "e1", output: { data: [] }, success: true });
  sse(first, { msg: "close_stream", event_id: null });
  await tick();
  assert.equal(server.streams, 2, "reopened for e2");
  sse(server.stream, { msg: "process_completed", event_id: "e2", output: { data: [] }, success: true });
  await tick();
  assert.deepEqual(got, ["1:process_completed", "2:process_completed"]);
});

test("a failed join becomes a transport_error with the server's detail", async () => {
  const { client } = fakeServer("c4", (body, port) => answerJoin(port, null, 503));
  const got = [];
  await client.submit(0, [], null, true, (m) => got.push(m));
  assert.deepEqual(got, [{ msg: "transport_error", message: "Queue is full", status: 503 }]);
});

test("submit uses the caller's event id; cancel posts Gradio's CancelBody and never rejects", async () => {
  const { server, client } = fakeServer("c7", (body, port) => answerJoin(port, body.event_id));
  await client.submit(4, [], null, true, () => {}, null, "myevent0123456789");
  assert.equal(server.joins[0].body.event_id, "myevent0123456789");
  await client.cancel(4, "myevent0123456789");
  assert.deepEqual(server.cancels, [{ session_hash: client.sessionHash, fn_index: 4, event_id: "myevent0123456789" }]);
  const warned = [];
  const warn = console.warn;
  console.warn = (...a) => warned.push(a.join(" "));
  try {
    await client.cancel(4, "refuse");
  } finally {
    console.warn = warn;
  }
  assert.match(warned[0], /could not cancel event refuse: no such event/);
});

test("queue: false posts run/predict and reports the JSON output", async () => {
  const { server, client } = fakeServer("c5", () => {});
  const got = [];
  await client.submit(2, ["x"], 1, false, (m) => got.push(m));
  assert.equal(server.posts[0].fn_index, 2);
  assert.deepEqual(got.map((m) => m.msg), ["process_starts", "process_completed"]);
  assert.equal(got[1].success, true);
  assert.deepEqual(got[1].output.data, ["ok"]);
  const bad = [];
  await client.submit(2, ["bad"], 1, false, (m) => bad.push(m));
  assert.equal(bad[1].success, false);
  assert.deepEqual(bad[1].output, { error: null });
});

test("a stream that breaks fails the pending events", async () => {
  const { server, client } = fakeServer("c6", (body, port) => answerJoin(port, "e1"));
  const got = [];
  await client.submit(0, [], null, true, (m) => got.push(m.msg));
  await tick();
  server.stream.postMessage({ type: "error", error: { name: "Error", message: "gone" } });
  await tick();
  assert.deepEqual(got, ["unexpected_error"]);
});
