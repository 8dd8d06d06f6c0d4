"""Shared pieces of the benchmarks: a fresh Chromium per run, the static server, statistics.

Everything runs on 127.0.0.1. Chromium resolves every other host to "not found"
(`--host-resolver-rules`), so a page that reaches for the network (web fonts, telemetry) fails at
once instead of waiting on a timeout, and no request leaves the machine.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("BENCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def log(*parts: object) -> None:
    """Progress goes to stderr; stdout carries only the JSON result."""
    print("[bench]", *parts, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def static_server(directory: Path = REPO) -> Iterator[str]:
    """Serve `directory` with blocklite's own dev server in a thread; yields the base URL."""
    try:
        from blocklite.cli import make_server  # installed editable by scripts/setup.sh
    except ImportError:
        sys.path.insert(0, str(REPO / "py"))
        from blocklite.cli import make_server

    server = make_server(directory, "127.0.0.1", 0)
    host, port = server.server_address[:2]
    thread = threading.Thread(target=server.serve_forever, name="bench-static", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextlib.contextmanager
def fresh_browser(playwright: Any) -> Iterator[Any]:
    """A new Chromium process with a new, empty profile (no HTTP cache, no wasm code cache).

    Yields a page of a persistent context whose user-data-dir is deleted afterwards.
    """
    profile = tempfile.mkdtemp(prefix="blocklite-bench-profile-")
    try:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1280, "height": 800},
        )
        try:
            page = context.pages[0] if context.pages else context.new_page()
            yield page
        finally:
            context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def summary(samples: list[float]) -> dict[str, Any]:
    """Median/p50/p90/min/max of samples in ms (nearest-rank percentiles), plus the samples."""
    ordered = sorted(samples)

    def rank(p: float) -> float:
        k = max(0, min(len(ordered) - 1, math.ceil(p * len(ordered) / 100) - 1))
        return round(ordered[k], 2)

    return {
        "n": len(ordered),
        "median_ms": round(statistics.median(ordered), 2),
        "p50_ms": rank(50),
        "p90_ms": rank(90),
        "min_ms": round(ordered[0], 2),
        "max_ms": round(ordered[-1], 2),
        "samples_ms": [round(s, 2) for s in samples],
    }


def ratio(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def chromium_version() -> str:
    try:
        out = subprocess.run(
            [CHROMIUM, "--version"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return out.strip()


def environment() -> dict[str, Any]:
    """Facts about the machine and the versions measured."""
    pyodide_pkg = REPO / "node_modules" / "pyodide" / "package.json"
    pyodide_version = None
    if pyodide_pkg.exists():
        pyodide_version = json.loads(pyodide_pkg.read_text())["version"]
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "chromium": chromium_version(),
        "pyodide": pyodide_version,
        "cores": os.cpu_count(),
        "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()],
        "python": sys.version.split()[0],
        "platform": sys.platform,
        "git_commit": commit + ("+dirty" if dirty else ""),
        "date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
