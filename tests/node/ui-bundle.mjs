// Test helper for the page-side unit tests (tests/node/ui-*.test.mjs).
//
// Why it exists: the page code is TypeScript under js/; these tests exercise its pure logic (and the
// shim, with a fake worker) under Node by bundling one module on the fly with esbuild and importing
// the result from a data: URL. Nothing is written to disk.

import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The renderers the page loads lazily (js/lib/plotly.ts, js/lib/vega.ts) are megabytes; these
 * tests never draw a chart, so they are bundled as stubs that refuse to. */
const LAZY_RENDERERS = {
  name: "lazy-renderer-stubs",
  setup(build) {
    build.onResolve({ filter: /^(plotly\.js-dist-min|vega-embed)$/ }, (args) => ({ path: args.path, namespace: "stub" }));
    build.onLoad({ filter: /.*/, namespace: "stub" }, (args) => ({
      contents: `export default new Proxy({}, { get() { throw new Error(${JSON.stringify(`${args.path} is not loaded in Node tests`)}); } });`,
      loader: "js",
    }));
  },
};

/** Bundle js/<name>.ts (with its imports) and import it. */
export async function loadUi(name) {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, "js", `${name}.ts`)],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    write: false,
    loader: { ".css": "text" },
    logLevel: "silent",
    plugins: [LAZY_RENDERERS],
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}
