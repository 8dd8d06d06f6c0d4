// The import graph of TypeScript sources, and the cycles in it (used by import-cycles.test.mjs).
//
// Why it exists: a cycle between modules makes their evaluation order depend on which one is
// imported first (a class used before its module ran is `undefined`), and it hides which layer
// depends on which. TypeScript's own pre-processor lists every static import, `export ... from`,
// `import type` and dynamic `import("...")` of a file; relative specifiers are resolved as the
// bundler does (exact path, `.ts`, `/index.ts`). Package imports (no leading ".") are not followed.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";

const ts = createRequire(import.meta.url)("typescript");

/** Every .ts file under `dirs` (absolute paths), sorted. */
export function sourceFiles(dirs) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) out.push(p);
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  return out;
}

/** The module specifiers `file` imports (static, type-only, re-exports and dynamic import()). */
export function specifiersOf(file) {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** A relative specifier as the file it names (null: a package, or a file that does not exist). */
export function resolveSpecifier(fromFile, spec) {
  if (!spec.startsWith(".")) return null;
  const base = resolve(dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** file → the source files it imports (only .ts files; stylesheets and packages are leaves). */
export function importGraph(files) {
  const graph = new Map();
  for (const file of files) {
    const targets = new Set();
    for (const spec of specifiersOf(file)) {
      const target = resolveSpecifier(file, spec);
      if (target && target.endsWith(".ts")) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Every elementary cycle found by a depth-first walk, each as a list of files (first = last). */
export function findCycles(graph) {
  const cycles = [];
  const state = new Map(); // file → "open" while on the stack, "done" after
  const stack = [];
  const visit = (file) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/** A cycle as "a.ts -> b.ts -> a.ts", paths relative to `root`. */
export function describeCycle(cycle, root) {
  return cycle.map((f) => relative(root, f).split("\\").join("/")).join(" -> ");
}
