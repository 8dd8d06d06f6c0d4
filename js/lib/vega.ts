/**
 * Vega-Lite charts (altair figures in gr.Plot, and Gradio's native LinePlot/ScatterPlot/BarPlot),
 * drawn by vega-embed, loaded only when a page first shows one.
 *
 * Why it exists: Vega is large and most apps have no chart; as a lazy chunk it costs nothing at
 * start-up and, shipped by the build, works offline.
 */

import embed from "vega-embed";

export interface VegaChart {
  /** Listen to a selection parameter (`brush`) of the chart; the value is Vega's. */
  onSignal(name: string, listener: (value: unknown) => void): void;
  onDoubleClick(listener: () => void): void;
  finalize(): void;
}

/** Draw the Vega-Lite (or Vega) `spec` into `root`; throws a readable Error. */
export async function drawVega(root: HTMLElement, spec: object): Promise<VegaChart> {
  const result = await embed(root, spec, { actions: false, renderer: "svg" });
  const view = result.view;
  return {
    onSignal: (name, listener) => {
      try {
        view.addSignalListener(name, (_: string, value: unknown) => listener(value));
      } catch {
        /* the chart has no such parameter */
      }
    },
    onDoubleClick: (listener) => view.addEventListener("dblclick", () => listener()),
    finalize: () => result.finalize(),
  };
}
