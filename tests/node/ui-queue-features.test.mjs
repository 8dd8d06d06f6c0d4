// Event engine part 2 on the page, without a DOM: cancels (js/engine/scheduler.ts, event-run.ts), js=
// listeners (js/engine/frontend-fn.ts), unload, and the progress helpers (js/status/progress-overlay.ts), with a fake
// queue client and fake components.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { EventRunner } = await loadUi("engine/scheduler");
const { parseConfig } = await loadUi("engine/config");
const { parseProgress, fractions, progressLabel, statusText } = await loadUi("status/progress-overlay");
const { compileListener, runAppJs, valuesFor } = await loadUi("engine/frontend-fn");

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

function fakeComponent(value = null) {
  return {
    props: { value },
    getValue() {
      return this.props.value;
    },
    setValue(v) {
      const changed = JSON.stringify(v) !== JSON.stringify(this.props.value);
      this.props.value = v;
      return changed;
    },
    update(patch) {
      const changed = "value" in patch && JSON.stringify(patch.value) !== JSON.stringify(this.props.value);
      Object.assign(this.props, patch);
      return changed;
    },
    setPending() {},
  };
}

function setup(dependencies, components, queue = true) {
  const config = parseConfig({ layout: { id: 0, children: [] }, dependencies, enable_queue: queue }, "http://x/");
  const sent = [];
  const cancels = [];
  const client = {
    submit(fnIndex, data, triggerId, queued, onMessage, eventData, eventId) {
      const entry = { fnIndex, data, triggerId, queued, onMessage, eventData, eventId, join: null };
      sent.push(entry);
      return new Promise((resolve) => {
        entry.join = resolve;
      });
    },
    cancel(fnIndex, eventId) {
      cancels.push({ fnIndex, eventId });
      return Promise.resolve();
    },
  };
  const toasts = [];
  const toaster = { show: (t) => toasts.push(t), error: (title, message) => toasts.push({ title, message }) };
  const comps = new Map(Object.entries(components).map(([k, v]) => [Number(k), v]));
  const runner = new EventRunner(config, comps, client, toaster);
  const settled = [];
  runner.onSettled = (id, ok) => settled.push([id, ok]);
  return { runner, sent, cancels, toasts, settled, comps };
}

test("config: cancels, cancel-only, show_progress_on, scroll_to_output, show_progress, app js", () => {
  const c = parseConfig(
    {
      layout: { id: 0, children: [] },
      js: "() => 1",
      dependencies: [
        { id: 0, targets: [[1, "click"]], cancels: [3, "x", 4], show_progress_on: [5, 6], scroll_to_output: true, show_progress: "minimal" },
        { id: 1, targets: [[2, "click"]], types: { cancel: true }, show_progress_on: 7, show_progress: "bogus" },
      ],
    },
    "http://x/",
  );
  assert.equal(c.js, "() => 1");
  const [a, b] = c.dependencies;
  assert.deepEqual([a.cancels, a.showProgressOn, a.scrollToOutput, a.showProgress, a.cancelOnly], [[3, 4], [5, 6], true, "minimal", false]);
  assert.deepEqual([b.cancels, b.showProgressOn, b.scrollToOutput, b.showProgress, b.cancelOnly], [[], [7], false, "full", true]);
});

test("Stop pattern: cancels every running event of the target, posts cancel once the server knows it", async () => {
  const { runner, sent, cancels, settled, comps } = setup(
    [
      { id: 0, targets: [[1, "click"]], inputs: [], outputs: [2], trigger_mode: "multiple" },
      { id: 1, targets: [[3, "click"]], inputs: [], outputs: [], backend_fn: false, js: null, cancels: [0] },
      { id: 2, targets: [], trigger_after: 0, inputs: [], outputs: [] },
    ],
    { 1: fakeComponent(), 2: fakeComponent(""), 3: fakeComponent() },
  );
  runner.trigger(1, "click");
  runner.trigger(1, "click");
  assert.equal(sent.length, 2);
  assert.notEqual(sent[0].eventId, sent[1].eventId);
  sent[0].onMessage({ msg: "estimation", rank: 0, queue_size: 1 }); // the server knows event 0
  sent[0].onMessage({ msg: "process_generating", output: { data: ["a"] }, success: true });
  runner.trigger(3, "click");
  assert.deepEqual(cancels, [{ fnIndex: 0, eventId: sent[0].eventId }], "event 1 is not known yet");
  assert.deepEqual(settled.filter(([id]) => id === 0), [[0, true], [0, true]], "both end now, as completed");
  assert.equal(comps.get(2).props.value, "a", "what streamed before the Stop stays");
  // The chain after a cancelled event runs (Gradio's client completes a cancelled event).
  assert.deepEqual(sent.slice(2).map((s) => s.fnIndex), [2], "(once: the second chain waits for none)");
  sent[1].join();
  await tick();
  assert.deepEqual(cancels.map((c) => c.eventId), [sent[0].eventId, sent[1].eventId], "posted when the join answered");
  // Later messages of a cancelled event change nothing.
  sent[0].onMessage({ msg: "process_generating", output: { data: [[["append", [], "b"]]] }, success: true });
  sent[0].onMessage({ msg: "process_completed", output: {}, success: true });
  await tick(40);
  assert.equal(comps.get(2).props.value, "a");
  assert.equal(runner.busy(), true, "only the chained events still run");
  // The app stays usable: the same listener runs again.
  runner.trigger(1, "click");
  assert.equal(sent.at(-1).fnIndex, 0);
});

