// The ImageEditor's tool settings (js/components/imageeditor/tools.ts): gr.Brush, gr.Eraser and
// gr.LayerOptions as the config writes them, read from untrusted JSON.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { brushSettings, eraserSize, layerSettings, radiusFor } = await loadUi("components/imageeditor/tools");

test("Gradio's default brush: five colours, the first as default, auto size, any colour", () => {
  const brush = brushSettings({
    default_size: "auto",
    colors: ["rgb(204, 50, 50)", "rgb(173, 204, 50)", "rgb(50, 204, 112)", "rgb(50, 112, 204)", "rgb(173, 50, 204)"],
    default_color: "rgb(204, 50, 50)",
    color_mode: "defaults",
  });
  assert.equal(brush.colors.length, 5);
  assert.deepEqual(brush.color, { color: "rgb(204, 50, 50)", opacity: 1 });
  assert.equal(brush.size, "auto");
  assert.equal(brush.fixed, false);
});

test("a (colour, opacity) pair, a fixed palette, a number size; false hides brush and eraser", () => {
  const brush = brushSettings({ colors: [["#ff0000", 0.5], "#000"], default_size: 7, color_mode: "fixed" });
  assert.deepEqual(brush.colors[0], { color: "#ff0000", opacity: 0.5 });
  assert.deepEqual(brush.color, { color: "#ff0000", opacity: 0.5 });
  assert.equal(brush.size, 7);
  assert.equal(brush.fixed, true);
  assert.equal(brushSettings(false), null);
  assert.equal(eraserSize({ default_size: 9 }, brush), 9);
  assert.equal(eraserSize(false, brush), null);
  assert.equal(eraserSize({ default_size: 9 }, null), null, "no brush: no eraser, as Gradio");
});

test("junk from the wire falls back to something drawable", () => {
  const brush = brushSettings({ colors: [42, null, ""], default_size: -3 });
  assert.deepEqual(brush.colors, [{ color: "#000000", opacity: 1 }]);
  assert.equal(brush.size, "auto");
  assert.deepEqual(layerSettings("nope"), { names: ["Layer 1"], allowAdd: true, disabled: false });
  assert.deepEqual(layerSettings({ layers: ["a", 3, "b"], allow_additional_layers: false, disabled: true }), {
    names: ["a", "b"], allowAdd: false, disabled: true,
  });
});

test("auto size: 1/50 of the picture's smaller side, at least 1", () => {
  assert.equal(radiusFor("auto", 800, 600), 12);
  assert.equal(radiusFor("auto", 20, 20), 1);
  assert.equal(radiusFor(5, 800, 600), 5);
});
