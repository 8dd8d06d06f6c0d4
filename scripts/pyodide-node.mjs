// Boot Pyodide under Node with host folders mounted.
//
// Why it exists: the build (bytecode compilation, wheel packing) and the Pyodide test runner both need
// "the real runtime Python, in Node, able to read and write the repo". This is the one place that knows
// how to load pyodide.mjs from a folder, silence or forward its output, and mount host paths with NODEFS.

import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * @param {object} opts
 * @param {string} opts.indexDir  folder holding pyodide.mjs / pyodide.asm.* / pyodide-lock.json
 * @param {string} [opts.stdLib]  path of the stdlib zip (default: the one in indexDir)
 * @param {Record<string,string>} [opts.mounts]  emscripten path -> host path (host dirs are created)
 * @param {Record<string,string>} [opts.env]  environment for Python
 * @param {"quiet"|"console"|"raw"} [opts.output]  where Python's stdout/stderr go
 */
export async function bootPyodide({ indexDir, stdLib, mounts = {}, env = {}, output = "console" }) {
  const indexURL = resolve(indexDir) + "/";
  const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
  const t0 = performance.now();
  let sitePackages = "";
  const pyodide = await loadPyodide({
    indexURL,
    stdLibURL: stdLib ? resolve(stdLib) : undefined,
    packages: [],
    env: { HOME: "/home/pyodide", ...env },
    stdout: output === "quiet" ? () => {} : undefined,
    stderr: output === "quiet" ? () => {} : undefined,
    fsInit: async (_fs, info) => void (sitePackages = info.sitePackages),
  });
  const bootMs = performance.now() - t0;
  if (output === "raw") {
    // Unbuffered: pytest writes progress dots without newlines.
    const writer = (stream) => ({
      write: (buf) => {
        stream.write(Buffer.from(buf));
        return buf.length;
      },
    });
    pyodide.setStdout(writer(process.stdout));
    pyodide.setStderr(writer(process.stderr));
  }
  for (const [at, hostPath] of Object.entries(mounts)) {
    mkdirSync(hostPath, { recursive: true });
    pyodide.FS.mkdirTree(at);
    pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: resolve(hostPath) }, at);
  }
  return { pyodide, bootMs, sitePackages };
}

/** Install a wheel (bytes) into site-packages, as micropip would but without it. */
export function installWheel(pyodide, sitePackages, bytes) {
  pyodide.unpackArchive(new Uint8Array(bytes), "wheel", { extractDir: sitePackages });
}

/** Import a module from a host folder (mounted at `at`) and return its PyProxy. */
export function importFrom(pyodide, at, moduleName) {
  const sys = pyodide.pyimport("sys");
  const path = sys.path;
  path.insert(0, at);
  path.destroy();
  sys.destroy();
  return pyodide.pyimport(moduleName);
}
