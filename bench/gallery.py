"""Gallery: the time from a click to a 24-image Gallery fully shown (every image decoded).

The same app (bench/gallery_app.py) runs on blocklite's page, where each image is read from the
worker's filesystem through the shim into a blob: URL, and on real Gradio 6.31's page over
localhost HTTP: the figure is the ratio of the medians. Each run shows 24 images not shown before.

Run alone: `python3 bench/gallery.py [RUNS]` (prints JSON).
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
PAGE = REPO / "dist" / "bench-gallery.html"
COUNT = 24

SHOW = """async (count) => {
  const loaded = () => {
    const imgs = [...document.querySelectorAll('#gal img')];
    return imgs.length >= count && imgs.every((img) => img.complete && img.naturalWidth > 0);
  };
  const until = (ok) => new Promise((resolve) => {
    const check = () => (ok() ? resolve() : requestAnimationFrame(check));
    check();
  });
  document.querySelector('#clear').click();
  await until(() => document.querySelectorAll('#gal img').length === 0);
  const start = performance.now();
  document.querySelector('#show').click();
  await until(loaded);
  return performance.now() - start;
}"""


def _page_html() -> str:
    """blocklite's page: gallery_app.py's own text, as an inline app."""
    code = (HERE / "gallery_app.py").read_text().replace("</script", "<\\/script")
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" '
        'href="data:,"><title>Gallery bench</title>\n<script type="module" src="blocklite.js">'
        '</script></head><body>\n<script type="text/x-blocklite">\n'
        f"{code}</script>\n</body></html>\n"
    )


def _runs(page: Any, runs: int) -> list[float]:
    page.set_viewport_size({"width": 1280, "height": 2400})  # every thumbnail on screen
    page.evaluate(SHOW, COUNT)  # warm: the first event also loads the code paths
    return [page.evaluate(SHOW, COUNT) for _ in range(runs)]


def measure(playwright: Any, base: str, runs: int = 5) -> dict[str, Any]:
    PAGE.write_text(_page_html())
    with fresh_browser(playwright) as page:
        page.goto(f"{base}/dist/{PAGE.name}", wait_until="load", timeout=120_000)
        page.wait_for_selector("#show", timeout=120_000)
        ours = _runs(page, runs)
    log(f"blocklite gallery: {[round(t) for t in ours]} ms")
    with gradio_server("gallery_app.py") as (url, version), fresh_browser(playwright) as page:
        page.goto(url, wait_until="load", timeout=120_000)
        page.wait_for_selector("#show", timeout=120_000)
        theirs = _runs(page, runs)
    log(f"gradio gallery: {[round(t) for t in theirs]} ms")
    return {
        "images": COUNT,
        "show_ms": {"blocklite": summary(ours), "gradio": summary(theirs)},
        "show_ratio_vs_gradio": ratio(statistics.median(ours), statistics.median(theirs)),
        "gradio_version": version,
    }


def main() -> int:
    from playwright.sync_api import sync_playwright

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with static_server(REPO) as base, sync_playwright() as pw:
        result = measure(pw, base, runs)
    print(json.dumps({**result, "environment": environment()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