test("a listener with cancels and a function cancels first, then runs; cancel-only runs nothing", () => {
  const { runner, sent, cancels } = setup(
    [
      { id: 0, targets: [[1, "click"]], inputs: [], outputs: [] },
      { id: 1, targets: [[2, "click"]], inputs: [], outputs: [], cancels: [0] },
      { id: 2, targets: [[3, "click"]], inputs: [], outputs: [], cancels: [0], types: { cancel: true } },
    ],
    { 1: fakeComponent(), 2: fakeComponent(), 3: fakeComponent() },
  );
  runner.trigger(1, "click");
  sent[0].onMessage({ msg: "process_starts" });
  runner.trigger(2, "click");
  assert.equal(cancels.length, 1);
  assert.deepEqual(sent.map((s) => s.fnIndex), [0, 1]);
  runner.trigger(1, "click");
  sent[2].onMessage({ msg: "process_starts" });
  runner.trigger(3, "click");
  assert.equal(cancels.length, 2);
  assert.deepEqual(sent.map((s) => s.fnIndex), [0, 1, 0], "the cancel-only listener submits nothing");
});

test("cancelling drops an always_last re-run and does not post for queue=False events", () => {
  const { runner, sent, cancels } = setup(
    [
      { id: 0, targets: [[1, "change"]], inputs: [1], outputs: [], trigger_mode: "always_last", queue: false },
      { id: 1, targets: [[2, "click"]], inputs: [], outputs: [], backend_fn: false, cancels: [0] },
    ],
    { 1: fakeComponent("a"), 2: fakeComponent() },
  );
  runner.trigger(1, "change");
  runner.trigger(1, "change"); // remembered as the last one
  runner.trigger(2, "click");
  assert.equal(sent.length, 1, "the remembered re-run is gone");
  sent[0].join();
  assert.deepEqual(cancels, [], "run/predict cannot be cancelled on the server");
});

test("js= with backend_fn: its return value replaces the inputs sent to Python", async () => {
  const { runner, sent } = setup(
    [
      { id: 0, targets: [[1, "click"]], inputs: [2], outputs: [3], js: "(x) => x + '!'" },
      { id: 1, targets: [[1, "submit"]], inputs: [2, 3], outputs: [3], js: "async function (a, b) { return [b, a] }" },
      { id: 2, targets: [[1, "focus"]], inputs: [2], outputs: [3], js: "(x) => { window.nothing = x }" },
    ],
    { 1: fakeComponent(), 2: fakeComponent("hi"), 3: fakeComponent("out") },
  );
  globalThis.window ??= globalThis;
  runner.trigger(1, "click");
  runner.trigger(1, "submit");
  runner.trigger(1, "focus");
  await tick();
  assert.deepEqual(sent.map((s) => [s.fnIndex, s.data]), [[0, ["hi!"]], [1, ["out", "hi"]], [2, ["hi"]]]);
});

test("js= without backend_fn: applied to the outputs; errors toast and fail the event", async () => {
  const { runner, sent, toasts, settled, comps } = setup(
    [
      { id: 0, targets: [[1, "click"]], inputs: [2], outputs: [3], backend_fn: false, js: "(x, current) => x.toUpperCase() + current" },
      { id: 1, targets: [[1, "submit"]], inputs: [2], outputs: [3, 4], backend_fn: false, js: "(x) => [{__type__: 'update', visible: false}, x.length]" },
      { id: 2, targets: [[1, "focus"]], inputs: [2], outputs: [3], backend_fn: false, js: "(x) => x.nope.nope" },
      { id: 3, targets: [[1, "blur"]], inputs: [], outputs: [3], backend_fn: false, js: "this is not js(" },
      { id: 4, targets: [], trigger_after: 2, trigger_only_on_failure: true, inputs: [], outputs: [] },
    ],
    { 1: fakeComponent(), 2: fakeComponent("abc"), 3: fakeComponent("-"), 4: fakeComponent(0) },
  );
  const warn = console.warn;
  console.warn = () => {};
  try {
    runner.trigger(1, "click");
    await tick();
    assert.equal(comps.get(3).props.value, "ABC-", "inputs then outputs are the arguments, as in Gradio");
    runner.trigger(1, "submit");
    await tick();
    assert.equal(comps.get(3).props.visible, false);
    assert.equal(comps.get(4).props.value, 3);
    runner.trigger(1, "focus");
    runner.trigger(1, "blur");
    await tick();
  } finally {
    console.warn = warn;
  }
  assert.equal(sent.filter((s) => s.fnIndex !== 4).length, 0, "nothing went to Python");
  assert.deepEqual(toasts.map((t) => t.title), ["JavaScript error", "JavaScript error"]);
  assert.match(toasts[0].message, /SyntaxError/);
  assert.match(toasts[1].message, /TypeError/);
  assert.deepEqual(settled, [[0, true], [1, true], [3, false], [2, false]], "a syntax error fails at once");
  assert.deepEqual(sent.map((s) => s.fnIndex), [4], "the failure chain of the failed js ran");
});

