"""`gr.Sketchpad`, `gr.Paint` and `gr.ImageMask`: ImageEditors with other defaults (Gradio's
templates.py).

Why it exists: pasted apps use these names as often as ImageEditor itself. Each is an
ImageEditor whose config type stays "imageeditor" (as Gradio's templates do); only defaults
differ: Sketchpad and Paint start from a blank canvas (no sources) with crop only, Sketchpad and
ImageMask draw with one fixed black brush, ImageMask has no layer tool.
"""

from __future__ import annotations

from typing import Any

from .editor_options import Brush, LayerOptions
from .image_editor import ImageEditor


def _black_brush() -> Brush:
    return Brush(colors=["#000000"], color_mode="fixed")


class Sketchpad(ImageEditor):
    """A blank canvas and a black pen."""

    block_type = "imageeditor"

    def __init__(
        self,
        value: Any = None,
        *,
        sources: Any = (),
        transforms: Any = ("crop",),
        brush: Brush | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            value, sources=sources, transforms=transforms, brush=brush or _black_brush(), **kwargs
        )


class Paint(ImageEditor):
    """A blank canvas with the colour palette."""

    block_type = "imageeditor"

    def __init__(
        self, value: Any = None, *, sources: Any = (), transforms: Any = ("crop",), **kwargs: Any
    ) -> None:
        super().__init__(value, sources=sources, transforms=transforms, **kwargs)


class ImageMask(ImageEditor):
    """An image to paint a mask on: black brush, no layer tool."""

    block_type = "imageeditor"

    def __init__(
        self,
        value: Any = None,
        *,
        transforms: Any = ("crop",),
        brush: Brush | None = None,
        layers: bool | LayerOptions = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            value, transforms=transforms, brush=brush or _black_brush(), layers=layers, **kwargs
        )
