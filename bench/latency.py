"""Warm click -> output latency: blocklite's hello example against the same app on real Gradio.

Both are measured by the same in-page loop (bench/click_loop.js), each app in its own fresh
Chromium, in alternating rounds: after a few warm-up clicks, each click sets a distinct input
("Ann 1", "Ann 2"...), records `performance.now()`, clicks, and polls the output control's `.value`
in a tight MessageChannel loop until it reads the expected greeting. Gradio runs from .bench-venv
(bench/run.sh creates it) on 127.0.0.1.

Run alone: `python3 bench/latency.py [CLICKS]` (prints JSON).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from common import REPO, environment, free_port, fresh_browser, log, ratio, static_server, summary

HERE = Path(__file__).parent
CLICK_LOOP = (HERE / "click_loop.js").read_text()
VENV_PYTHON = REPO / ".bench-venv" / "bin" / "python"
HELLO_PATH = "/examples/hello.html"
GRADIO_START_TIMEOUT_S = 180
WARMUP = 10
IDLE_BEFORE_S = 3.0
CLICK_TIMEOUT_MS = 30_000
SETTLE_MS = 10
GAP_MS = 20
ROUNDS = 3


def _http_ok(url: str) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=2) as response:
            return 200 <= response.status < 400
    except (urllib.error.URLError, OSError):
        return False


@contextlib.contextmanager
def gradio_server(script: str = "gradio_app.py") -> Iterator[tuple[str, str]]:
    """Start bench/`script` with .bench-venv's Python; yields (URL, Gradio version)."""
    if not VENV_PYTHON.exists():
        raise RuntimeError(f"{VENV_PYTHON} is missing: run bench/run.sh (it creates .bench-venv)")
    version = subprocess.run(
        [str(VENV_PYTHON), "-c", "import importlib.metadata as m; print(m.version('gradio'))"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.strip()
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {
        **os.environ,
        "GRADIO_ANALYTICS_ENABLED": "False",
        "NO_PROXY": "127.0.0.1,localhost",
        "no_proxy": "127.0.0.1,localhost",
        "PYTHONUNBUFFERED": "1",
    }
    with tempfile.TemporaryFile("w+") as output:
        proc = subprocess.Popen(
            [str(VENV_PYTHON), str(HERE / script), str(port)],
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
        )
        try:
            deadline = time.monotonic() + GRADIO_START_TIMEOUT_S
            while not _http_ok(url):
                if proc.poll() is not None or time.monotonic() > deadline:
                    output.seek(0)
                    raise RuntimeError(f"Gradio did not start at {url}:\n{output.read()[-3000:]}")
                time.sleep(0.25)
            yield url, version
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def open_app(stack: contextlib.ExitStack, playwright: Any, url: str) -> Any:
    """Open `url` in a fresh browser (closed with `stack`) and wait for the name control."""
    page = stack.enter_context(fresh_browser(playwright))
    page.goto(url, wait_until="load", timeout=120_000)
    page.wait_for_selector("#name textarea, #name input", state="visible", timeout=120_000)
    return page


def click_round(page: Any, clicks: int, first: int) -> list[float]:
    """Run the in-page click loop: WARMUP unrecorded clicks, then `clicks` recorded ones."""
    args = {
        "warmup": WARMUP,
        "clicks": clicks,
        "timeoutMs": CLICK_TIMEOUT_MS,
        "prefix": "Ann",
        "first": first,
        "settleMs": SETTLE_MS,
        "gapMs": GAP_MS,
    }
    try:
        return list(page.evaluate(CLICK_LOOP, args))
    except Exception as exc:
        raise RuntimeError(f"click loop failed on {page.url}: {exc}") from exc


def measure(playwright: Any, base: str, clicks: int, rounds: int = ROUNDS) -> dict[str, Any]:
    """Both apps open at once (one fresh browser each); rounds alternate between them, so a busy
    phase of the machine hits both alike. Each round starts with WARMUP unrecorded clicks."""
    per_round = -(-clicks // rounds)
    ours: list[float] = []
    theirs: list[float] = []
    log("latency: starting Gradio from .bench-venv")
    with gradio_server() as (gradio_url, version), contextlib.ExitStack() as stack:
        ours_page = open_app(stack, playwright, base + HELLO_PATH)
        theirs_page = open_app(stack, playwright, gradio_url)
        # Let both pages go idle (wasm tier-up, late loads) before the first warm-up click.
        time.sleep(IDLE_BEFORE_S)
        log(f"latency: blocklite vs Gradio {version}: {rounds} rounds of {per_round} clicks each")
        for r in range(rounds):
            first = 1 + r * (WARMUP + per_round)
            ours += click_round(ours_page, per_round, first)
            theirs += click_round(theirs_page, per_round, first)
            log(
                f"latency round {r + 1}/{rounds}: blocklite p50 {summary(ours)['p50_ms']} ms, "
                f"Gradio p50 {summary(theirs)['p50_ms']} ms (cumulative)"
            )
    ours_s, theirs_s = summary(ours), summary(theirs)
    return {
        "click_p50_ratio": ratio(ours_s["p50_ms"], theirs_s["p50_ms"]),
        "click_p90_ratio": ratio(ours_s["p90_ms"], theirs_s["p90_ms"]),
        "method": {
            "rounds": rounds,
            "idle_s_before_first_round": IDLE_BEFORE_S,
            "warmup_clicks_per_round": WARMUP,
            "settle_ms_before_click": SETTLE_MS,
            "gap_ms_between_clicks": GAP_MS,
            "poll": "tight MessageChannel loop on the output control's .value",
        },
        "blocklite": ours_s,
        "gradio": {"version": version, **theirs_s},
    }


def main() -> int:
    from playwright.sync_api import sync_playwright

    clicks = int(sys.argv[1]) if len(sys.argv) > 1 else int(os.environ.get("BENCH_CLICKS", "60"))
    with static_server(REPO) as base, sync_playwright() as pw:
        result = {"environment": environment(), "latency": measure(pw, base, clicks)}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
