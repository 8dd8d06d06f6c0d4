// The incremental text/event-stream parser (js/net/sse.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { SseParser } = await loadUi("net/sse");

function parse(chunks) {
  const events = [];
  const p = new SseParser((e) => events.push(e));
  for (const c of chunks) (typeof c === "string" ? p.push(c) : p.pushBytes(c));
  return { events, parser: p };
}

test("one data line per event, dispatched on the blank line", () => {
  const { events } = parse(['data: {"msg":"a"}\n\ndata: {"msg":"b"}\n\n']);
  assert.deepEqual(events.map((e) => e.data), ['{"msg":"a"}', '{"msg":"b"}']);
  assert.equal(events[0].type, "message");
});

test("multi-line data joins with \\n; event names the type; id is kept", () => {
  const { events } = parse(["event: complete\nid: 7\ndata: line1\ndata:line2\ndata: \n\n"]);
  assert.deepEqual(events, [{ type: "complete", data: "line1\nline2\n", lastEventId: "7" }]);
});

test("chunks may split anywhere, including inside \\r\\n", () => {
  const text = "data: hello\r\n\r\ndata: world\r\n\r\n";
  for (let i = 1; i < text.length; i++) {
    const { events } = parse([text.slice(0, i), text.slice(i)]);
    assert.deepEqual(events.map((e) => e.data), ["hello", "world"], `split at ${i}`);
  }
});

test("lone \\r terminates lines", () => {
  const { events } = parse(["data: a\r\rdata: b\r", "\r"]);
  assert.deepEqual(events.map((e) => e.data), ["a", "b"]);
});

test("UTF-8 split across byte chunks", () => {
  const bytes = new TextEncoder().encode("data: héllo ✓\n\n");
  const { events } = parse([bytes.slice(0, 8), bytes.slice(8, 15), bytes.slice(15)]);
  assert.deepEqual(events.map((e) => e.data), ["héllo ✓"]);
});

test("comments and unknown fields are ignored; no data means no event", () => {
  const { events, parser } = parse([": heartbeat\n\nretry: 3000\nfoo: bar\n\nevent: x\n\n"]);
  assert.deepEqual(events, []);
  assert.equal(parser.retry, 3000);
});

test("an event without its blank line is not dispatched until it comes", () => {
  const { events, parser } = parse(["data: partial\n"]);
  assert.deepEqual(events, []);
  parser.push("\n");
  assert.deepEqual(events.map((e) => e.data), ["partial"]);
});

test("a field without a colon is a field name with empty value", () => {
  const { events } = parse(["data\n\n"]);
  assert.deepEqual(events.map((e) => e.data), [""]);
});
