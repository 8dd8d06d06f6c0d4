// `npm run build`: produce a complete, offline dist/ from the repo and node_modules alone.
//
// Why it exists: the page bundle, the worker bundle, the Pyodide core, a bytecode-compiled stdlib and the
// blocklite wheel must always agree (the worker knows the wheel's file name; the stdlib bytecode must
// match the Pyodide build). One script builds all of them in one go; nothing under node_modules is ever
// written, and no Python other than Pyodide itself (run under Node) is needed.
//
//   dist/blocklite.js (+ .map)   page bundle of js/main.ts (chunks/ holds what it loads lazily)
//   dist/worker.js (+ .map)      module-worker bundle of worker/entry.ts (imports ./pyodide/pyodide.mjs at run time)
//   dist/pyodide/                Pyodide core + python_stdlib.zip precompiled to sourceless .pyc
//   dist/blocklite-<v>-py3-none-any.whl   py/blocklite with sourceless .pyc
//   dist/snapshot-<hash>.bin     gzip'd Pyodide memory after bridge.boot() (scripts/snapshot.mjs);
//                                BLOCKLITE_NO_SNAPSHOT=1 skips it (the worker then starts Python itself)
//
// The precompiled stdlib is cached in build/ (keyed by the input zip, precompile.py and Pyodide's version).

