"""`gr.WebcamOptions` and `gr.WatermarkOptions`: the option records `gr.Image` takes.

Why it exists: Gradio passes these as small dataclasses (`webcam_options=gr.WebcamOptions(mirror=
False)`), and pasted apps build them by name; each becomes a plain dict in the config, as Gradio
writes it.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


@dataclasses.dataclass
class WebcamOptions:
    """The webcam source: `mirror` the preview (and the capture), `constraints` for
    `getUserMedia` (e.g. `{"video": {"width": 640}}`)."""

    mirror: bool = True
    constraints: dict[str, Any] | None = None

    def config(self) -> dict[str, Any]:
        return {"mirror": bool(self.mirror), "constraints": self.constraints}


@dataclasses.dataclass
class WatermarkOptions:
    """A watermark image (a path, PIL image or numpy array) pasted on each shown image, at a
    corner name or an (x, y) position."""

    watermark: Any = None
    position: tuple[int, int] | str = "bottom-right"

    def __post_init__(self) -> None:
        if isinstance(self.position, str) and self.position not in CORNERS:
            raise ValueError(f"Watermark position must be one of {list(CORNERS)} or (x, y).")

    def config(self) -> dict[str, Any]:
        mark = self.watermark
        shown = os.fspath(mark) if isinstance(mark, (str, Path)) else None
        position = list(self.position) if isinstance(self.position, tuple) else self.position
        return {"watermark": shown, "position": position}
