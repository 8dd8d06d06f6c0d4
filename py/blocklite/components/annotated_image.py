"""`gr.AnnotatedImage`: an image with labelled boxes and masks drawn over it, and a legend.

Why it exists: Gradio's detection/segmentation output. A handler returns `(image, [(box_or_mask,
label), ...])`; each annotation becomes an overlay PNG the size of the image, in the label's
`color_map` colour (red otherwise), as Gradio makes it (annotation_masks.py, which needs no
package for boxes). The wire value is Gradio's AnnotatedImageData, `{"image": FileData,
"annotations": [{"image": FileData, "label"}]}`; as an input the handler gets `(path, [(mask
path, label), ...])`. The page (js/components/annotatedimage/) shows the overlays, the legend
and fires `select` with the annotation's index and label.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar, Unpack

from ..errors import Error
from ..events import EventListener
from ..files import cache
from ..files.file_data import FILE_DATA_SCHEMA, FileData, example_file
from ..optional import optional
from .annotation_masks import Color, array_mask, box_mask, hex_to_rgb, image_size
from .base import Component, ValueKeywords
from .image_io import _is_array, _is_pil_image, encode_image
from .image_slider import default_buttons

_BUS = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"

#: Gradio's AnnotatedImageData schema in /gradio_api/info.
ANNOTATED_IMAGE_DATA: dict[str, Any] = {
    "$defs": {
        "Annotation": {
            "properties": {
                "image": {"$ref": "#/$defs/FileData"},
                "label": {"title": "Label", "type": "string"},
            },
            "required": ["image", "label"],
            "title": "Annotation",
            "type": "object",
        },
        "FileData": {k: v for k, v in FILE_DATA_SCHEMA.items() if k != "$defs"},
        **FILE_DATA_SCHEMA["$defs"],
    },
    "properties": {
        "image": {"$ref": "#/$defs/FileData"},
        "annotations": {
            "items": {"$ref": "#/$defs/Annotation"},
            "title": "Annotations",
            "type": "array",
        },
    },
    "required": ["image", "annotations"],
    "title": "AnnotatedImageData",
    "type": "object",
}


class AnnotatedImageKeywords(ValueKeywords, total=False):
    """Gradio's AnnotatedImage takes Component's keywords but `info` and `interactive`."""

    container: bool
    scale: int | None
    min_width: int


class AnnotatedImage(Component):
    """An image with labelled boxes and masks over it (output only)."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "format",
        "show_legend",
        "height",
        "width",
        "color_map",
        "preserved_by_key",
        "buttons",
    )
    api_type: ClassVar[dict[str, Any]] = ANNOTATED_IMAGE_DATA
    python_type = "tuple[str, list[tuple[str, str]]]"
    example_value: ClassVar[Any] = {"image": example_file(_BUS), "annotations": []}

    change = EventListener("change", "The value changed.")
    select = EventListener("select", "The user clicked an annotation (SelectData: index, value).")

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        show_legend: bool = True,
        height: int | str | None = None,
        width: int | str | None = None,
        color_map: dict[str, str] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        buttons: list[Any] | None = None,
        **shared: Unpack[AnnotatedImageKeywords],
    ) -> None:
        self.format = format
        self.show_legend = show_legend
        self.height = height
        self.width = width
        self.color_map = color_map
        self.buttons = default_buttons(buttons, ["fullscreen"])
        self.preserved_by_key = (
            [preserved_by_key] if isinstance(preserved_by_key, str) else preserved_by_key
        )
        super().__init__(value, **shared)
        if self.show_label is None:
            self.show_label = True

    def preprocess(self, payload: Any) -> tuple[str, list[tuple[str, str]]] | None:
        """AnnotatedImageData → `(image path, [(mask path, label), ...])`."""
        if payload is None:
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("annotations"), list):
            raise Error(f"{self.describe()}: the value must be {{'image', 'annotations'}}.")
        store = cache.current()
        try:
            base = store.check_input(FileData.from_wire(payload.get("image")).path)
            annotations = [
                (store.check_input(FileData.from_wire(a["image"]).path), str(a["label"]))
                for a in payload["annotations"]
            ]
        except (ValueError, KeyError, TypeError) as error:
            raise Error(f"{self.describe()}: {error}") from None
        return (base, annotations)

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        """`(image, [(box or mask, label), ...])` → the image and one overlay per annotation."""
        if value is None:
            return None
        if not isinstance(value, (list, tuple)) or len(value) != 2:
            raise ValueError(
                f"{self.describe()} expects (image, [(box or mask, label), ...]), "
                f"got {type(value).__name__}"
            )
        base, annotations = value
        image = self._base(base)
        size = _size_of(base, image["path"])
        colors = self.color_map or {}
        sections = []
        for item in annotations:
            mask, label = item
            color = hex_to_rgb(colors[label]) if label in colors else (255, 0, 0)
            png = self._overlay(mask, size, color)
            path = cache.current().store_bytes(png, "mask.png")
            sections.append({"image": cache.current().file_data(path), "label": str(label)})
        return {"image": image, "annotations": sections}

    def _base(self, base: Any) -> dict[str, Any]:
        if isinstance(base, str) and base.startswith(("http://", "https://")):
            base = cache.current().store_url(base)  # as Gradio: its size is needed for boxes
        if isinstance(base, (str, Path)) or _is_array(base) or _is_pil_image(base):
            data = encode_image(base, self.format)
            assert data is not None
            return data
        raise ValueError(
            "AnnotatedImage only accepts filepaths, PIL images or numpy arrays for the base image."
        )

    def _overlay(self, mask: Any, size: tuple[int, int] | None, color: Color) -> bytes:
        if _is_array(mask):
            return array_mask(mask, color)
        if size is None:
            raise ValueError(
                f"{self.describe()}: cannot tell the size of the base image to draw a box on "
                "(a PNG, GIF, JPEG, WebP or BMP file, or a PIL image / numpy array)."
            )
        return box_mask(size[0], size[1], mask, color)


def _size_of(base: Any, stored: str) -> tuple[int, int] | None:
    """(width, height) of the base image: from the array or PIL image, else the stored file."""
    if _is_array(base):
        return int(base.shape[1]), int(base.shape[0])
    if _is_pil_image(base):
        return base.size
    if stored.startswith(("http://", "https://")) or not os.path.isfile(stored):
        return None
    size = image_size(stored)
    if size is None and optional("PIL") is not None:
        pil_image = optional("PIL.Image")
        if pil_image is not None:
            with pil_image.open(stored) as image:
                return image.size
    return size
