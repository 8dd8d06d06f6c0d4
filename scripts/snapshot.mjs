// Make the memory snapshot the worker restores instead of starting Python (see worker/snapshot.ts).
//
// Why it exists: most of a cold start is Pyodide starting its interpreter and importing the stdlib
// modules it and blocklite's core need. Pyodide can save its whole wasm memory once that is done and
// restore it in a fresh worker. This runs at build time under Node, from the very files the build put
// in dist/ (Pyodide core, bytecode stdlib, wheel), with the options the worker uses, and stops after
// `bridge.boot()`: no app code runs before the snapshot.
//
// What a snapshot does not hold, and how the worker copes (worker/runtime.ts, bridge.resume()):
// - the in-memory file system: the worker unpacks the wheel again, for lazy imports;
// - JS objects: Python may only reference JS reachable from globalThis (boot() references none);
// - fresh randomness: every restore starts from the same `random` state until resume() reseeds it
//   (the str-hash secret stays the build's: harmless in a page, where nobody floods our dicts);
// - the engine's choice of CPython's call trampoline (wasm or JS), which Pyodide writes into Python's
//   memory before start-up: the worker writes its own choice back after the restore (keepTrampoline in
//   worker/snapshot.ts), else Chromium fails JSPI with "SuspendError: trying to suspend JS frames";
// - the runtime's capabilities as Python's C side saw them at start-up: a snapshot made where
//   WebAssembly stack switching (JSPI) is missing fails `time.sleep` and `run_sync` in a browser that
//   has it ("stack switching not supported"). One made with JSPI works with and without it (Python
//   asks again before using it), so it is made in a child Node with JSPI switched on
//   (`snapshotInChild`); if this Node cannot, the build makes no snapshot and says so.
// The snapshot is only valid with the same pyodide.asm.wasm (Pyodide checks) and the byte-identical
// stdlib zip and wheel (we check: the file name carries a hash of all three, and the worker is built
// with that name).

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

/** Node flags that switch JSPI on, newest first (none is needed where it is on by default). */
const JSPI_FLAGS = [[], ["--experimental-wasm-jspi"], ["--experimental-wasm-stack-switching"]];
const HAS_JSPI = `process.exit("Suspending" in WebAssembly || "Suspender" in WebAssembly ? 0 : 1)`;

/** The first flags with which this Node has JSPI, or null. */
function jspiFlags() {
  for (const flags of JSPI_FLAGS) {
    try {
      execFileSync(process.execPath, [...flags, "-e", HAS_JSPI], { stdio: "ignore" });
      return flags;
    } catch {
      // flag unknown to this Node, or JSPI still off: try the next
    }
  }
  return null;
}

/**
 * Make the snapshot in a child Node with JSPI on, written gzip'd to `outFile`.
 * @returns {{ rawBytes: number } | { skipped: string }}
 */
export function snapshotInChild(pyodideDir, wheelPath, outFile) {
  const flags = jspiFlags();
  if (!flags) return { skipped: `this Node (${process.version}) cannot switch WebAssembly JSPI on` };
  const out = execFileSync(
    process.execPath,
    [...flags, fileURLToPath(import.meta.url), pyodideDir, wheelPath, outFile],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(out.trim().split("\n").at(-1));
}

/** Name of the snapshot file for these inputs: changes whenever any of them does. */
export function snapshotName(pyodideDir, wheelPath) {
  const h = createHash("sha256");
  for (const p of [join(pyodideDir, "pyodide.asm.wasm"), join(pyodideDir, "python_stdlib.zip"), wheelPath]) {
    h.update(readFileSync(p));
  }
  return `snapshot-${h.digest("hex").slice(0, 16)}.bin`;
}

/**
 * Boot Pyodide from `pyodideDir` (as dist/pyodide/), install the wheel, run `bridge.boot()` and return
 * the snapshot gzip-compressed, with its raw size.
 * @returns {Promise<{ data: Uint8Array, rawBytes: number }>}
 */
export async function makeSnapshot(pyodideDir, wheelPath) {
  const indexURL = resolve(pyodideDir) + "/";
  const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
  let sitePackages = "";
  const output = [];
  const pyodide = await loadPyodide({
    indexURL,
    stdLibURL: indexURL + "python_stdlib.zip",
    packages: [],
    // The worker passes no env and no args: the restored os.environ / sys.argv must be the same.
    stdout: (line) => output.push(line),
    stderr: (line) => output.push(line),
    fsInit: async (_fs, info) => void (sitePackages = info.sitePackages),
    _makeSnapshot: true,
  });
  if (!pyodide._module.jspiSupported) throw new Error("making a snapshot needs JSPI (see snapshotInChild)");
  pyodide.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel", { extractDir: sitePackages });
  const boot = pyodide.pyimport("blocklite.browser.bridge.boot");
  try {
    boot();
  } finally {
    boot.destroy();
  }
  if (output.length) throw new Error(`bridge.boot() printed while making the snapshot:\n${output.join("\n")}`);
  const raw = pyodide.makeMemorySnapshot();
  // Level 6: within 1 % of level 9's size, five times faster.
  return { data: gzipSync(raw, { level: 6 }), rawBytes: raw.length };
}

// As a child process: node <JSPI flag> scripts/snapshot.mjs PYODIDE_DIR WHEEL OUT_FILE
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [pyodideDir, wheelPath, outFile] = process.argv.slice(2);
  const { data, rawBytes } = await makeSnapshot(pyodideDir, wheelPath);
  writeFileSync(outFile, data);
  console.log(JSON.stringify({ rawBytes }));
  process.exit(0);
}
