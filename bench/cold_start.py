"""Cold start: navigation -> "Hello Ann!" in the hello example, against bare `loadPyodide()`.

Each sample is a new Chromium process with an empty profile (no HTTP cache, no wasm code cache).
Both pages are served by blocklite's dev server from the repository root on 127.0.0.1:

- blocklite: examples/hello.html; bench/cold_driver.js (an init script) types "Ann" and clicks as
  soon as the input and the button are visible and enabled, then waits for the greeting. The time is
  `performance.now()` in the page, i.e. ms since navigation start.
- baseline: bench/baseline.html, a module worker doing `loadPyodide()` (defaults) from the
  unmodified node_modules/pyodide and `runPython("1+1")`; the time is the page's
  `performance.now()` when the worker's answer arrives.

One discarded run of each first warms the OS file cache; then the two alternate, so slow phases of
the machine hit both alike. Run alone: `python3 bench/cold_start.py [RUNS]` (prints JSON).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from common import REPO, environment, fresh_browser, log, ratio, static_server, summary

HELLO_PATH = "/examples/hello.html"
BASELINE_PATH = "/bench/baseline.html"
DRIVER = (Path(__file__).parent / "cold_driver.js").read_text()
RUN_TIMEOUT_MS = 120_000

# Files whose arrival we time (ms since navigation, when their last byte arrived).
RESOURCES = {
    "blocklite.js": re.compile(r"/dist/blocklite\.js$"),
    "worker.js": re.compile(r"/dist/worker\.js$"),
    "pyodide.mjs": re.compile(r"/pyodide\.mjs$"),
    "pyodide.asm.mjs": re.compile(r"/pyodide\.asm\.mjs$"),
    "pyodide.asm.wasm": re.compile(r"/pyodide\.asm\.wasm$"),
    "python_stdlib.zip": re.compile(r"/python_stdlib\.zip$"),
    "pyodide-lock.json": re.compile(r"/pyodide-lock\.json$"),
    "wheel": re.compile(r"\.whl$"),
    "snapshot": re.compile(r"/snapshot-[0-9a-f]+\.bin$"),
}


def _watch_resources(page: Any) -> list[tuple[str, float]]:
    """Collect (name, epoch ms of the response end) for the files in RESOURCES."""
    seen: list[tuple[str, float]] = []

    def finished(request: Any) -> None:
        url = request.url.split("?")[0]
        for name, pattern in RESOURCES.items():
            if pattern.search(url):
                timing = request.timing
                if timing.get("responseEnd", -1) >= 0:
                    seen.append((name, timing["startTime"] + timing["responseEnd"]))
                break

    page.on("requestfinished", finished)
    return seen


def _resource_ends(seen: list[tuple[str, float]], time_origin: float) -> dict[str, float]:
    ends: dict[str, float] = {}
    for name, end in seen:
        ends[name] = round(max(ends.get(name, 0.0), end - time_origin), 1)
    return dict(sorted(ends.items(), key=lambda kv: kv[1]))


def r1(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def blocklite_once(playwright: Any, base: str) -> dict[str, Any]:
    with fresh_browser(playwright) as page:
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        seen = _watch_resources(page)
        page.add_init_script(DRIVER)
        page.goto(base + HELLO_PATH, wait_until="commit")
        page.wait_for_function(
            "window.__bench && (window.__bench.done || window.__bench.error)",
            polling=100,
            timeout=RUN_TIMEOUT_MS + 5_000,
        )
        info = page.evaluate(
            """() => {
              const paint = {};
              for (const e of performance.getEntriesByType("paint")) paint[e.name] = e.startTime;
              const nav = performance.getEntriesByType("navigation")[0];
              const app = globalThis.blocklite && globalThis.blocklite.apps.get("app-1");
              return {
                bench: window.__bench,
                timeOrigin: performance.timeOrigin,
                paint,
                domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
                workerTimings: app ? app.timings : null,
              };
            }"""
        )
        bench = info["bench"]
        if not bench.get("done"):
            raise RuntimeError(f"blocklite cold start failed: {bench.get('error')}; {errors=}")
        marks, states = bench["marks"], bench["states"]
        return {
            "total_ms": round(marks["greeting"], 2),
            "first_contentful_paint_ms": r1(info["paint"].get("first-contentful-paint")),
            "dom_content_loaded_ms": r1(info["domContentLoaded"]),
            "worker_ready_ms": r1(states.get("ready")),
            "rendered_ms": r1(states.get("rendered")),
            "input_visible_ms": r1(marks.get("input_visible")),
            "click_to_greeting_ms": r1(marks["greeting"] - marks["clicked"]),
            "worker_timings_ms": {k: r1(v) for k, v in (info["workerTimings"] or {}).items()},
            "resource_end_ms": _resource_ends(seen, info["timeOrigin"]),
            "console_errors": errors,
        }


def baseline_once(playwright: Any, base: str) -> dict[str, Any]:
    with fresh_browser(playwright) as page:
        seen = _watch_resources(page)
        page.goto(base + BASELINE_PATH, wait_until="commit")
        page.wait_for_function(
            "window.__baseline !== undefined", polling=100, timeout=RUN_TIMEOUT_MS
        )
        result = page.evaluate("() => ({...window.__baseline, timeOrigin: performance.timeOrigin})")
        if "error" in result or result.get("result") != 2:
            raise RuntimeError(f"baseline failed: {result}")
        return {
            "total_ms": round(result["done"], 2),
            "load_pyodide_ms": round(result["loadMs"], 1),
            "pyodide_version": result.get("version"),
            "resource_end_ms": _resource_ends(seen, result["timeOrigin"]),
        }


def measure(playwright: Any, base: str, runs: int) -> dict[str, Any]:
    log("cold start: warm-up (discarded)")
    blocklite_once(playwright, base)
    baseline_once(playwright, base)
    ours: list[dict[str, Any]] = []
    theirs: list[dict[str, Any]] = []
    for i in range(runs):
        ours.append(blocklite_once(playwright, base))
        theirs.append(baseline_once(playwright, base))
        log(
            f"cold start {i + 1}/{runs}: blocklite {ours[-1]['total_ms']:.0f} ms, "
            f"baseline {theirs[-1]['total_ms']:.0f} ms"
        )
    ours_s = summary([r["total_ms"] for r in ours])
    theirs_s = summary([r["total_ms"] for r in theirs])
    return {
        "cold_start_ratio": ratio(ours_s["median_ms"], theirs_s["median_ms"]),
        "blocklite": {**ours_s, "runs": ours},
        "baseline_load_pyodide": {**theirs_s, "runs": theirs},
    }


def main() -> int:
    from playwright.sync_api import sync_playwright

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else int(os.environ.get("BENCH_COLD_RUNS", "5"))
    with static_server(REPO) as base, sync_playwright() as pw:
        result = {"environment": environment(), "cold_start": measure(pw, base, runs)}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
