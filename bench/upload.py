"""Upload: a 20 MB file to the app and back (upload, then the file route), and the worker's memory.

The same page script (bench/upload.js) runs on blocklite's page, where the bytes cross the shim to
the worker (bridge chunks of 1 MB, multipart parsed as it streams, written to the in-memory
filesystem), and on real Gradio 6.31's page over localhost HTTP: the figure is the ratio of the
median round trips. The worker's memory: its wasm memory only grows, so its growth across one
20 MB round trip is the peak the Python side needed, reported against the file size (the file
itself then lives once in the in-memory filesystem, outside the wasm heap).

Run alone: `python3 bench/upload.py [RUNS]` (prints JSON).
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from typing import Any

from common import REPO, environment, fresh_browser, log, ratio, static_server, summary
from latency import gradio_server

HERE = Path(__file__).parent
ROUND_TRIP = (HERE / "upload.js").read_text()
PATH = "/bench/upload.html"
SIZE = 20 * 1024 * 1024
MB = 1024 * 1024

MEMORY = """async (root) => {
  const answer = await fetch(`${root}gradio_api/run/memory`, {
    method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify({data: []}),
  });
  return (await answer.json()).data[0];
}"""


def _runs(page: Any, root: str, runs: int) -> list[dict[str, Any]]:
    results = []
    for i in range(runs):
        result = page.evaluate(ROUND_TRIP, {"root": root, "size": SIZE, "name": f"run{i}.bin"})
        if not result["same"]:
            raise RuntimeError(f"the file came back different from {root}")
        results.append(result)
    return results


def _blocklite(playwright: Any, base: str, runs: int) -> dict[str, Any]:
    with fresh_browser(playwright) as page:
        page.goto(base + PATH, wait_until="load", timeout=120_000)
        page.wait_for_selector("#memory", timeout=120_000)
        root = page.evaluate("() => globalThis.__blocklite_shim.routes[0].rootUrl")
        page.evaluate(ROUND_TRIP, {"root": root, "size": 4096, "name": "warm.bin"})
        before = page.evaluate(MEMORY, root)
        first = _runs(page, root, 1)
        after = page.evaluate(MEMORY, root)
        rest = _runs(page, root, runs - 1)
        log(f"blocklite upload round trips: {[round(r['round_trip_ms']) for r in first + rest]}")
    growth = after["wasm_memory"] - before["wasm_memory"]
    return {
        "runs": first + rest,
        "wasm_memory_before_mb": round(before["wasm_memory"] / MB, 2),
        "wasm_memory_growth_mb": round(growth / MB, 2),
        "heap_in_use_growth_mb": round((after["heap_in_use"] - before["heap_in_use"]) / MB, 2),
        "peak_wasm_growth_per_file_size": round(growth / SIZE, 3),
    }


def _gradio(playwright: Any, runs: int) -> dict[str, Any]:
    with gradio_server("gradio_upload_app.py") as (url, version), fresh_browser(playwright) as page:
        page.goto(url, wait_until="load", timeout=120_000)
        page.evaluate(ROUND_TRIP, {"root": url, "size": 4096, "name": "warm.bin"})
        results = _runs(page, url, runs)
        log(f"gradio upload round trips: {[round(r['round_trip_ms']) for r in results]}")
    return {"runs": results, "version": version}


def measure(playwright: Any, base: str, runs: int = 5) -> dict[str, Any]:
    ours = _blocklite(playwright, base, runs)
    theirs = _gradio(playwright, runs)

    def times(side: dict[str, Any], key: str) -> dict[str, Any]:
        return summary([r[key] for r in side["runs"]])

    out: dict[str, Any] = {"file_mb": SIZE / MB}
    for key in ("upload_ms", "download_ms", "round_trip_ms"):
        out[key] = {"blocklite": times(ours, key), "gradio": times(theirs, key)}
    ours_median = statistics.median(r["round_trip_ms"] for r in ours["runs"])
    theirs_median = statistics.median(r["round_trip_ms"] for r in theirs["runs"])
    out["round_trip_ratio_vs_gradio"] = ratio(ours_median, theirs_median)
    out["memory"] = {k: v for k, v in ours.items() if k != "runs"}
    out["gradio_version"] = theirs["version"]
    return out


def main() -> int:
    from playwright.sync_api import sync_playwright

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with static_server(REPO) as base, sync_playwright() as pw:
        result = measure(pw, base, runs)
    print(json.dumps({**result, "environment": environment()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
