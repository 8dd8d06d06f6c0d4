// Streaming output diffs (js/engine/diff.ts), with the cases Gradio's server produces.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { applyDiff, isDiffList } = await loadUi("engine/diff");

test("append to a string at the root path", () => {
  let value = "0";
  for (const c of ["1", "2", "3"]) value = applyDiff(value, [["append", [], c]]).value;
  assert.equal(value, "0123");
});

test("replace at the root replaces the whole value", () => {
  assert.deepEqual(applyDiff("old", [["replace", [], { a: 1 }]]).value, { a: 1 });
});

test("list edits: replace, append inside, add, delete (deletes last)", () => {
  const prev = [["hi", "there"], ["a", "b"]];
  const edits = [
    ["append", [0, 1], "!"],
    ["replace", [1, 0], "A"],
    ["add", [2], ["new", null]],
    ["delete", [1, 1]],
  ];
  const { value, problems } = applyDiff(prev, edits);
  assert.deepEqual(problems, []);
  assert.deepEqual(value, [["hi", "there!"], ["A"], ["new", null]]);
  assert.deepEqual(prev, [["hi", "there"], ["a", "b"]], "the previous value is not mutated");
});

test("dict edits: add, replace, delete keys", () => {
  const { value } = applyDiff({ a: 1, b: { c: "x" } }, [
    ["add", ["d"], 4],
    ["append", ["b", "c"], "y"],
    ["delete", ["a"]],
  ]);
  assert.deepEqual(value, { b: { c: "xy" }, d: 4 });
});

test("bad edits are reported, not thrown", () => {
  const { value, problems } = applyDiff({ a: 1 }, [["replace", ["x", "y", "z"], 1], ["frobnicate", [], 2], "junk"]);
  assert.deepEqual(value, { a: 1 });
  assert.equal(problems.length, 3);
  assert.equal(applyDiff(1, "not a list").problems.length, 1);
});

test("isDiffList recognises edit lists only", () => {
  assert.equal(isDiffList([["append", [], "x"]]), true);
  assert.equal(isDiffList([]), true);
  assert.equal(isDiffList("text"), false);
  assert.equal(isDiffList([["hello", "world"]]), false);
  assert.equal(isDiffList([1, 2]), false);
});

test("copy on write: only the edited path is new, untouched parts keep their identity", () => {
  const history = Array.from({ length: 500 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: [{ type: "text", text: `m${i}` }] }));
  const { value, problems } = applyDiff(history, [["append", [499, "content", 0, "text"], " more"]]);
  assert.deepEqual(problems, []);
  assert.notEqual(value, history);
  assert.equal(value[499].content[0].text, "m499 more");
  assert.equal(history[499].content[0].text, "m499", "the previous value is not mutated");
  assert.notEqual(value[499], history[499]);
  for (let i = 0; i < 499; i++) assert.equal(value[i], history[i], `message ${i} is the same object`);
});

test("copy on write: two edits in one pass under the same parent copy it once", () => {
  const prev = { a: { x: "1", y: "2" }, b: { z: "3" } };
  const { value } = applyDiff(prev, [["append", ["a", "x"], "!"], ["append", ["a", "y"], "?"]]);
  assert.deepEqual(value, { a: { x: "1!", y: "2?" }, b: { z: "3" } });
  assert.equal(value.b, prev.b);
  assert.deepEqual(prev, { a: { x: "1", y: "2" }, b: { z: "3" } });
});