test("unload fires the unload listeners once and waits for them (bounded); close stops everything", async () => {
  const { runner, sent } = setup(
    [
      { id: 0, targets: [[0, "unload"]], inputs: [], outputs: [] },
      { id: 1, targets: [[5, "click"]], inputs: [], outputs: [] },
    ],
    { 5: fakeComponent() },
  );
  let done = false;
  const p = runner.unload(1000).then(() => {
    done = true;
  });
  assert.deepEqual(sent.map((s) => [s.fnIndex, s.triggerId]), [[0, 0]]);
  await tick();
  assert.equal(done, false);
  sent[0].onMessage({ msg: "process_completed", output: { data: [] }, success: true });
  await p;
  await runner.unload();
  assert.equal(sent.length, 1, "once");
  const slow = setup([{ id: 0, targets: [[0, "unload"]], inputs: [], outputs: [] }], {});
  const t0 = Date.now();
  await slow.runner.unload(50);
  assert.ok(Date.now() - t0 < 1000, "a stuck unload listener does not hold the unmount");
  runner.trigger(5, "click");
  runner.close();
  runner.trigger(5, "click");
  assert.equal(sent.length, 2);
  assert.equal(runner.busy(), false);
});

test("progress helpers: levels, fractions, label, status line", () => {
  assert.equal(parseProgress(null), null);
  assert.equal(parseProgress([]), null);
  const tqdm = parseProgress([{ index: 1, length: 4, unit: "steps", progress: null, desc: "loop" }]);
  assert.deepEqual(fractions(tqdm), [0.25]);
  assert.equal(progressLabel(tqdm), "loop - 25.0%");
  assert.equal(statusText(tqdm, null, 1.234, null), "1/4 steps | 1.2s");
  const frac = parseProgress([{ index: null, length: null, unit: "steps", progress: 0.3, desc: "Thinking" }]);
  assert.equal(progressLabel(frac), "Thinking - 30.0%");
  assert.equal(statusText(frac, null, 0, 2), "processing | 0.0/2.0s");
  const descOnly = parseProgress([{ desc: "warming up" }, { index: 2, length: 10, progress: null, desc: null, unit: "it" }]);
  assert.deepEqual(fractions(descOnly), [null, 0.2]);
  assert.equal(progressLabel(descOnly), "warming up / 20.0%");
  assert.equal(statusText(null, { rank: 2, size: 3 }, 0.5, null), "queue: 3/3 | 0.5s");
  assert.equal(statusText(null, { rank: 0, size: 1 }, 0.5, null), "processing | 0.5s");
  assert.equal(statusText(parseProgress([{ index: 1500, length: 20000, unit: "tokens" }]), null, 0, null), "1.5k/20.0k tokens | 0.0s");
});

test("frontend-fn: compile, values for slots, app js as a function or statements", async () => {
  assert.deepEqual(await compileListener("(a, b) => a + b")([1, 2]), 3);
  assert.deepEqual(await compileListener("async (x) => [x, x]")([1]), [1, 1]);
  assert.throws(() => compileListener("42"), /must be the source of a JavaScript function/);
  assert.equal(await compileListener(" (x) => x * 2; ")([4]), 8, "a trailing semicolon is fine");
  assert.deepEqual(valuesFor([1, 2], 1), [[1, 2]], "one slot takes the value as it is");
  assert.deepEqual(valuesFor([1, 2], 2), [1, 2]);
  assert.deepEqual(valuesFor("x", 2), ["x"]);
  assert.equal(valuesFor(undefined, 1), null);
  globalThis.__ran = [];
  await runAppJs("() => { globalThis.__ran.push('fn') }");
  await runAppJs("async function () { await null; globalThis.__ran.push('async') }");
  await runAppJs("globalThis.__ran.push('statement'); globalThis.__ran.push('two')");
  assert.deepEqual(globalThis.__ran, ["fn", "async", "statement", "two"]);
  await assert.rejects(runAppJs("() => { throw new Error('boom') }"), /boom/);
});
