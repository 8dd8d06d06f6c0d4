/**
 * Plot (gr.Plot) and the native plots (gr.LinePlot, gr.ScatterPlot, gr.BarPlot: type
 * "nativeplot").
 *
 * Why it exists: a figure comes from Python as data and is drawn here by the library that owns
 * its format: plotly.js for plotly figures, Vega-Lite for altair figures and native plots (both
 * lazy chunks, js/lib/plotly.ts and js/lib/vega.ts), an `<img>` for matplotlib's picture. A
 * figure that cannot be drawn (malformed JSON, a bokeh figure: no bokeh renderer here) shows a
 * message naming the problem and leaves the app usable. A native plot's x-range brush fires
 * `select` with `{index: [from, to], value: [from, to]}`; a double click fires `double_click`.
 */

import { type Dict, isRecord } from "../../lib/guards";
import type { VegaChart } from "../../lib/vega";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import { nativeSpec, nativeValue } from "./native-spec";
import plotCss from "./plot.css";

/** The figure a Plot's value holds: its kind and its parsed content (or an error). */
export function readPlot(value: unknown): { kind: string; figure: unknown } | { error: string } | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || typeof value.type !== "string" || typeof value.plot !== "string") return { error: "the value is not PlotData" };
  if (value.type === "matplotlib") return { kind: "matplotlib", figure: value.plot };
  if (value.type === "bokeh") return { error: "bokeh figures are not supported in blocklite (use plotly, altair or matplotlib)" };
  try {
    return { kind: value.type, figure: JSON.parse(value.plot) };
  } catch {
    return { error: `the ${value.type} figure is not valid JSON` };
  }
}

abstract class Chart extends Component {
  protected readonly title = this.groupLabel("figure");
  protected readonly canvas = document.createElement("div");
  protected readonly message = document.createElement("div");
  private drawnKey = "";
  private drawing = 0;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.canvas.className = "blocklite-plot-canvas";
    this.message.className = "blocklite-plot-message";
    this.message.setAttribute("role", "status");
    this.el.append(this.title, this.canvas, this.message);
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? ["blocklite-plot"] : ["blocklite-plot", "blocklite-container"]);
    applyLabel(this.title, p, "Plot");
    const key = JSON.stringify([p.value ?? null, this.drawProps()]);
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const run = ++this.drawing;
    this.showMessage("");
    void this.draw().catch((err: unknown) => {
      if (run !== this.drawing) return;
      const reason = err instanceof Error ? err.message : String(err);
      this.clear();
      this.showMessage(`Could not draw the plot: ${reason}`);
      console.warn(`blocklite: ${this.type} ${this.id}: ${reason}`);
    });
  }

  /** The props (besides the value) that change the drawing. */
  protected abstract drawProps(): unknown;
  protected abstract draw(): Promise<void>;
  protected abstract clear(): void;

  protected showMessage(text: string): void {
    this.message.textContent = text;
    this.message.hidden = text === "";
  }

  destroy(): void {
    this.drawing++;
    this.clear();
  }
}

export class Plot extends Chart {
  private used: "plotly" | "vega" | null = null;
  private chart: VegaChart | null = null;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.render();
  }

  protected drawProps(): unknown {
    return null;
  }

  protected clear(): void {
    if (this.used === "plotly") void import("../../lib/plotly").then((m) => m.clearPlotly(this.canvas));
    this.chart?.finalize();
    this.chart = null;
    this.used = null;
    this.canvas.replaceChildren();
  }

  protected async draw(): Promise<void> {
    const plot = readPlot(this.props.value);
    this.clear();
    if (plot === null) return;
    if ("error" in plot) throw new Error(plot.error);
    if (plot.kind === "matplotlib") {
      const src = typeof plot.figure === "string" ? plot.figure : "";
      if (!/^data:image\/(png|jpeg|webp|gif|svg\+xml);base64,/.test(src)) throw new Error("the matplotlib picture is not an image");
      const img = document.createElement("img");
      img.className = "blocklite-plot-image";
      img.alt = typeof this.props.label === "string" ? this.props.label : "Plot";
      img.src = src;
      this.canvas.append(img);
    } else if (plot.kind === "plotly") {
      const { drawPlotly } = await import("../../lib/plotly");
      this.used = "plotly";
      await drawPlotly(this.canvas, plot.figure);
    } else if (plot.kind === "altair") {
      if (!isRecord(plot.figure)) throw new Error("the altair figure is not a chart spec");
      const { drawVega } = await import("../../lib/vega");
      this.used = "vega";
      this.chart = await drawVega(this.canvas, plot.figure);
    } else throw new Error(`unknown plot type ${plot.kind}`);
  }
}

const DRAW_PROPS = [
  "x", "y", "color", "title", "x_title", "y_title", "color_title", "x_bin", "y_aggregate", "color_map",
  "colors_in_legend", "x_lim", "y_lim", "x_label_angle", "y_label_angle", "x_axis_format", "y_axis_format",
  "x_axis_labels_visible", "sort", "tooltip", "height",
];

export class NativePlot extends Chart {
  private chart: VegaChart | null = null;
  private readonly caption = document.createElement("div");

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.caption.className = "blocklite-info";
    this.el.append(this.caption);
    this.render();
  }

  render(): void {
    super.render();
    const caption = typeof this.props.caption === "string" ? this.props.caption : "";
    this.caption.textContent = caption;
    this.caption.hidden = caption === "";
  }

  protected drawProps(): unknown {
    return DRAW_PROPS.map((name) => this.props[name] ?? null);
  }

  protected clear(): void {
    this.chart?.finalize();
    this.chart = null;
    this.canvas.replaceChildren();
  }

  protected async draw(): Promise<void> {
    this.clear();
    const raw = this.props.value;
    if (raw === null || raw === undefined) return;
    const value = nativeValue(raw);
    if (value === null) throw new Error("the value is not a table of columns and rows");
    const spec = nativeSpec(value, this.props);
    if (spec === null) throw new Error(`x and y must name columns (columns: ${value.columns.join(", ")})`);
    const { drawVega } = await import("../../lib/vega");
    this.chart = await drawVega(this.canvas, spec);
    this.chart.onSignal("brush", (range: unknown) => {
      const span = isRecord(range) ? Object.values(range)[0] : null;
      if (Array.isArray(span) && span.length === 2) this.ctx.trigger(this.id, "select", { index: span, value: span, selected: true });
    });
    this.chart.onDoubleClick(() => this.ctx.trigger(this.id, "double_click"));
  }
}

export const plotSpec = componentSpec(Plot, { css: plotCss });
export const nativePlotSpec = componentSpec(NativePlot, { css: plotCss });
