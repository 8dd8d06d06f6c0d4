"""`gr.ImageEditor`: draw on an image (or a blank canvas) with brush, eraser, layers and crop.

Why it exists: Gradio's editing component (and, in editor_templates.py, its templates Sketchpad,
Paint and ImageMask). Its value is Gradio's EditorData, `{"background", "layers", "composite"}`
with each image a FileData: the page (js/components/imageeditor/) exports the background, every
layer and the flattened composite as PNGs, uploads them and sends that dict. The handler gets
the same dict (EditorValue) with images as `type` says (editor_io.py); it may return such a dict
or one image (then the background and the composite). Gradio's page sends blobs to a server
function (`accept_blobs`) instead; blocklite's page uploads files, which Gradio's preprocess
takes too, so no server function is needed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar, Literal, TypedDict, Unpack

from ..errors import Error
from ..events import EventListener
from ..files import cache
from ..files.file_data import FILE_DATA_SCHEMA, FileData, example_file
from .base import Component
from .editor_io import decode_editor_image
from .editor_options import Brush, Eraser, LayerOptions, layers_config, tool_config
from .image import SOURCES, ImageKeywords, resolve_type
from .image_io import encode_image
from .image_options import WebcamOptions

_BUS = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
_FILE_DATA = {"$ref": "#/$defs/FileData"}
_NULLABLE_FILE = {"anyOf": [_FILE_DATA, {"type": "null"}], "default": None}

#: Gradio's EditorData schema in /gradio_api/info.
EDITOR_DATA: dict[str, Any] = {
    "$defs": {
        "FileData": {k: v for k, v in FILE_DATA_SCHEMA.items() if k != "$defs"},
        **FILE_DATA_SCHEMA["$defs"],
    },
    "properties": {
        "background": _NULLABLE_FILE,
        "layers": {"default": [], "items": _FILE_DATA, "title": "Layers", "type": "array"},
        "composite": _NULLABLE_FILE,
        "id": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None, "title": "Id"},
    },
    "title": "EditorData",
    "type": "object",
}


class EditorValue(TypedDict):
    """What the handler receives (and may return): images as `type` says."""

    background: Any
    layers: list[Any]
    composite: Any


def _sources(sources: Any) -> list[str]:
    if sources is None:
        return []
    chosen = [sources] if isinstance(sources, str) else list(sources)
    if any(source not in SOURCES for source in chosen):
        raise ValueError(f"`sources` must be a list consisting of elements in {list(SOURCES)}")
    return chosen


class ImageEditor(Component):
    """An image editor: the handler gets `{"background", "layers", "composite"}`."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "height",
        "width",
        "image_mode",
        "sources",
        "type",
        "buttons",
        "preserved_by_key",
        "placeholder",
        "transforms",
        "eraser",
        "brush",
        "format",
        "layers",
        "canvas_size",
        "fixed_canvas",
        "webcam_options",
    )
    api_type: ClassVar[dict[str, Any]] = EDITOR_DATA
    python_type = "dict"
    example_value: ClassVar[Any] = {
        "background": example_file(_BUS),
        "layers": [],
        "composite": None,
    }

    clear = EventListener("clear", "The user cleared the editor.")
    change = EventListener("change", "The value changed (by a function or by the user).")
    input = EventListener("input", "The user changed the image (a stroke, a crop, an upload).")
    select = EventListener("select", "The user clicked the image (SelectData).")
    upload = EventListener("upload", "The user uploaded, pasted or captured a background.")
    apply = EventListener("apply", "The user applied a change (a crop, a finished stroke).")

    def __init__(
        self,
        value: Any = None,
        *,
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: str = "RGBA",
        sources: Any = ("upload", "webcam", "clipboard"),
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        buttons: list[str] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        placeholder: str | None = None,
        _selectable: bool = False,
        transforms: Any = ("crop", "resize"),
        eraser: Eraser | Literal[False] | None = None,
        brush: Brush | Literal[False] | None = None,
        format: str = "webp",
        layers: bool | LayerOptions = True,
        canvas_size: tuple[int, int] = (800, 800),
        fixed_canvas: bool = False,
        webcam_options: WebcamOptions | None = None,
        **shared: Unpack[ImageKeywords],
    ) -> None:
        self._selectable = _selectable
        options = webcam_options if webcam_options is not None else WebcamOptions()
        self.webcam_options = options.config() if isinstance(options, WebcamOptions) else options
        self.type = resolve_type(type, explicit="type" in self._constructor_args, who="ImageEditor")
        self.height = height
        self.width = width
        self.image_mode = image_mode
        self.sources = _sources(sources)
        self.buttons = list(buttons) if buttons is not None else None
        self.preserved_by_key = (
            [preserved_by_key] if isinstance(preserved_by_key, str) else preserved_by_key
        )
        self.transforms = list(transforms) if transforms is not None else None
        self.eraser = tool_config(eraser, Eraser)
        self.brush = tool_config(brush, Brush)
        self.format = format
        self.layers = layers_config(layers)
        self.canvas_size = list(canvas_size)
        self.fixed_canvas = fixed_canvas
        self.placeholder = placeholder
        super().__init__(value, **shared)
        if self.show_label is None:
            self.show_label = True

    def normalize_prop(self, name: str, value: Any) -> Any:
        if name in ("brush", "eraser"):
            return tool_config(value, Brush if name == "brush" else Eraser)
        if name == "layers":
            return layers_config(value)
        if name in ("canvas_size", "transforms", "sources") and isinstance(value, tuple):
            return list(value)
        return value

    # -- preprocess -----------------------------------------------------------------------------

    def preprocess(self, payload: Any) -> EditorValue | None:
        """The page's EditorData → `{"background", "layers", "composite"}` as `type` says."""
        if payload is None:
            return None
        if not isinstance(payload, dict):
            raise Error(f"{self.describe()}: the value must be a dict of images, not {payload!r}.")
        layers = payload.get("layers") or []
        if not isinstance(layers, list):
            raise Error(f"{self.describe()}: 'layers' must be a list of images.")
        received = [self._receive(layer, flatten=False) for layer in layers]
        return {
            "background": self._receive(payload.get("background"), flatten=True),
            "layers": [layer for layer in received if layer is not None],
            "composite": self._receive(payload.get("composite"), flatten=True),
        }

    def _receive(self, item: Any, *, flatten: bool) -> Any:
        if item is None:
            return None
        try:
            data = FileData.from_wire(item)
        except ValueError as error:
            raise Error(f"{self.describe()}: {error}") from None
        path = cache.current().check_input(data.path)
        return decode_editor_image(
            path,
            self.type,
            self.image_mode,
            self.format,
            orig_name=data.orig_name,
            flatten_on_white=flatten,
        )

    # -- postprocess ----------------------------------------------------------------------------

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        """An EditorValue dict, or one image (the background and the composite) → EditorData."""
        if value is None:
            return None
        if not isinstance(value, dict):
            if not _is_image(value):
                raise ValueError(
                    "The value to `gr.ImageEditor` must be a dictionary of images or a single "
                    "image."
                )
            value = {"background": value, "layers": [], "composite": value}
        return {
            "background": self._send(value.get("background")),
            "layers": [self._send(layer) for layer in value.get("layers") or []],
            "composite": self._send(value.get("composite")),
            "id": None,
        }

    def _send(self, image: Any) -> dict[str, Any] | None:
        if image is None:
            return None
        if isinstance(image, dict) and "path" in image:  # a FileData (an input echoed back)
            return cache.current().with_url(FileData.from_wire(image).model_dump())
        return encode_image(image, self.format)

    def example_payload(self) -> Any:
        return dict(self.example_value)


def _is_image(value: Any) -> bool:
    if isinstance(value, (str, Path, os.PathLike)):
        return True
    module = type(value).__module__
    return module == "numpy" or module.startswith("PIL")
