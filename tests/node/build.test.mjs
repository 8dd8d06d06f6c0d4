// What `npm run build` must leave in dist/, checked without a browser.
//
// Why it exists: the worker trusts dist/ blindly (file names, bytecode format, wheel layout). These
// tests pin the contract: every file is there, the stdlib and the wheel hold sourceless bytecode for
// the runtime's Python, the wheel's RECORD is right, and the worker bundle does not embed Pyodide.

import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DIST, ROOT, wheelName } from "./harness.mjs";
import { readZip } from "./zip.mjs";

const PYODIDE_CORE = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json", "python_stdlib.zip"];

/** A .pyc header: magic (4 bytes), flags (4), then source hash (8) for hash-based pycs. */
function pycFlags(data) {
  assert.ok(data.length > 16, "pyc too short");
  assert.equal(data.readUInt16LE(2), 0x0a0d, "pyc magic must end in \\r\\n");
  return data.readUInt32LE(4);
}

describe("dist/ layout", () => {
  test("has the bundles, their source maps, the Pyodide core and the wheel", () => {
    for (const f of ["blocklite.js", "blocklite.js.map", "worker.js", "worker.js.map", wheelName()]) {
      assert.ok(existsSync(join(DIST, f)), `dist/${f}`);
    }
    for (const f of PYODIDE_CORE) assert.ok(existsSync(join(DIST, "pyodide", f)), `dist/pyodide/${f}`);
    for (const f of ["blocklite.js", "worker.js"]) {
      assert.match(readFileSync(join(DIST, f), "utf8"), new RegExp(`//# sourceMappingURL=${f}\\.map\\s*$`));
    }
  });

  test("worker.js imports pyodide.mjs at run time instead of bundling it", () => {
    const worker = readFileSync(join(DIST, "worker.js"), "utf8");
    assert.ok(worker.includes("./pyodide/pyodide.mjs"));
    assert.ok(worker.includes(wheelName()), "the build tells the worker the wheel's name");
    // (It names pyodide.asm.mjs itself, to restore a snapshot; pyodide.mjs would bring the .wasm name.)
    assert.ok(!worker.includes("pyodide.asm.wasm"), "pyodide.mjs must not be inlined");
    assert.ok(worker.length < 50_000, `worker.js is ${worker.length} bytes`);
  });

  test("node_modules/pyodide is left as npm installed it", () => {
    const stdlib = (p) => createHash("sha256").update(readFileSync(p)).digest("hex");
    const npmZip = join(ROOT, "node_modules", "pyodide", "python_stdlib.zip");
    assert.notEqual(stdlib(npmZip), stdlib(join(DIST, "pyodide", "python_stdlib.zip")));
    assert.ok(readZip(readFileSync(npmZip)).has("json/__init__.py"), "npm's zip still holds sources");
    const extra = readdirSync(join(ROOT, "node_modules", "pyodide")).filter((n) => /\.(whl|tar|zip)$/.test(n));
    assert.deepEqual(extra, ["python_stdlib.zip"]);
  });
});

describe("bytecode stdlib", () => {
  const zip = readZip(readFileSync(join(DIST, "pyodide", "python_stdlib.zip")));

  test("holds sourceless .pyc in place of every .py", () => {
    const names = [...zip.keys()];
    assert.deepEqual(names.filter((n) => n.endsWith(".py")), []);
    for (const n of ["json/__init__.pyc", "asyncio/base_events.pyc", "_pyodide/_base.pyc", "pyodide/ffi/__init__.pyc"]) {
      assert.ok(zip.has(n), n);
    }
    assert.ok(zip.has("pyodide/py.typed"), "non-Python files are kept");
  });

  test("pycs are unchecked-hash, so no source is ever looked for", () => {
    assert.equal(pycFlags(zip.get("json/__init__.pyc")()), 0b01);
  });
});

describe("blocklite wheel", () => {
  const name = wheelName();
  const zip = readZip(readFileSync(join(DIST, name)));
  const [dist, version] = name.split("-");
  const info = `${dist}-${version}.dist-info`;

  test("is named and described after pyproject.toml", () => {
    const pyproject = readFileSync(join(ROOT, "pyproject.toml"), "utf8");
    assert.match(pyproject, new RegExp(`^version = "${version.replace(/\./g, "\\.")}"`, "m"));
    assert.match(name, /-py3-none-any\.whl$/);
    const metadata = zip.get(`${info}/METADATA`)().toString();
    assert.match(metadata, /^Metadata-Version: 2\.1$/m);
    assert.match(metadata, new RegExp(`^Name: ${dist}$`, "m"));
    assert.match(metadata, new RegExp(`^Version: ${version}$`, "m"));
    assert.match(zip.get(`${info}/WHEEL`)().toString(), /^Root-Is-Purelib: true$/m);
  });

  test("holds every module of py/blocklite as sourceless bytecode, plus py.typed", () => {
    const walk = (dir, rel = "") =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? e.name === "__pycache__" ? [] : walk(join(dir, e.name), `${rel}${e.name}/`)
          : [`${rel}${e.name}`],
      );
    const sources = walk(join(ROOT, "py", "blocklite")).filter((n) => n.endsWith(".py"));
    assert.ok(sources.length > 0);
    for (const src of sources) {
      const pyc = `blocklite/${src.slice(0, -3)}.pyc`;
      assert.ok(zip.has(pyc), pyc);
      assert.equal(pycFlags(zip.get(pyc)()), 0b01, pyc);
    }
    assert.deepEqual([...zip.keys()].filter((n) => n.endsWith(".py")), []);
    assert.ok(zip.has("blocklite/py.typed"));
  });

  test("RECORD lists every file with its sha256 and size", () => {
    const record = zip.get(`${info}/RECORD`)().toString().trim().split("\n");
    const listed = new Map(record.map((line) => [line.split(",")[0], line]));
    assert.deepEqual([...listed.keys()].sort(), [...zip.keys()].sort());
    for (const [file, line] of listed) {
      if (file === `${info}/RECORD`) {
        assert.equal(line, `${file},,`);
        continue;
      }
      const data = zip.get(file)();
      const digest = createHash("sha256").update(data).digest("base64url");
      assert.equal(line, `${file},sha256=${digest},${data.length}`);
    }
  });
});
