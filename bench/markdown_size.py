"""Markdown size: time to show 1, 2, 5 MB of plain text and a 2,000-column table in a gr.Markdown.

One fresh Chromium opens bench/markdown_size.html; bench/markdown_size.js builds each text in the
page, sets it as the Markdown's value and reports the time until the first piece is laid out,
until the whole text is shown and laid out (long texts render in pieces, one per task), and the
longest main-thread task meanwhile (how long the page froze). Target: at most 1 s per MB of plain
text, and no long freeze. The other text displays (tb Textbox, code, json, hl HighlightedText,
label, chat: one assistant message) are timed with 5 MB values the same way.

Run alone: `python3 bench/markdown_size.py [ROUNDS]` (prints JSON).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from common import REPO, environment, fresh_browser, log, static_server, summary

HERE = Path(__file__).parent
LOOP = (HERE / "markdown_size.js").read_text()
PATH = "/bench/markdown_size.html"
CASES = [
    {"name": "plain_1mb", "kind": "plain", "bytes": 1_000_000, "columns": 0},
    {"name": "plain_2mb", "kind": "plain", "bytes": 2_000_000, "columns": 0},
    {"name": "plain_5mb", "kind": "plain", "bytes": 5_000_000, "columns": 0},
    {"name": "table_2000_columns", "kind": "table", "bytes": 208_000, "columns": 2000},
]
#: The other text displays with a 5 MB value (bench/markdown_size.js `target`).
CASES += [
    {"name": f"{target}_5mb", "kind": "plain", "bytes": 5_000_000, "columns": 0, "target": target}
    for target in ("tb", "code", "json", "hl", "label", "chat")
]


def measure(playwright: Any, base: str, rounds: int) -> dict[str, Any]:
    """`rounds` runs of every case in one page; medians per case and ms per MB of plain text."""
    runs: dict[str, list[dict[str, Any]]] = {c["name"]: [] for c in CASES}
    with fresh_browser(playwright) as page:
        page.goto(base + PATH, wait_until="load", timeout=120_000)
        page.wait_for_selector("#md-size .blocklite-prose", timeout=120_000)
        for i in range(rounds):
            for case in CASES:
                result = dict(page.evaluate(LOOP, case))
                runs[case["name"]].append(result)
                took = f"{result['full_ms']:.0f} ms"
                log(f"markdown size round {i + 1}/{rounds}: {case['name']} {took}")
    out: dict[str, Any] = {}
    for case in CASES:
        samples = runs[case["name"]]
        out[case["name"]] = {
            "bytes": samples[0]["bytes"],
            "full": summary([s["full_ms"] for s in samples]),
            "first": summary([s["first_ms"] for s in samples]),
            "longest_task_ms_max": max(s["longest_task_ms"] for s in samples),
        }
    per_mb = [
        out[name]["full"]["median_ms"] / (out[name]["bytes"] / 1_000_000)
        for name in ("plain_1mb", "plain_2mb", "plain_5mb")
    ]
    out["plain_ms_per_mb_max"] = round(max(per_mb), 1)
    return out


def main() -> int:
    from playwright.sync_api import sync_playwright

    rounds = max(1, int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    with static_server(REPO) as base, sync_playwright() as pw:
        result = {"environment": environment(), "markdown_size": measure(pw, base, rounds)}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
