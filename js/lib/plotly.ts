/**
 * plotly figures (gr.Plot with a plotly figure), drawn by plotly.js, loaded only when a page first
 * shows one.
 *
 * Why it exists: plotly.js is several times the size of the whole eager bundle; a lazy chunk
 * keeps start-up free of it, and the build ships it, so plots work offline.
 */

import Plotly from "plotly.js-dist-min";
import { isRecord } from "./guards";

/** Draw the figure JSON `figure` (`{data, layout}`) into `root`; throws a readable Error. */
export async function drawPlotly(root: HTMLElement, figure: unknown): Promise<void> {
  if (!isRecord(figure) || !Array.isArray(figure.data)) throw new Error("a plotly figure needs a 'data' list");
  const layout = isRecord(figure.layout) ? figure.layout : {};
  await Plotly.newPlot(root, figure.data, { autosize: true, ...layout }, { responsive: true, displaylogo: false });
}

/** Release what plotly attached to `root`. */
export function clearPlotly(root: HTMLElement): void {
  Plotly.purge(root);
}
