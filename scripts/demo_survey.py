"""Which of Gradio's own demos build on blocklite: `python3 scripts/demo_survey.py GRADIO_CHECKOUT`.

Why it exists: "pasted Gradio code runs unchanged" is measured here against real apps, Gradio's
`demo/*/run.py`. A demo counts only if it needs nothing but the standard library and gradio
(its imports are read from the source; numpy/pandas/PIL... demos are left out). Each one runs in a
subprocess, in its own folder (so files next to it are found), with `import gradio` meaning
blocklite and `launch()` serving nothing; it passes when its app is built and its config is made.
Prints one JSON document: counts, and per failing demo the exception, grouped by its message.

The checkout is not part of the repository (the `fetch` tool brings Gradio's; CI has no network),
so this is a tool for measuring, not a test.
"""

from __future__ import annotations

import ast
import collections
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ALLOWED_ROOTS = {"gradio", "__future__"} | set(sys.stdlib_module_names)

RUNNER = r"""
import json, runpy, sys, traceback
sys.path.insert(0, sys.argv[1])
import blocklite
sys.modules["gradio"] = blocklite
from blocklite import app_registry
from blocklite.server.config import build_config
from blocklite.server.served_app import ServedApp
ServedApp.launch = lambda self, options: None  # build the app, serve nothing
try:
    with app_registry.collect() as run:
        runpy.run_path("run.py", run_name="__main__")
    app = run.app
    if app is None:
        raise RuntimeError("no gr.Blocks was built")
    build_config(app, "http://127.0.0.1")
    print(json.dumps({"ok": True}))
except BaseException as error:
    last = traceback.extract_tb(error.__traceback__)[-1]
    print(json.dumps({"ok": False, "error": f"{type(error).__name__}: {str(error)[:200]}",
                      "where": f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"}))
"""


def imports_of(source: str) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def survey(checkout: Path) -> dict:
    results: dict[str, dict] = {}
    skipped = 0
    for run_py in sorted(checkout.glob("demo/*/run.py")):
        try:
            needs = imports_of(run_py.read_text())
        except (SyntaxError, UnicodeDecodeError):
            skipped += 1
            continue
        if not needs <= ALLOWED_ROOTS:
            skipped += 1
            continue
        try:
            done = subprocess.run(
                [sys.executable, "-c", RUNNER, str(REPO / "py")],
                cwd=run_py.parent,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            lines = done.stdout.strip().splitlines()
            result = json.loads(lines[-1]) if lines else {"ok": False, "error": done.stderr[-200:]}
        except subprocess.TimeoutExpired:
            result = {"ok": False, "error": "timeout (60 s)"}
        except json.JSONDecodeError:
            result = {"ok": False, "error": "no result printed"}
        results[run_py.parent.name] = result
    failing = {name: r for name, r in results.items() if not r["ok"]}
    reasons = collections.Counter(r["error"][:80] for r in failing.values())
    return {
        "stdlib_only_demos": len(results),
        "skipped_needing_other_packages": skipped,
        "build": len(results) - len(failing),
        "fail": len(failing),
        "top_reasons": reasons.most_common(25),
        "failing": failing,
    }


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(json.dumps(survey(Path(sys.argv[1])), indent=2))
