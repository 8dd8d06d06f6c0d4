// No import cycles among the TypeScript sources of js/, worker/ and protocol/, counting type-only
// imports, re-exports and dynamic import() (see import-graph.mjs for why cycles are not allowed).
//
// ALLOWED lists deliberate cycles, each with its reason; it is empty, and should stay short.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { describeCycle, findCycles, importGraph, sourceFiles } from "./import-graph.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** "a.ts -> b.ts -> a.ts" (as describeCycle writes it) → why this cycle is deliberate. */
const ALLOWED = new Map([]);

/** A throwaway tree of .ts files: { "a.ts": "source", ... } → its root directory. */
function tree(files) {
  const dir = mkdtempSync(join(tmpdir(), "blocklite-imports-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test("self-test: a cycle through a dynamic import(), a re-export or a type import is found", () => {
  const dir = tree({
    "a.ts": 'import { b } from "./b";\nexport const a = () => b;\n',
    "b.ts": 'export const b = () => import("./lib/c");\n',
    "lib/c.ts": 'export * from "../a";\n',
    "lib/index.ts": 'import type { T } from "./t";\nexport type U = T;\n',
    "lib/t.ts": 'import type { U } from ".";\nexport type T = U | number;\n',
    "d.ts": '// import { a } from "./a";  (a comment is no import)\nexport const d = "import(\'./a\')";\n',
  });
  try {
    const cycles = findCycles(importGraph(sourceFiles([dir]))).map((c) => describeCycle(c, dir));
    assert.deepEqual(cycles.sort(), ["a.ts -> b.ts -> lib/c.ts -> a.ts", "lib/index.ts -> lib/t.ts -> lib/index.ts"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("self-test: a graph without a cycle passes", () => {
  const dir = tree({
    "a.ts": 'import { b } from "./b";\nimport { c } from "./c";\nexport const a = [b, c];\n',
    "b.ts": 'import { c } from "./c";\nexport const b = c;\n',
    "c.ts": 'import { marked } from "marked";\nexport const c = () => import("./leaf");\n',
    "leaf.ts": "export const leaf = 1;\n",
  });
  try {
    const graph = importGraph(sourceFiles([dir]));
    assert.deepEqual(graph.get(join(dir, "a.ts")), [join(dir, "b.ts"), join(dir, "c.ts")]);
    assert.deepEqual(graph.get(join(dir, "c.ts")), [join(dir, "leaf.ts")], "dynamic import() is an edge");
    assert.deepEqual(findCycles(graph), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("js/, worker/ and protocol/ have no import cycles", () => {
  const files = sourceFiles(["js", "worker", "protocol"].map((d) => join(ROOT, d)));
  assert.ok(files.length > 50, `found only ${files.length} source files`);
  const graph = importGraph(files);
  const cycles = findCycles(graph).map((c) => describeCycle(c, ROOT));
  const unexpected = cycles.filter((c) => !ALLOWED.has(c));
  assert.deepEqual(unexpected, [], `import cycles:\n${unexpected.join("\n")}`);
  for (const allowed of ALLOWED.keys()) assert.ok(cycles.includes(allowed), `stale ALLOWED entry: ${allowed}`);
});
