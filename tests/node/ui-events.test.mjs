// The event runner (js/engine/scheduler.ts) and output frames (js/engine/outputs.ts) with a fake queue client and fake
// components: event_data, load, gr.on, chains, changed_state_ids, generator diffs folded per frame.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { EventRunner } = await loadUi("engine/scheduler");
const { mergeOutput, FrameBatcher } = await loadUi("engine/outputs");
const { parseConfig } = await loadUi("engine/config");

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

/** A component double: records every value/update it is given. */
function fakeComponent(value = null) {
  return {
    props: { value },
    applied: [],
    getValue() {
      return this.props.value;
    },
    setValue(v) {
      this.applied.push(v);
      const changed = JSON.stringify(v) !== JSON.stringify(this.props.value);
      this.props.value = v;
      return changed;
    },
    update(patch) {
      this.applied.push(patch);
      const changed = "value" in patch && JSON.stringify(patch.value) !== JSON.stringify(this.props.value);
      Object.assign(this.props, patch);
      return changed;
    },
    setPending() {},
  };
}

function setup(dependencies, components) {
  const config = parseConfig({ layout: { id: 0, children: [] }, dependencies }, "http://x/");
  const sent = [];
  const client = {
    submit(fnIndex, data, triggerId, queued, onMessage, eventData) {
      sent.push({ fnIndex, data, triggerId, eventData, onMessage });
      return Promise.resolve();
    },
  };
  const toasts = [];
  const toaster = { show: (t) => toasts.push(t), error: (title, message) => toasts.push({ title, message }) };
  const runner = new EventRunner(config, new Map(Object.entries(components).map(([k, v]) => [Number(k), v])), client, toaster);
  return { runner, sent, toasts };
}

test("the trigger's payload travels as event_data; chained listeners get null", () => {
  const { runner, sent } = setup(
    [
      { id: 0, targets: [[1, "select"]], inputs: [], outputs: [2] },
      { id: 1, targets: [], trigger_after: 0, inputs: [], outputs: [] },
    ],
    { 1: fakeComponent("abc"), 2: fakeComponent("") },
  );
  assert.equal(runner.hasListener(1, "select"), true);
  assert.equal(runner.hasListener(2, "select"), false);
  const data = { index: [0, 2], value: "ab", selected: true };
  runner.trigger(1, "select", data);
  assert.deepEqual(sent[0].eventData, data);
  assert.equal(sent[0].triggerId, 1);
  sent[0].onMessage({ msg: "process_completed", success: true, output: { data: ["ab"] } });
  assert.equal(sent[1].fnIndex, 1);
  assert.equal(sent[1].eventData, null);
  assert.equal(sent[1].triggerId, 1, "a chain keeps the original trigger");
});

test("load fires every dependency with a load target once; gr.on fires on any target", () => {
  const { runner, sent } = setup(
    [
      { id: 0, targets: [[0, "load"]], inputs: [], outputs: [] },
      { id: 1, targets: [[0, "load"], [3, "change"], [4, "change"]], inputs: [3, 4], outputs: [5], trigger_mode: "multiple" },
      { id: 2, targets: [[6, "click"], [3, "submit"]], inputs: [3], outputs: [], trigger_mode: "multiple" },
    ],
    { 3: fakeComponent(2), 4: fakeComponent(5), 5: fakeComponent(null), 6: fakeComponent() },
  );
  runner.load();
  assert.deepEqual(sent.map((s) => [s.fnIndex, s.triggerId, s.data]), [[0, 0, []], [1, 0, [2, 5]]]);
  runner.trigger(6, "click");
  runner.trigger(3, "submit");
  runner.trigger(4, "change");
  assert.deepEqual(sent.slice(2).map((s) => [s.fnIndex, s.triggerId]), [[2, 6], [2, 3], [1, 4]]);
});

