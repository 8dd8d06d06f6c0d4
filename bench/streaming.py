"""Streaming: a generator yielding a growing string 1,000 times, blocklite against real Gradio.

The same app on both sides (bench/streaming.html, bench/gradio_streaming_app.py), each in its own
fresh Chromium, measured in the page by the same code (bench/stream_loop.js): time from the click
until the 1,000-character value is painted, and how many distinct values were painted on the way
(sampled once per animation frame). Runs alternate between the apps after one unrecorded warm-up
run each, so a busy phase of the machine hits both alike. Every other run also keeps a tight
MessageChannel poll going beside the frame sampler (`distinct_polled`: values observable between
tasks); those runs are reported apart (`with_poll`), since the poll competes for the main thread.

Run alone: `python3 bench/streaming.py [RUNS]` (prints JSON; RUNS per app and mode, at least 5).
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from common import REPO, environment, fresh_browser, log, ratio, static_server, summary
from latency import gradio_server

HERE = Path(__file__).parent
STREAM_LOOP = (HERE / "stream_loop.js").read_text()
STREAM_PATH = "/bench/streaming.html"
FINAL_LENGTH = 1000
RUN_TIMEOUT_MS = int(os.environ.get("BENCH_STREAM_TIMEOUT_MS", "60000"))
IDLE_BEFORE_S = 3.0
GAP_S = 0.3


def open_app(stack: contextlib.ExitStack, playwright: Any, url: str) -> Any:
    """Open `url` in a fresh browser (closed with `stack`); wait for the output and the button."""
    page = stack.enter_context(fresh_browser(playwright))
    page.goto(url, wait_until="load", timeout=120_000)
    page.wait_for_selector("#streamed textarea, #streamed input", state="visible", timeout=120_000)
    page.wait_for_selector("#stream-btn", state="visible", timeout=120_000)
    return page


def one_run(page: Any, poll: bool) -> dict[str, Any]:
    args = {"finalLength": FINAL_LENGTH, "timeoutMs": RUN_TIMEOUT_MS, "poll": poll}
    try:
        result = dict(page.evaluate(STREAM_LOOP, args))
    except Exception as exc:
        raise RuntimeError(f"stream loop failed on {page.url}: {exc}") from exc
    time.sleep(GAP_S)
    return result


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 2)


def _lengths(run: dict[str, Any]) -> list[Any]:
    """The painted lengths of one run, shortened to its first 12 and last 4 when long."""
    lengths = run["painted_lengths"]
    return lengths if len(lengths) <= 16 else [*lengths[:12], "...", *lengths[-4:]]


def side(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """One app, one mode: time to the final value, distinct values painted, frames."""
    by_time = sorted(runs, key=lambda r: r["final_painted_ms"])
    out = {
        "final_painted": summary([r["final_painted_ms"] for r in runs]),
        "distinct_painted_median": _median([r["distinct_painted"] for r in runs]),
        "distinct_painted_samples": [r["distinct_painted"] for r in runs],
        "first_painted_median_ms": _median([r["first_painted_ms"] for r in runs]),
        "frames_median": _median([r["frames"] for r in runs]),
        "max_frame_gap_median_ms": _median([r["max_frame_gap_ms"] for r in runs]),
        "painted_lengths_of_median_run": _lengths(by_time[(len(by_time) - 1) // 2]),
    }
    if runs[0]["poll"]:
        out["distinct_polled_median"] = _median([r["distinct_polled"] for r in runs])
        out["distinct_polled_samples"] = [r["distinct_polled"] for r in runs]
        out["final_polled_median_ms"] = _median([r["final_polled_ms"] for r in runs])
    return out


def app(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        **side([r for r in runs if not r["poll"]]),
        "with_poll": side([r for r in runs if r["poll"]]),
    }


def measure(playwright: Any, base: str, runs: int) -> dict[str, Any]:
    """Both apps open at once; runs alternate (blocklite, Gradio, ...), the poll off/on in turn:
    `runs` recorded runs per app and mode, after one unrecorded warm-up run per app."""
    ours: list[dict[str, Any]] = []
    theirs: list[dict[str, Any]] = []
    log("streaming: starting Gradio from .bench-venv")
    with gradio_server("gradio_streaming_app.py") as (url, version), contextlib.ExitStack() as st:
        ours_page = open_app(st, playwright, base + STREAM_PATH)
        theirs_page = open_app(st, playwright, url)
        time.sleep(IDLE_BEFORE_S)
        one_run(ours_page, poll=False)
        one_run(theirs_page, poll=False)
        log(f"streaming: blocklite vs Gradio {version}: {2 * runs} runs each, alternating")
        for i in range(2 * runs):
            poll = i % 2 == 1
            ours.append({**one_run(ours_page, poll), "poll": poll})
            theirs.append({**one_run(theirs_page, poll), "poll": poll})
            log(
                f"streaming run {i + 1}/{2 * runs} (poll {'on' if poll else 'off'}): "
                f"blocklite {ours[-1]['final_painted_ms']:.0f} ms, "
                f"{ours[-1]['distinct_painted']} painted; Gradio "
                f"{theirs[-1]['final_painted_ms']:.0f} ms, {theirs[-1]['distinct_painted']} painted"
            )
    ours_s, theirs_s = app(ours), app(theirs)

    def time_ratio(a: dict[str, Any], b: dict[str, Any]) -> float | None:
        return ratio(a["final_painted"]["median_ms"], b["final_painted"]["median_ms"])

    return {
        "streaming_time_ratio": time_ratio(ours_s, theirs_s),
        "streaming_time_ratio_with_poll": time_ratio(ours_s["with_poll"], theirs_s["with_poll"]),
        "distinct_painted_median": {
            "blocklite": ours_s["distinct_painted_median"],
            "gradio": theirs_s["distinct_painted_median"],
        },
        "method": {
            "yields": FINAL_LENGTH,
            "runs_per_app_and_mode": runs,
            "warmup_runs_per_app": 1,
            "idle_s_before_first_run": IDLE_BEFORE_S,
            "sampler": "requestAnimationFrame: the output control's .value once per frame",
            "poll": "with_poll runs: tight MessageChannel loop beside the frame sampler",
            "order": "blocklite, Gradio alternating; poll off, on, off, ...",
        },
        "blocklite": ours_s,
        "gradio": {"version": version, **theirs_s},
    }


def main() -> int:
    from playwright.sync_api import sync_playwright

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else int(os.environ.get("BENCH_STREAM_RUNS", "5"))
    runs = max(5, runs)
    with static_server(REPO) as base, sync_playwright() as pw:
        result = {"environment": environment(), "streaming": measure(pw, base, runs)}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