import { createHash } from "node:crypto";
import {
  copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { bootPyodide, importFrom } from "./pyodide-node.mjs";
import { snapshotInChild, snapshotName } from "./snapshot.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
// Built beside dist/ (same depth, so source-map paths hold), then swapped in: people sharing the tree
// never see a half-built dist/.
const OUT = join(ROOT, `.dist-staging-${process.pid}`);
const CACHE = join(ROOT, "build");
const PYODIDE_SRC = join(ROOT, "node_modules", "pyodide");
const PYODIDE_FILES = [
  "pyodide.mjs", "pyodide.mjs.map", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json",
];
// Paths as Pyodide sees them while building.
const REPO_AT = "/repo";

const t0 = performance.now();
const log = (msg) => console.log(`[build ${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

/** esbuild options shared by the page and worker bundles. */
const common = {
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  sourcemap: "linked",
  logLevel: "warning",
  plugins: [minifiedCssText()],
};

/** `import css from "./x.css"` gives the stylesheet's text, minified (it is injected as a <style>). */
function minifiedCssText() {
  return {
    name: "minified-css-text",
    setup(build) {
      build.onLoad({ filter: /\.css$/ }, async ({ path }) => {
        const { code } = await esbuild.transform(readFileSync(path, "utf8"), { loader: "css", minify: true });
        return { contents: code, loader: "text" };
      });
    },
  };
}

function buildPage() {
  const entry = join(ROOT, "js", "main.ts");
  if (!existsSync(entry)) {
    console.warn("[build] WARNING: js/main.ts does not exist yet; dist/blocklite.js is NOT built");
    return Promise.resolve(false);
  }
  return esbuild
    .build({
      ...common,
      // Heavy, rarely needed parts (code highlighting) are split into chunks/ and loaded on first use.
      entryPoints: { blocklite: entry },
      outdir: OUT,
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
      platform: "browser",
    })
    .then(() => true);
}

function buildWorker(wheelName, snapshot) {
  return esbuild.build({
    ...common,
    entryPoints: [join(ROOT, "worker", "entry.ts")],
    outfile: join(OUT, "worker.js"),
    platform: "browser",
    define: { __BLOCKLITE_WHEEL__: JSON.stringify(wheelName), __BLOCKLITE_SNAPSHOT__: JSON.stringify(snapshot) },
  });
}

function copyPyodideCore() {
  const out = join(OUT, "pyodide");
  mkdirSync(out, { recursive: true });
  for (const name of PYODIDE_FILES) copyFileSync(join(PYODIDE_SRC, name), join(out, name));
}

/** KaTeX's fonts, beside the lazily loaded LaTeX chunk (woff2 only: every browser we target has it). */
function copyKatexFonts() {
  const src = join(ROOT, "node_modules", "katex", "dist", "fonts");
  const out = join(OUT, "chunks", "fonts");
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(src)) if (name.endsWith(".woff2")) copyFileSync(join(src, name), join(out, name));
}

function sha256(...parts) {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, 16);
}

/** Inside-Pyodide path of a host path under the repo. */
const at = (hostPath) => `${REPO_AT}/${relative(ROOT, hostPath).split("\\").join("/")}`;

async function buildPython() {
  const srcZip = join(PYODIDE_SRC, "python_stdlib.zip");
  const precompilePy = join(ROOT, "scripts", "precompile.py");
  const pyodideVersion = JSON.parse(readFileSync(join(PYODIDE_SRC, "package.json"), "utf8")).version;
  const key = sha256(readFileSync(srcZip), readFileSync(precompilePy), pyodideVersion);
  const cached = join(CACHE, `python_stdlib-${key}.zip`);
  const hit = existsSync(cached);
  mkdirSync(CACHE, { recursive: true });

  // With a cache hit, boot the build's Pyodide on the bytecode stdlib too: it starts ~3x faster.
  const { pyodide, bootMs } = await bootPyodide({
    indexDir: PYODIDE_SRC,
    stdLib: hit ? cached : undefined,
    mounts: { [REPO_AT]: ROOT },
    env: { PYTHONDONTWRITEBYTECODE: "1" },
  });
  log(`pyodide booted in ${Math.round(bootMs)} ms (${hit ? "bytecode" : "source"} stdlib)`);
  const pre = importFrom(pyodide, `${REPO_AT}/scripts`, "precompile");
  try {
    const info = JSON.parse(pre.python_info());
    log(`python ${info.version} (${info.cache_tag})`);
    if (!hit) {
      const tmp = `${cached}.${process.pid}.tmp`;
      const res = JSON.parse(pre.build_stdlib(at(srcZip), at(tmp), info.stdlib_zip));
      if (res.failed.length) console.warn(`[build] kept as source: ${res.failed.join("; ")}`);
      renameSync(tmp, cached); // atomic: a concurrent build never reads a half-written cache
      for (const old of readdirSync(CACHE)) {
        if (/^python_stdlib-[0-9a-f]+\.zip$/.test(old) && join(CACHE, old) !== cached) rmSync(join(CACHE, old));
      }
      log(`stdlib: ${res.compiled} modules compiled, ${res.kept} other entries kept`);
    } else {
      log("stdlib: bytecode zip from build/ cache");
    }
    copyFileSync(cached, join(OUT, "pyodide", "python_stdlib.zip"));

    const wheel = JSON.parse(
      pre.build_wheel(at(join(ROOT, "py")), "blocklite", at(join(ROOT, "pyproject.toml")), at(OUT),
        info.site_packages),
    );
    log(`wheel: ${wheel.wheel} (${wheel.compiled} modules compiled)`);
    return wheel.wheel;
  } finally {
    pre.destroy();
  }
}

/** Snapshot of Pyodide after blocklite's core imports, from the files just written to OUT; its name or "". */
async function buildSnapshot(wheelName) {
  if (process.env.BLOCKLITE_NO_SNAPSHOT === "1") {
    log("snapshot: skipped (BLOCKLITE_NO_SNAPSHOT=1)");
    return "";
  }
  const pyodideDir = join(OUT, "pyodide");
  const wheel = join(OUT, wheelName);
  const name = snapshotName(pyodideDir, wheel);
  const made = snapshotInChild(pyodideDir, wheel, join(OUT, name));
  if (made.skipped) {
    console.warn(`[build] WARNING: no memory snapshot: ${made.skipped}; the worker will start Python itself`);
    return "";
  }
  const mb = (n) => (n / 1e6).toFixed(1);
  log(`snapshot: ${name} (${mb(made.rawBytes)} MB raw, ${mb(statSync(join(OUT, name)).size)} MB gzip)`);
  return name;
}

function summary() {
  const rows = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!name.endsWith(".map")) rows.push(p);
    }
  };
  walk(DIST);
  const kb = (n) => `${(n / 1024).toFixed(0).padStart(7)} KB`;
  let total = 0;
  console.log("\ndist/ (maps not listed)          size     gzip");
  for (const p of rows) {
    const data = readFileSync(p);
    total += data.length;
    const gz = /\.(m?js|json)$/.test(p) ? kb(gzipSync(data).length) : "";
    console.log(`  ${relative(DIST, p).padEnd(30)}${kb(data.length)}${gz}`);
  }
  console.log(`  ${"total".padEnd(30)}${kb(total)}`);
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  try {
    copyPyodideCore();
    copyKatexFonts();
    // esbuild works in its own process: bundle the page while Pyodide compiles.
    const page = buildPage();
    page.catch(() => {}); // reported when awaited below
    const wheelName = await buildPython();
    await buildWorker(wheelName, await buildSnapshot(wheelName));
    log("worker bundle: dist/worker.js");
    if (await page) log("page bundle: dist/blocklite.js");
    rmSync(DIST, { recursive: true, force: true });
    renameSync(OUT, DIST);
  } finally {
    rmSync(OUT, { recursive: true, force: true });
  }
  summary();
  log("done");
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`[build] FAILED: ${err?.stack ?? err}`);
    process.exit(1);
  },
);
