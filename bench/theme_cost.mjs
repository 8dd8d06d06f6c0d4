// `node bench/theme_cost.mjs [RUNS]`: what themes cost at start-up inside Pyodide (the browser's Python).
//
// Why it exists: an app's theme is computed while the page waits for the config, so it must stay
// cheap. This boots dist/'s Pyodide with the built wheel (as the worker does), imports what the
// worker imports, and times in each of RUNS fresh interpreters: the config of an app without a
// theme (which must not import the theme machinery), then the first themed config (imports of the
// themes package, a Soft theme, its variables diffed against the Default), then a warm one.
// Prints one JSON document: per step the min and median over the runs, in milliseconds.

import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bootPyodide, installWheel } from "../scripts/pyodide-node.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const RUNS = Number(process.argv[2] ?? process.env.BENCH_THEME_RUNS ?? 5);

const PROGRAM = `
import gc, json, sys, time
import blocklite as gr
import blocklite.server.served_app
from blocklite.server.config import build_config

def app(theme):
    with gr.Blocks(theme=theme) as demo:
        gr.Textbox(label="x")
        gr.Button("Go", variant="primary")
    return demo

def timed(fn):
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000

out = {}
plain = app(None)
build_config(plain, root="")  # the first config ever pays for things unrelated to themes
gc.collect()
out["config, no theme"] = timed(lambda: build_config(app(None), root=""))
out["theme machinery imported without a theme"] = any(
    m in sys.modules for m in ("blocklite.themes.base", "blocklite.themes.css_variables")
)
gc.collect()
t = time.perf_counter()
import blocklite.themes.flat_themes, blocklite.themes.css_variables, blocklite.themes.app_theme
out["imports of the themes package"] = (time.perf_counter() - t) * 1000
out["first themed config (gr.themes.Soft() + config)"] = timed(
    lambda: build_config(app(gr.themes.Soft()), root="")
)
out["warm themed config (theme='ocean')"] = timed(lambda: build_config(app("ocean"), root=""))
out["warm Soft().set(...) + config"] = timed(
    lambda: build_config(app(gr.themes.Soft().set(block_radius="2px")), root="")
)
json.dumps(out)
`;

const wheel = readdirSync(DIST).find((n) => /^blocklite-.*\.whl$/.test(n));
if (!wheel) throw new Error("no wheel in dist/: run `npm run build`");
const samples = {};
let version = "";
for (let run = 0; run < RUNS; run++) {
  const { pyodide } = await bootPyodide({ indexDir: join(DIST, "pyodide"), output: "quiet" });
  version = pyodide.version;
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  installWheel(pyodide, sitePackages, readFileSync(join(DIST, wheel)));
  for (const [k, v] of Object.entries(JSON.parse(pyodide.runPython(PROGRAM)))) (samples[k] ??= []).push(v);
}
const round = (x) => Math.round(x * 1000) / 1000;
const summary = {};
for (const [k, v] of Object.entries(samples)) {
  if (typeof v[0] === "boolean") summary[k] = v.some(Boolean);
  else {
    const sorted = [...v].sort((a, b) => a - b);
    summary[k] = { min_ms: round(sorted[0]), median_ms: round(sorted[sorted.length >> 1]) };
  }
}
console.log(JSON.stringify({ pyodide: version, runs: RUNS, ...summary }, null, 2));
process.exit(0);
