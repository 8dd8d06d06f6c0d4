/**
 * The Vega-Lite spec of a native plot (LinePlot, ScatterPlot, BarPlot) from its props and value.
 *
 * Why it exists: Gradio's native plots are a table plus encoding props (x, y, color, titles,
 * limits, bins, aggregation, sort, angles, formats, tooltip); turning those into one Vega-Lite
 * spec is pure data work, kept apart from the DOM so it is unit-tested in Node.
 */

import { type Dict, isNumber, isRecord } from "../../lib/guards";

export type VegaType = "quantitative" | "nominal" | "temporal";

export interface NativeValue {
  columns: string[];
  rows: unknown[][];
  types: Record<string, VegaType>;
  mark: string;
}

function isVegaType(t: unknown): t is VegaType {
  return t === "quantitative" || t === "nominal" || t === "temporal";
}
const AGGREGATES = new Set(["sum", "mean", "median", "min", "max", "count"]);

/** The plot's value read from the wire (null if it is not one). */
export function nativeValue(x: unknown): NativeValue | null {
  if (!isRecord(x) || !Array.isArray(x.columns) || !Array.isArray(x.data)) return null;
  const columns = x.columns.map(String);
  const rows = x.data.filter((row): row is unknown[] => Array.isArray(row));
  const types: Record<string, VegaType> = {};
  const given = isRecord(x.datatypes) ? x.datatypes : {};
  for (const name of columns) {
    const t = given[name];
    types[name] = isVegaType(t) ? t : "nominal";
  }
  return { columns, rows, types, mark: typeof x.mark === "string" ? x.mark : "point" };
}

function text(x: unknown): string | null {
  return typeof x === "string" && x !== "" ? x : null;
}

function limits(x: unknown): (number | null)[] | null {
  if (!Array.isArray(x) || x.length !== 2) return null;
  return x.map((v) => (isNumber(v) ? v : null));
}

function axisEncoding(field: string, type: VegaType, p: Dict, axis: "x" | "y"): Dict {
  const encoding: Dict = { field, type, title: text(p[`${axis}_title`]) ?? field };
  const axisProps: Dict = {};
  const angle = p[`${axis}_label_angle`];
  if (isNumber(angle) && angle !== 0) axisProps.labelAngle = angle;
  const format = text(p[`${axis}_axis_format`]);
  if (format) axisProps.format = format;
  if (axis === "x" && p.x_axis_labels_visible === false) axisProps.labels = false;
  if (Object.keys(axisProps).length > 0) encoding.axis = axisProps;
  const lim = limits(p[`${axis}_lim`]);
  if (lim && type !== "nominal") encoding.scale = { domain: lim, ...(axis === "y" ? { zero: false } : {}) };
  return encoding;
}

/** The spec for `value` drawn as `props` say (null when x or y is missing). */
export function nativeSpec(value: NativeValue, p: Dict): Dict | null {
  const x = text(p.x) ?? value.columns[0];
  const y = text(p.y) ?? value.columns[1];
  if (!x || !y || !value.columns.includes(x) || !value.columns.includes(y)) return null;
  const records = value.rows.map((row) => Object.fromEntries(value.columns.map((name, i) => [name, row[i]])));
  const xType = value.types[x];
  const xEnc = axisEncoding(x, xType, p, "x");
  const yEnc = axisEncoding(y, value.types[y], p, "y");
  const bin = p.x_bin;
  if (isNumber(bin) && xType === "quantitative") xEnc.bin = { step: bin };
  else if (typeof bin === "string" && bin && xType === "temporal") xEnc.timeUnit = bin;
  const aggregate = typeof p.y_aggregate === "string" && AGGREGATES.has(p.y_aggregate) ? p.y_aggregate : null;
  if (aggregate) yEnc.aggregate = aggregate;
  else if (value.mark === "bar" && xType === "nominal") yEnc.aggregate = "sum"; // Gradio stacks a category's values
  const encoding: Dict = { x: xEnc, y: yEnc };
  const sort = p.sort;
  if (typeof sort === "string" && ["x", "y", "-x", "-y"].includes(sort)) xEnc.sort = sort;
  else if (Array.isArray(sort)) xEnc.sort = sort.map(String);
  const color = text(p.color);
  if (color && value.columns.includes(color)) {
    const colorEnc: Dict = { field: color, type: value.types[color], title: text(p.color_title) ?? color };
    if (isRecord(p.color_map)) {
      const entries = Object.entries(p.color_map).filter((e): e is [string, string] => typeof e[1] === "string");
      colorEnc.scale = { domain: entries.map((e) => e[0]), range: entries.map((e) => e[1]) };
    }
    if (Array.isArray(p.colors_in_legend)) colorEnc.legend = { values: p.colors_in_legend.map(String) };
    encoding.color = colorEnc;
  }
  // a tooltip field that is not aggregated would split the aggregate (it becomes a group-by)
  const tip = (field: string): Dict => ({ field, type: value.types[field], ...(field === y && yEnc.aggregate ? { aggregate: yEnc.aggregate } : {}) });
  const tooltip = p.tooltip;
  const shown = [...new Set([x, y, ...(color ? [color] : [])])];
  const aggregated = yEnc.aggregate !== undefined;
  if (tooltip === "all") encoding.tooltip = (aggregated ? shown : value.columns).map(tip);
  else if (Array.isArray(tooltip)) encoding.tooltip = tooltip.map(String).filter((f) => (aggregated ? shown : value.columns).includes(f)).map(tip);
  else if (tooltip !== "none") encoding.tooltip = shown.map(tip);
  const mark: Dict = { type: value.mark === "point" ? "point" : value.mark === "bar" ? "bar" : "line" };
  if (mark.type === "point") mark.filled = true;
  if (mark.type === "line") mark.point = records.length <= 50;
  const spec: Dict = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    width: "container",
    height: isNumber(p.height) ? p.height : 300,
    data: { values: records },
    mark,
    encoding,
    config: { background: null, view: { stroke: null } },
  };
  const title = text(p.title);
  if (title) spec.title = title;
  // an x-interval brush (Gradio's select: the chosen range) on continuous x axes
  if (mark.type !== "bar" && xType !== "nominal") spec.params = [{ name: "brush", select: { type: "interval", encodings: ["x"] } }];
  return spec;
}
