// `node bench/theme_cost.mjs`: what themes cost at start-up inside Pyodide (the browser's Python).
//
// Why it exists: an app's theme is computed while the page waits for the config, so it must stay
// cheap. This boots dist/'s Pyodide with the built wheel (as the worker does) and times, in fresh
// interpreters: building the config of an app without a theme (must not import the themes package),
// and of apps with built-in themes (import, theme object, variables diffed against the Default).
// Prints one JSON document (milliseconds, medians over RUNS repetitions inside one interpreter,
// plus the first, cold, call).

import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bootPyodide, installWheel } from "../scripts/pyodide-node.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const RUNS = Number(process.env.BENCH_THEME_RUNS ?? 20);

const PROGRAM = `
import json, sys, time
t0 = time.perf_counter()
import blocklite as gr
from blocklite.server.config import build_config

def config_ms(theme):
    with gr.Blocks(theme=theme) as demo:
        gr.Textbox(label="x")
        gr.Button("Go", variant="primary")
    t = time.perf_counter()
    build_config(demo, root="")
    return (time.perf_counter() - t) * 1000

def median(xs):
    xs = sorted(xs)
    return round(xs[len(xs) // 2], 3)

out = {}
first = config_ms(None)
out["no_theme"] = {"first_ms": round(first, 3), "median_ms": median([config_ms(None) for _ in range(${RUNS})]),
                   "themes_imported": "blocklite.themes.base" in sys.modules}
for name in ["soft", "ocean"]:
    first = config_ms(name)
    out[name] = {"first_ms": round(first, 3), "median_ms": median([config_ms(name) for _ in range(${RUNS})])}

def soft_with_set():
    t = time.perf_counter()
    theme = gr.themes.Soft().set(button_primary_background_fill="*primary_200")
    with gr.Blocks(theme=theme) as demo:
        gr.Button("Go")
    build_config(demo, root="")
    return (time.perf_counter() - t) * 1000
out["Soft().set() object + config"] = {"median_ms": median([soft_with_set() for _ in range(${RUNS})])}
json.dumps(out)
`;

const wheel = readdirSync(DIST).find((n) => /^blocklite-.*\.whl$/.test(n));
if (!wheel) throw new Error("no wheel in dist/: run `npm run build`");
const { pyodide, bootMs } = await bootPyodide({ indexDir: join(DIST, "pyodide"), output: "quiet" });
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
installWheel(pyodide, sitePackages, readFileSync(join(DIST, wheel)));
const result = JSON.parse(pyodide.runPython(PROGRAM));
console.log(JSON.stringify({ pyodide: pyodide.version, boot_ms: Math.round(bootMs), runs: RUNS, ...result }, null, 2));
process.exit(0);
