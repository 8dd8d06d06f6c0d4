/**
 * Ambient declarations for the page bundle.
 *
 * Why it exists: esbuild loads `.css` imports as text strings (the build's `text` loader); TypeScript
 * needs to be told so.
 */
declare module "*.css" {
  const text: string;
  export default text;
}

/** plotly.js ships no types; the one call the page makes (js/lib/plotly.ts) is typed there. */
declare module "plotly.js-dist-min" {
  const Plotly: {
    newPlot(root: HTMLElement, data: unknown[], layout?: object, config?: object): Promise<unknown>;
    purge(root: HTMLElement): void;
    Plots: { resize(root: HTMLElement): void };
  };
  export default Plotly;
}
