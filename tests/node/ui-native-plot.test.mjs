// The Vega-Lite spec of Gradio's native plots (js/components/plot/native-spec.ts): the value read
// from the wire, and the encoding each prop asks for.

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadUi } from "./ui-bundle.mjs";

const m = await loadUi("components/plot/native-spec");
const plot = await loadUi("components/plot/plot");

const value = {
  columns: ["day", "sales", "shop"],
  data: [[1, 10, "a"], [2, 14, "b"], [3, 9, "a"]],
  datatypes: { day: "quantitative", sales: "quantitative", shop: "nominal" },
  mark: "line",
};

test("the value becomes records, and x/y/color encode their columns", () => {
  const spec = m.nativeSpec(m.nativeValue(value), { x: "day", y: "sales", color: "shop", title: "Sales", x_title: "Day" });
  assert.deepEqual(spec.data.values[1], { day: 2, sales: 14, shop: "b" });
  assert.equal(spec.mark.type, "line");
  assert.deepEqual(spec.encoding.x, { field: "day", type: "quantitative", title: "Day" });
  assert.deepEqual(spec.encoding.y, { field: "sales", type: "quantitative", title: "sales" });
  assert.equal(spec.encoding.color.field, "shop");
  assert.equal(spec.title, "Sales");
  assert.deepEqual(spec.params, [{ name: "brush", select: { type: "interval", encodings: ["x"] } }]);
});

test("limits, bins, aggregates, angles, formats, sort, colour map and tooltips", () => {
  const spec = m.nativeSpec(m.nativeValue({ ...value, mark: "bar" }), {
    x: "shop", y: "sales", y_lim: [0, 20], y_aggregate: "mean", x_label_angle: -45, y_axis_format: ".1f",
    sort: "-y", color: "shop", color_map: { a: "#f00", b: "#00f" }, tooltip: "all", height: 200,
  });
  assert.equal(spec.mark.type, "bar");
  assert.deepEqual(spec.encoding.y.scale, { domain: [0, 20], zero: false });
  assert.equal(spec.encoding.y.aggregate, "mean");
  assert.equal(spec.encoding.x.axis.labelAngle, -45);
  assert.equal(spec.encoding.y.axis.format, ".1f");
  assert.equal(spec.encoding.x.sort, "-y");
  assert.deepEqual(spec.encoding.color.scale, { domain: ["a", "b"], range: ["#f00", "#00f"] });
  assert.equal(spec.encoding.tooltip.length, 2, "all columns but the aggregated-away one, once each");
  assert.equal(spec.height, 200);
  assert.equal(spec.params, undefined, "no brush on bars");
  const binned = m.nativeSpec(m.nativeValue(value), { x: "day", y: "sales", x_bin: 2 });
  assert.deepEqual(binned.encoding.x.bin, { step: 2 });
  const summed = m.nativeSpec(m.nativeValue({ ...value, mark: "bar" }), { x: "shop", y: "sales" });
  assert.equal(summed.encoding.y.aggregate, "sum", "a bar per category sums its values");
});

test("bad values and unknown columns are refused, not drawn", () => {
  assert.equal(m.nativeValue({ columns: "x" }), null);
  assert.equal(m.nativeSpec(m.nativeValue(value), { x: "nope", y: "sales" }), null);
  assert.equal(m.nativeValue({ ...value, datatypes: { day: "weird" } }).types.day, "nominal");
});

test("a Plot's value is read by kind, and what cannot be drawn says why", () => {
  assert.deepEqual(plot.readPlot({ type: "plotly", plot: '{"data": []}' }), { kind: "plotly", figure: { data: [] } });
  assert.match(plot.readPlot({ type: "plotly", plot: "{oops" }).error, /not valid JSON/);
  assert.match(plot.readPlot({ type: "bokeh", plot: "{}" }).error, /bokeh/);
  assert.match(plot.readPlot({ nope: 1 }).error, /not PlotData/);
  assert.equal(plot.readPlot(null), null);
});