test("then always runs, success only on success, failure only on failure", () => {
  const deps = [
    { id: 0, targets: [[1, "click"]], inputs: [], outputs: [] },
    { id: 1, targets: [], trigger_after: 0, inputs: [], outputs: [] },
    { id: 2, targets: [], trigger_after: 0, trigger_only_on_success: true, inputs: [], outputs: [] },
    { id: 3, targets: [], trigger_after: 0, trigger_only_on_failure: true, inputs: [], outputs: [] },
  ];
  for (const [ok, expected] of [[true, [1, 2]], [false, [1, 3]]]) {
    const { runner, sent, toasts } = setup(deps, { 1: fakeComponent() });
    runner.trigger(1, "click");
    const end = ok ? { success: true, output: { data: [] } } : { success: false, output: { error: "boom", title: "T" } };
    sent[0].onMessage({ msg: "process_completed", ...end });
    assert.deepEqual(sent.slice(1).map((s) => s.fnIndex), expected);
    assert.equal(toasts.length, ok ? 0 : 1);
  }
});

test("changed_state_ids fire the States' change listeners, on generating and completed messages", () => {
  const { runner, sent } = setup(
    [
      { id: 0, targets: [[1, "click"]], inputs: [7], outputs: [7], types: { generator: true } },
      { id: 1, targets: [[7, "change"]], inputs: [7], outputs: [], trigger_mode: "multiple" },
    ],
    { 1: fakeComponent(), 7: { ...fakeComponent(), getValue: () => null } },
  );
  runner.trigger(1, "click");
  assert.deepEqual(sent[0].data, [null]);
  sent[0].onMessage({ msg: "process_generating", success: true, output: { data: [null], changed_state_ids: [7] } });
  sent[0].onMessage({ msg: "process_completed", success: true, output: { data: [null], changed_state_ids: [7] } });
  assert.deepEqual(sent.slice(1).map((s) => [s.fnIndex, s.triggerId]), [[1, 7], [1, 7]]);
});

test("a burst of generator diffs is applied in order and painted once per frame", async () => {
  const out = fakeComponent("");
  const { runner, sent } = setup([{ id: 0, targets: [[1, "click"]], inputs: [], outputs: [2] }], { 1: fakeComponent(), 2: out });
  runner.trigger(1, "click");
  const on = sent[0].onMessage;
  on({ msg: "process_generating", success: true, output: { data: ["0,"] } });
  let expected = "0,";
  for (let i = 1; i < 1000; i++) {
    on({ msg: "process_generating", success: true, output: { data: [[["append", [], `${i},`]]] } });
    expected += `${i},`;
  }
  assert.deepEqual(out.applied, [], "nothing painted inside the burst");
  await tick(20);
  assert.deepEqual(out.applied, [expected]);
  on({ msg: "process_completed", success: true, output: { data: [expected] } });
  assert.equal(out.props.value, expected);
  assert.equal(out.applied.length, 2);
});

test("props set by an intermediate update survive folding", async () => {
  const out = fakeComponent("a");
  const { runner, sent } = setup([{ id: 0, targets: [[1, "click"]], inputs: [], outputs: [2] }], { 1: fakeComponent(), 2: out });
  runner.trigger(1, "click");
  const on = sent[0].onMessage;
  on({ msg: "process_generating", success: true, output: { data: [{ __type__: "update", visible: true, value: "b" }] } });
  on({ msg: "process_generating", success: true, output: { data: [[["replace", [], "c"]]] } });
  on({ msg: "process_completed", success: true, output: { data: ["d"] } });
  assert.deepEqual(out.applied, [{ __type__: "update", visible: true, value: "d" }]);
});

test("mergeOutput folds values and updates", () => {
  assert.equal(mergeOutput("a", "b"), "b");
  assert.deepEqual(mergeOutput("a", { __type__: "update", label: "L" }), { __type__: "update", value: "a", label: "L" });
  assert.deepEqual(mergeOutput({ __type__: "update", visible: false }, "x"), { __type__: "update", visible: false, value: "x" });
  assert.deepEqual(mergeOutput({ __type__: "update", visible: false, lines: 2 }, { __type__: "update", visible: true }), {
    __type__: "update",
    visible: true,
    lines: 2,
  });
  assert.deepEqual(mergeOutput("a", { __type__: "update" }), { __type__: "update", value: "a" }, "skip keeps the value");
});

test("FrameBatcher reports an exception in apply instead of throwing", async () => {
  const errors = [];
  const original = console.error;
  console.error = (...args) => errors.push(args);
  try {
    const b = new FrameBatcher(() => {
      throw new Error("nope");
    });
    b.pushNow([1]);
    assert.equal(errors.length, 1);
  } finally {
    console.error = original;
  }
});
