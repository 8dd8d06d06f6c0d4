"""Soak: 10,000 events through one page, and how much memory the worker and the page keep.

One fresh Chromium opens bench/soak.html (the hello app plus a "Memory" button whose handler
reports the worker's C heap in use, from dlmalloc's `mallinfo`, after `gc.collect()`). After
`WARMUP` clicks the first sample is taken; then `EVENTS` clicks run through bench/click_loop.js
in `SEGMENTS` equal parts with a sample after each. A sample is the worker's heap in use and its
Python object count, and the page's JS heap after a forced garbage collection (CDP
`HeapProfiler.collectGarbage` + `Runtime.getHeapUsage`). The figures are the growth from the first
sample to the last (goal: under 2 MB for the worker) and the median click latency of each part
(a leak shows as a rising latency too).

Run alone: `python3 bench/soak.py [EVENTS]` (prints JSON).
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from typing import Any

from common import REPO, environment, fresh_browser, log, static_server

HERE = Path(__file__).parent
CLICK_LOOP = (HERE / "click_loop.js").read_text()
PATH = "/bench/soak.html"
WARMUP = 200
SEGMENTS = 5
BOOT_TIMEOUT_MS = 120_000
MB = 1024 * 1024


def _memory(page: Any, cdp: Any, round_no: int) -> dict[str, Any]:
    before = page.evaluate("() => document.querySelector('#memory').textContent")
    page.locator("#memory-btn").click()
    page.wait_for_function(
        "(before) => { const t = document.querySelector('#memory').textContent;"
        " return t !== before && t.includes('heap_in_use'); }",
        arg=before,
        timeout=30_000,
    )
    text = page.evaluate("() => document.querySelector('#memory').textContent")
    worker = _parse_json_view(text)
    cdp.send("HeapProfiler.collectGarbage")
    page_heap = cdp.send("Runtime.getHeapUsage")
    return {
        "round": round_no,
        "worker_heap_in_use": worker["heap_in_use"],
        "worker_heap_size": worker["heap_size"],
        "worker_python_objects": worker["objects"],
        "page_js_heap_used": page_heap["usedSize"],
    }


def _parse_json_view(text: str) -> dict[str, int]:
    """The numbers out of gr.JSON's rendered text (`"key": 123` pairs)."""
    import re

    found = {k: int(v) for k, v in re.findall(r'"?(\w+)"?\s*:\s*(\d+)', text)}
    missing = {"heap_in_use", "heap_size", "objects"} - set(found)
    if missing:
        raise RuntimeError(f"memory readout lacks {missing}: {text[:200]!r}")
    return found


def measure(playwright: Any, base: str, events: int = 10_000) -> dict[str, Any]:
    per_segment = max(1, events // SEGMENTS)
    with fresh_browser(playwright) as page:
        page.goto(f"{base}{PATH}")
        page.wait_for_selector(
            "#name textarea, #name input", state="visible", timeout=BOOT_TIMEOUT_MS
        )
        cdp = page.context.new_cdp_session(page)
        args = {"timeoutMs": 30_000, "prefix": "Ann", "settleMs": 0, "gapMs": 0}
        page.evaluate(CLICK_LOOP, {**args, "warmup": 0, "clicks": WARMUP, "first": 0})
        samples = [_memory(page, cdp, 0)]
        latencies = []
        done = WARMUP
        for k in range(SEGMENTS):
            log(f"soak: {done - WARMUP}/{events} events")
            clicks = page.evaluate(
                CLICK_LOOP, {**args, "warmup": 0, "clicks": per_segment, "first": done}
            )
            done += per_segment
            latencies.append(round(statistics.median(clicks), 3))
            samples.append(_memory(page, cdp, k + 1))
    first, last = samples[0], samples[-1]
    growth = {
        key: last[key] - first[key]
        for key in (
            "worker_heap_in_use",
            "worker_heap_size",
            "worker_python_objects",
            "page_js_heap_used",
        )
    }
    return {
        "events": per_segment * SEGMENTS,
        "worker_heap_growth_mb": round(growth["worker_heap_in_use"] / MB, 3),
        "page_heap_growth_mb": round(growth["page_js_heap_used"] / MB, 3),
        "growth": growth,
        "goal_worker_growth_mb": 2,
        "click_median_ms_per_segment": latencies,
        "samples": samples,
    }


def main() -> int:
    from playwright.sync_api import sync_playwright

    events = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with static_server(REPO) as base, sync_playwright() as pw:
        result = measure(pw, base, events)
    print(json.dumps({**result, "environment": environment()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
