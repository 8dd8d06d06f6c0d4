"""Dataframe: a 10,000-row table, from a click to its first rows painted, and the frame times while
a script scrolls it from top to bottom.

The same app (bench/dataframe_app.py) runs on blocklite's page and on real Gradio 6.31's page over
localhost HTTP. Figures: the ratio of the median time to first paint (click → a cell of the new
table laid out, one frame later), and the median and p90 of the requestAnimationFrame intervals
during a scripted scroll (SCROLL_FRAMES frames, an equal step each), each as blocklite / Gradio.
A frame time near 16.7 ms is a smooth 60 Hz scroll.

Run alone: `python3 bench/dataframe.py [RUNS]` (prints JSON).
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
PAGE = REPO / "dist" / "bench-dataframe.html"
SCROLL_FRAMES = 180

SHOW = """async (run) => {
  // a leaf element showing a cell of this run's table, laid out (Gradio's cells are not all <td>)
  const painted = () => [...document.querySelectorAll('#df *')].some((el) =>
    el.childElementCount === 0 && el.textContent.trim().startsWith(`r${run} row `)
    && el.getBoundingClientRect().height > 0);
  const until = (ok) => new Promise((resolve) => {
    const check = () => (ok() ? resolve() : requestAnimationFrame(check));
    check();
  });
  const start = performance.now();
  document.querySelector('#show').click();
  await until(painted);
  await new Promise((r) => requestAnimationFrame(() => r()));
  return performance.now() - start;
}"""

SCROLL = """async (frames) => {
  const all = [...document.querySelectorAll('#df *')];
  const box = all.find((el) => el.scrollHeight > el.clientHeight + 1000);
  if (!box) throw new Error('no scrolled element in #df');
  box.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const step = (box.scrollHeight - box.clientHeight) / frames;
  const intervals = [];
  let last = performance.now();
  for (let i = 1; i <= frames; i++) {
    box.scrollTop = step * i;
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
}"""


def _page_html() -> str:
    """blocklite's page: dataframe_app.py's own text, as an inline app."""
    code = (HERE / "dataframe_app.py").read_text().replace("</script", "<\\/script")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" '
        'href="data:,"><title>Dataframe bench</title>\n<script type="module" src="blocklite.js">'
        '</script></head><body>\n<script type="text/x-blocklite">\n'
        f"{code}</script>\n</body></html>\n"
    )


def _runs(page: Any, runs: int) -> tuple[list[float], list[float]]:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.evaluate(SHOW, 0)  # warm: the first event also loads the code paths
    paints = [page.evaluate(SHOW, run) for run in range(1, runs + 1)]
    frames: list[float] = []
    for _ in range(runs):
        frames.extend(page.evaluate(SCROLL, SCROLL_FRAMES))
    return paints, frames


def _frames(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))], 2),
        "max_ms": round(ordered[-1], 2),
        "frames": len(ordered),
    }


def measure(playwright: Any, base: str, runs: int = 3) -> dict[str, Any]:
    PAGE.write_text(_page_html())
    with fresh_browser(playwright) as page:
        page.goto(f"{base}/dist/{PAGE.name}", wait_until="load", timeout=120_000)
        page.wait_for_selector("#show", timeout=120_000)
        ours, our_frames = _runs(page, runs)
    log(f"blocklite dataframe: paint {[round(t) for t in ours]} ms")
    with gradio_server("dataframe_app.py") as (url, version), fresh_browser(playwright) as page:
        page.goto(url, wait_until="load", timeout=120_000)
        page.wait_for_selector("#show", timeout=120_000)
        theirs, their_frames = _runs(page, runs)
    log(f"gradio dataframe: paint {[round(t) for t in theirs]} ms")
    mine, other = _frames(our_frames), _frames(their_frames)
    return {
        "rows": 10_000,
        "first_paint_ms": {"blocklite": summary(ours), "gradio": summary(theirs)},
        "first_paint_ratio_vs_gradio": ratio(statistics.median(ours), statistics.median(theirs)),
        "scroll_frame_ms": {"blocklite": mine, "gradio": other},
        "scroll_frame_median_ratio_vs_gradio": ratio(mine["median_ms"], other["median_ms"]),
        "scroll_frame_p90_ratio_vs_gradio": ratio(mine["p90_ms"], other["p90_ms"]),
        "gradio_version": version,
    }


def main() -> int:
    from playwright.sync_api import sync_playwright

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with static_server(REPO) as base, sync_playwright() as pw:
        result = measure(pw, base, runs)
    print(json.dumps({**result, "environment": environment()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
