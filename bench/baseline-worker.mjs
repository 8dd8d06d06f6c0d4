// Bare default loadPyodide() from node_modules (no options), then runPython("1+1").
import { loadPyodide } from "/node_modules/pyodide/pyodide.mjs";

try {
  const t0 = performance.now();
  const pyodide = await loadPyodide();
  const t1 = performance.now();
  const result = pyodide.runPython("1+1");
  postMessage({ result, loadMs: t1 - t0, version: pyodide.version });
} catch (err) {
  postMessage({ error: String(err && err.stack ? err.stack : err) });
}
