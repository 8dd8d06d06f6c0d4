// Pure page logic: Gradio's interactivity rule, config parsing defaults, and the script dedent.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { isInteractive, isEmptyValue } = await loadUi("engine/interactive");
const { parseConfig, skipsQueue } = await loadUi("engine/config");
const { dedent } = await loadUi("lib/dedent");

const dep = (inputs, outputs) => ({ inputs, outputs });

test("interactive prop wins when set", () => {
  assert.equal(isInteractive(1, false, "", [dep([1], [])]), false);
  assert.equal(isInteractive(1, true, "x", [dep([], [1])]), true);
});

test("inputs are interactive, outputs static", () => {
  const deps = [dep([1], [2]), dep([2], [3])];
  assert.equal(isInteractive(1, undefined, "v", deps), true);
  assert.equal(isInteractive(2, undefined, "", deps), true, "an input somewhere beats being an output");
  assert.equal(isInteractive(3, undefined, "", deps), false);
});

test("unused components are interactive iff their value is empty", () => {
  assert.equal(isInteractive(9, undefined, null, []), true);
  assert.equal(isInteractive(9, undefined, "", []), true);
  assert.equal(isInteractive(9, undefined, [], []), true);
  assert.equal(isInteractive(9, undefined, "hello", []), false);
  assert.equal(isInteractive(9, null, 5, []), false);
});

test("Gradio's notion of empty includes 0 and false", () => {
  for (const v of [null, undefined, "", [], 0, false]) assert.equal(isEmptyValue(v), true, String(v));
  for (const v of ["a", [1], 1, {}, true]) assert.equal(isEmptyValue(v), false, JSON.stringify(v));
});

test("parseConfig fills defaults and trigger modes", () => {
  const cfg = parseConfig(
    {
      root: "http://x/__blocklite__/app-1",
      components: [{ id: 1, type: "textbox", props: { label: "a" } }, { junk: true }],
      layout: { id: 0, children: [{ id: 1 }, { nope: 1 }] },
      dependencies: [
        { id: 0, targets: [[1, "change"]], inputs: [1], outputs: [2] },
        { targets: [[2, "click"]], inputs: [], outputs: [], queue: false, trigger_mode: "multiple" },
        { id: 5, targets: [], trigger_after: 0, trigger_only_on_success: true, backend_fn: false, js: "x=>x" },
      ],
    },
    "http://fallback/",
  );
  assert.equal(typeof cfg, "object");
  assert.equal(cfg.root, "http://x/__blocklite__/app-1");
  assert.equal(cfg.apiPrefix, "/gradio_api");
  assert.deepEqual(cfg.layout, { id: 0, children: [{ id: 1, children: [] }] });
  assert.equal(cfg.components.length, 1);
  assert.equal(cfg.dependencies[0].triggerMode, "always_last");
  assert.equal(cfg.dependencies[1].id, 1);
  assert.equal(cfg.dependencies[1].triggerMode, "multiple");
  assert.equal(skipsQueue(cfg.dependencies[1], cfg), true);
  assert.equal(skipsQueue(cfg.dependencies[0], cfg), false);
  assert.equal(cfg.dependencies[2].triggerAfter, 0);
  assert.equal(cfg.dependencies[2].onlyOnSuccess, true);
  assert.equal(cfg.dependencies[2].backendFn, false);
});

test("parseConfig rejects what it cannot render", () => {
  assert.equal(typeof parseConfig(null, "r"), "string");
  assert.equal(typeof parseConfig({ components: [] }, "r"), "string");
  assert.equal(parseConfig({ layout: { id: 0 } }, "http://r/").root, "http://r");
});

test("dedent removes common indentation and the break after the tag", () => {
  const src = "\n    import gradio as gr\n\n    with gr.Blocks():\n        pass\n  ";
  assert.equal(dedent(src), "import gradio as gr\n\nwith gr.Blocks():\n    pass\n");
  assert.equal(dedent("x = 1"), "x = 1\n");
  assert.equal(dedent("\r\n\tif x:\r\n\t\ty\r\n"), "if x:\n\ty\n");
});
