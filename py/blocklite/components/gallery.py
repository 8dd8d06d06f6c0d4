"""`Gallery`: a grid of images (and videos), with captions, a preview and selection.

The value on the wire is Gradio's GalleryData: a list of `{"image": FileData, "caption": ...}` or
`{"video": FileData, "caption": ...}`. A handler returns a list of media, or of `(media, caption)`
pairs, where an image is a path, URL, `Path`, PIL image or numpy array (encoded by image_io.py, as
gr.Image does) and a video is a path or URL; it receives a list of `(media, caption)` tuples,
images as `type` says.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from ..files import cache
from ..files.file_data import FILE_DATA_SCHEMA, FileData
from .base import Component, ComponentKeywords
from .file_types import check_file_type
from .image import IMAGE_DATA
from .image_io import ImageType, decode_image, encode_image

GalleryItem = dict[str, Any]

_CAPTION = {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None, "title": "Caption"}

#: GalleryData's schema in /gradio_api/info (images or videos, each with a caption).
GALLERY_SCHEMA: dict[str, Any] = {
    "$defs": {
        "FileData": {k: v for k, v in FILE_DATA_SCHEMA.items() if k != "$defs"},
        **FILE_DATA_SCHEMA["$defs"],
        "ImageData": IMAGE_DATA,
        "GalleryImage": {
            "properties": {"image": {"$ref": "#/$defs/ImageData"}, "caption": _CAPTION},
            "required": ["image"],
            "title": "GalleryImage",
            "type": "object",
        },
        "GalleryVideo": {
            "properties": {"video": {"$ref": "#/$defs/FileData"}, "caption": _CAPTION},
            "required": ["video"],
            "title": "GalleryVideo",
            "type": "object",
        },
    },
    "items": {"anyOf": [{"$ref": "#/$defs/GalleryImage"}, {"$ref": "#/$defs/GalleryVideo"}]},
    "title": "GalleryData",
    "type": "array",
}

_BUS = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
_TYPES = ("numpy", "pil", "filepath")
_DEFAULT_BUTTONS = ["share", "download", "download_all", "fullscreen"]


class Gallery(Component):
    """Images and videos in a grid; click one to preview it large."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "format",
        "file_types",
        "columns",
        "rows",
        "height",
        "allow_preview",
        "preview",
        "selected_index",
        "object_fit",
        "buttons",
        "type",
        "fit_columns",
        "sources",
    )
    api_type: ClassVar[dict[str, Any]] = GALLERY_SCHEMA
    python_type = (
        "list[dict(image: filepath, caption: str | None)"
        " | dict(video: filepath, caption: str | None)]"
    )
    example_value: ClassVar[Any] = [
        {
            "image": {
                "path": _BUS,
                "meta": {"_type": "gradio.FileData"},
                "orig_name": "bus.png",
                "url": _BUS,
            }
        }
    ]

    select = EventListener("select", "The user clicked an item (SelectData: index, value).")
    upload = EventListener("upload", "The user uploaded images.")
    change = EventListener("change", "The value changed.")
    delete = EventListener("delete", "The user removed an item (DeletedFileData).")
    preview_close = EventListener("preview_close", "The user closed the preview.")
    preview_open = EventListener("preview_open", "The user opened the preview.")

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        file_types: list[str] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        columns: int | list[int] | None = 2,
        rows: int | list[int] | None = None,
        height: int | float | str | None = None,
        allow_preview: bool = True,
        preview: bool | None = None,
        selected_index: int | None = None,
        object_fit: Literal["contain", "cover", "fill", "none", "scale-down"] | None = None,
        buttons: list[Any] | None = None,
        type: ImageType = "filepath",
        fit_columns: bool = True,
        sources: list[Literal["upload", "webcam", "clipboard"]] | None = None,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        if type not in _TYPES:
            raise ValueError(f"Invalid type: {type}. Must be one of {list(_TYPES)}")
        self.format = format
        self.file_types = file_types
        self.preserved_by_key = preserved_by_key
        self.columns = columns
        self.rows = rows
        self.height = height
        self.allow_preview = allow_preview
        self.preview = preview
        self.selected_index = selected_index
        self.object_fit = object_fit
        self.buttons = list(_DEFAULT_BUTTONS if buttons is None else buttons)
        self.type = type
        self.fit_columns = fit_columns
        self.sources = list(sources or ["upload"])
        super().__init__(value, **shared)

    # -- page → function ---------------------------------------------------------------------

    def preprocess(self, payload: Any) -> list[tuple[Any, str | None]] | None:
        """GalleryData → `[(media, caption), ...]` (None when empty, as Gradio)."""
        if not payload:
            return None
        if not isinstance(payload, list):
            raise Error(f"{self.describe()}: a gallery value is a list, got {payload!r}")
        return [self._receive(item) for item in payload]

    def _receive(self, item: Any) -> tuple[Any, str | None]:
        if not isinstance(item, dict) or not isinstance(item.get("image", item.get("video")), dict):
            raise Error(f"{self.describe()}: each item needs an 'image' or 'video' FileData")
        is_video = "video" in item and "image" not in item
        try:
            data = FileData.from_wire(item["video"] if is_video else item["image"])
            path = cache.current().check_input(data.path)
        except (ValueError, cache.InvalidPathError) as error:
            raise Error(f"{self.describe()}: {error}") from None
        check_file_type(data.orig_name or path, self.file_types)
        caption = item.get("caption")
        caption = caption if isinstance(caption, str) else None
        if is_video:
            return path, caption
        return decode_image(path, self.type, None, orig_name=data.orig_name), caption

    # -- function → page ---------------------------------------------------------------------

    def postprocess(self, value: Any) -> list[GalleryItem]:
        """A list of media or `(media, caption)` → GalleryData (an empty list for None)."""
        if value is None:
            return []
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise ValueError(
                "The `value` passed into `gr.Gallery` must be a list of images or videos, or "
                "list of (media, caption) tuples."
            )
        return [self._send(item) for item in value]

    def _send(self, item: Any) -> GalleryItem:
        if isinstance(item, dict) and ("image" in item or "video" in item):
            return self._send_echo(item)
        media, caption = item if isinstance(item, (tuple, list)) else (item, None)
        caption = None if caption is None else str(caption)
        if isinstance(media, (str, os.PathLike)):
            text = os.fspath(media)
            mime = cache.mime_type_of(text.split("?", 1)[0])
            if mime is not None and mime.startswith("video/"):
                return {
                    "video": cache.current().file_data(text, orig_name=_name(text)),
                    "caption": caption,
                }
        return {"image": encode_image(media, self.format), "caption": caption}

    def _send_echo(self, item: dict[str, Any]) -> GalleryItem:
        """An item already in GalleryData form (the page's value handed back)."""
        key = "video" if "video" in item and "image" not in item else "image"
        data = item[key]
        if isinstance(data, dict) and isinstance(data.get("path"), str):
            path = data["path"]
            files = cache.current()
            known = not path.startswith(("http://", "https://"))
            try:
                sent = files.with_url(data) if known else files.file_data(path)
            except cache.InvalidPathError:
                sent = files.file_data(path, orig_name=data.get("orig_name"))
        else:
            raise Error(f"{self.describe()}: a gallery {key} needs a 'path'")
        return {key: sent, "caption": item.get("caption")}


def _name(text: str) -> str:
    return Path(text.split("?", 1)[0]).name
