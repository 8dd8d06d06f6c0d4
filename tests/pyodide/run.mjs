// `npm run test:pyodide [-- pytest args]`: run the CPython unit suite (tests/py) inside Pyodide under Node.
//
// Why it exists: blocklite must behave the same on CPython 3.11+ and in the browser's Python 3.14
// (Pyodide: no threads, a JS-driven event loop, sourceless bytecode). This runs the very same pytest
// suite in the very same runtime the browser uses: Pyodide from dist/pyodide (bytecode stdlib) and the
// built blocklite wheel, plus pytest and its pure-Python dependencies downloaded once for Pyodide's
// Python into build/pyodide-wheels. Exits with pytest's exit code.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bootPyodide, installWheel } from "../../scripts/pyodide-node.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIST = join(ROOT, "dist");
const WHEELS = join(ROOT, "build", "pyodide-wheels");
const MARKER = join(WHEELS, "resolved.json");
/** What the suite needs besides blocklite. pip resolves their dependencies. */
const REQUIREMENTS = ["pytest"];
/** Where the suite runs inside Pyodide: /work/tests is the host's tests/ (NODEFS). */
const WORK = "/work";
/** The host's py/, read only for source lines in tracebacks (see tests/pyodide/sources.py). */
const SOURCES = "/host-sources/py";

function fail(message) {
  console.error(`test:pyodide: ${message}`);
  process.exit(2);
}

/** Wheels for Pyodide's Python; downloaded once, then reused from build/ (offline). */
function pyodideWheels() {
  if (existsSync(MARKER)) {
    const marker = JSON.parse(readFileSync(MARKER, "utf8"));
    const same = JSON.stringify(marker.requirements) === JSON.stringify(REQUIREMENTS);
    if (same && marker.wheels.every((w) => existsSync(join(WHEELS, w)))) return marker.wheels;
  }
  // Start clean so the folder holds exactly one resolution (no stale versions side by side).
  rmSync(WHEELS, { recursive: true, force: true });
  mkdirSync(WHEELS, { recursive: true });
  const python = process.env.PYTHON ?? "python3";
  const args = [
    "-m", "pip", "download", "--disable-pip-version-check", "-q",
    "--only-binary=:all:", "--python-version", "3.14", "--implementation", "cp",
    "--abi", "cp314", "--abi", "abi3", "--abi", "none",
    "--platform", "pyemscripten_2026_0_wasm32", "--platform", "any",
    ...REQUIREMENTS, "-d", WHEELS,
  ];
  console.log(`test:pyodide: downloading ${REQUIREMENTS.join(", ")} for Pyodide into build/pyodide-wheels`);
  const res = spawnSync(python, args, { stdio: "inherit" });
  if (res.status !== 0) fail(`pip download failed (exit ${res.status ?? res.error})`);
  const wheels = readdirSync(WHEELS).filter((n) => n.endsWith(".whl")).sort();
  writeFileSync(MARKER, JSON.stringify({ requirements: REQUIREMENTS, wheels }, null, 2) + "\n");
  return wheels;
}

async function main() {
  const blockliteWheel = existsSync(DIST) && readdirSync(DIST).find((n) => /^blocklite-.*\.whl$/.test(n));
  if (!blockliteWheel) fail("no blocklite wheel in dist/: run `npm run build` first");
  const indexDir = existsSync(join(DIST, "pyodide", "pyodide.mjs"))
    ? join(DIST, "pyodide")
    : join(ROOT, "node_modules", "pyodide");
  const wheels = pyodideWheels();

  const { pyodide, bootMs, sitePackages } = await bootPyodide({
    indexDir,
    // py/ is mounted outside WORK on purpose: pyproject's `pythonpath = ["py"]` must not find it,
    // so the suite imports blocklite from the wheel, as the browser does.
    mounts: { [`${WORK}/tests`]: join(ROOT, "tests"), [SOURCES]: join(ROOT, "py") },
    env: { PYTHONDONTWRITEBYTECODE: "1" },
    output: "raw",
  });
  installWheel(pyodide, sitePackages, readFileSync(join(DIST, blockliteWheel)));
  for (const w of wheels) installWheel(pyodide, sitePackages, readFileSync(join(WHEELS, w)));
  // The repo's pytest configuration ([tool.pytest.ini_options]) applies here too.
  pyodide.FS.writeFile(`${WORK}/pyproject.toml`, readFileSync(join(ROOT, "pyproject.toml")));
  console.log(
    `test:pyodide: Pyodide ${pyodide.version} from ${indexDir.replace(ROOT + "/", "")} ` +
      `(booted in ${Math.round(bootMs)} ms), ${blockliteWheel}, ${wheels.length} test wheels`,
  );

  // Source lines for blocklite frames in failure reports (the wheel itself has bytecode only).
  const sysPath = pyodide.pyimport("sys.path");
  sysPath.insert(0, `${WORK}/tests/pyodide`);
  const register = pyodide.pyimport("sources.register");
  register(SOURCES, "blocklite", sitePackages);
  sysPath.remove(`${WORK}/tests/pyodide`);
  for (const p of [register, sysPath]) p.destroy();

  const chdir = pyodide.pyimport("os.chdir");
  chdir(WORK);
  chdir.destroy();
  // Fail loudly if blocklite would not come from the wheel (e.g. a pythonpath setting found sources).
  const origin = pyodide.pyimport("importlib.util.find_spec")("blocklite");
  const originPath = String(origin.origin);
  origin.destroy();
  if (!originPath.startsWith(sitePackages)) fail(`blocklite would be imported from ${originPath}, not the wheel`);

  const pytestMain = pyodide.pyimport("pytest.main");
  const args = pyodide.toPy(["tests/py", "-q", "-p", "no:cacheprovider", ...process.argv.slice(2)]);
  let code;
  try {
    // pytest.main returns an ExitCode (an IntEnum): Number() gives the plain code.
    const result = pytestMain(args);
    code = Number(typeof result === "object" ? result.value : result);
    if (typeof result === "object") result.destroy();
  } finally {
    args.destroy();
    pytestMain.destroy();
  }
  // Pyodide's event loop may hold timers (asyncio call_later): exit explicitly.
  process.exit(Number.isInteger(code) ? code : 3);
}

main().catch((err) => {
  // A PythonError's message is the Python traceback; its JS stack adds nothing.
  console.error(err?.type ? `test:pyodide: pytest raised ${err.type}\n${err.message}` : (err?.stack ?? err));
  process.exit(3); // pytest's INTERNAL_ERROR
});
