"""Screenshot baselines: compare a PNG with a stored one, pixel by pixel, in the browser.

Why it exists: theme tests check that each theme renders as it did when its baseline was approved,
without an image library: both PNGs are decoded by the browser (an <img> drawn on a canvas) and
compared there. A pixel counts as different when a channel differs by more than `CHANNEL_TOLERANCE`
(antialiasing); the test fails when more than `MAX_DIFFERENT` of the pixels differ, or the sizes
differ. `BLOCKLITE_UPDATE_BASELINES=1` writes the new screenshots as the baselines instead.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser

BASELINES = Path(__file__).resolve().parent / "baselines"
CHANNEL_TOLERANCE = 48
MAX_DIFFERENT = 0.005

_COMPARE = """async ([a, b, tolerance]) => {
  const load = (src) => new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("cannot decode a PNG"));
    img.src = "data:image/png;base64," + src;
  });
  const [x, y] = await Promise.all([load(a), load(b)]);
  if (x.naturalWidth !== y.naturalWidth || x.naturalHeight !== y.naturalHeight) {
    return {sameSize: false, size: [x.naturalWidth, x.naturalHeight, y.naturalWidth, y.naturalHeight]};
  }
  const pixels = (img) => {
    const c = document.createElement("canvas");
    c.width = img.naturalWidth; c.height = img.naturalHeight;
    const g = c.getContext("2d", {willReadFrequently: true});
    g.drawImage(img, 0, 0);
    return g.getImageData(0, 0, c.width, c.height).data;
  };
  const p = pixels(x), q = pixels(y);
  let different = 0;
  for (let i = 0; i < p.length; i += 4) {
    if (Math.abs(p[i] - q[i]) > tolerance || Math.abs(p[i + 1] - q[i + 1]) > tolerance ||
        Math.abs(p[i + 2] - q[i + 2]) > tolerance || Math.abs(p[i + 3] - q[i + 3]) > tolerance) different++;
  }
  return {sameSize: true, different, total: p.length / 4};
}"""


@dataclass
class Comparison:
    updated: bool
    same_size: bool = True
    different: float = 0.0
    detail: str = ""

    @property
    def matches(self) -> bool:
        return self.updated or (self.same_size and self.different <= MAX_DIFFERENT)


def compare_with_baseline(
    browser: Browser, png: bytes, name: str, update: bool | None = None
) -> Comparison:
    """Compare `png` with baselines/<name>.png (or store it there when updating).

    `update=None` follows the BLOCKLITE_UPDATE_BASELINES environment variable.
    """
    path = BASELINES / f"{name}.png"
    if update is None:
        update = os.environ.get("BLOCKLITE_UPDATE_BASELINES") == "1"
    if update or not path.exists():
        if not update:
            return Comparison(
                updated=False,
                same_size=False,
                detail=f"no baseline {path.name}: run with BLOCKLITE_UPDATE_BASELINES=1",
            )
        BASELINES.mkdir(exist_ok=True)
        path.write_bytes(png)
        return Comparison(updated=True, detail=f"wrote {path.name}")
    context = browser.new_context()
    try:
        page = context.new_page()
        result = page.evaluate(
            _COMPARE,
            [
                base64.b64encode(png).decode(),
                base64.b64encode(path.read_bytes()).decode(),
                CHANNEL_TOLERANCE,
            ],
        )
    finally:
        context.close()
    if not result["sameSize"]:
        return Comparison(updated=False, same_size=False, detail=f"sizes differ: {result['size']}")
    ratio = result["different"] / result["total"]
    return Comparison(updated=False, different=ratio, detail=f"{ratio:.2%} of pixels differ")
