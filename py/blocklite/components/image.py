"""`gr.Image`: an image uploaded, pasted or taken with the webcam (input), or shown (output).

Why it exists: the most used file component. Its value on the wire is a FileData (the page
uploads the file first, js/components/image/); the handler receives it as `type` says (a numpy
array, a PIL image or a file path) and returns any of those forms. The conversions live in
image_io.py (shared with Gallery); this module holds Gradio's parameters, the config and the
choice of form when numpy or PIL is missing (docs/files.md, "Images and optional packages").
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, Unpack

from ..events import EventListener
from ..files import cache
from ..files.file_data import FileData
from ..optional import note_fallback, optional, require
from .base import Component, ValueKeywords
from .image_io import ImageType, decode_image, encode_image, store_data_url
from .image_options import WatermarkOptions, WebcamOptions

SOURCES = ("upload", "webcam", "clipboard")
TYPES = ("numpy", "pil", "filepath")
BUTTONS = ("download", "share", "fullscreen")


def _field(kind: str, title: str, description: str) -> dict[str, Any]:
    return {
        "anyOf": [{"type": kind}, {"type": "null"}],
        "default": None,
        "description": description,
        "title": title,
    }


#: Gradio's schema of an image value (its ImageData) in /gradio_api/info.
IMAGE_DATA: dict[str, Any] = {
    "properties": {
        "path": _field("string", "Path", "Path to a local file"),
        "url": _field("string", "Url", "Publicly available url or base64 encoded image"),
        "size": _field("integer", "Size", "Size of image in bytes"),
        "orig_name": _field("string", "Orig Name", "Original filename"),
        "mime_type": _field("string", "Mime Type", "mime type of image"),
        "is_stream": {
            "default": False,
            "description": "Can always be set to False",
            "title": "Is Stream",
            "type": "boolean",
        },
        "meta": {
            "additionalProperties": True,
            "default": {"_type": "gradio.FileData"},
            "title": "Meta",
            "type": "object",
        },
    },
    "title": "ImageData",
    "type": "object",
    "additional_description": "A local filepath or publicly available URL.",
}

#: Gradio's example input (a picture in its repository), shown by /gradio_api/info.
EXAMPLE_URL = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"

#: What each form needs, in the order the packages are checked.
_NEEDS: dict[str, tuple[str, ...]] = {"numpy": ("PIL", "numpy"), "pil": ("PIL",), "filepath": ()}


class ImageKeywords(ValueKeywords, total=False):
    """The shared keywords Gradio's Image takes (all of Component's but `info`)."""

    container: bool
    scale: int | None
    min_width: int
    interactive: bool | None


def resolve_type(type: str, explicit: bool, who: str = "Image") -> ImageType:
    """The form the handler gets: `type` when its packages import; the default "numpy" without
    them falls back to "filepath" (one note), an explicit request fails naming the package.
    `who` names the component in the note and the error (ImageEditor, ImageSlider reuse this)."""
    if type not in TYPES:
        raise ValueError(
            f"Invalid value for parameter `type`: {type}. Please choose from one of: {list(TYPES)}"
        )
    for name in _NEEDS[type]:
        if optional(name) is None:
            if explicit:
                require(name, f"{who}(type={type!r})")
            note_fallback(name, f"gr.{who} passes images to functions as file paths")
            return "filepath"
    return type  # type: ignore[return-value]


def _sources(sources: Any, streaming: bool) -> list[str]:
    if sources is None:
        return ["webcam"] if streaming else list(SOURCES)
    chosen = [sources] if isinstance(sources, str) else list(sources)
    if any(source not in SOURCES for source in chosen):
        raise ValueError(f"`sources` must a list consisting of elements in {list(SOURCES)}")
    if streaming and chosen != ["webcam"]:
        raise ValueError(
            "Image streaming only available if sources is ['webcam']. Streaming not supported "
            "with multiple sources."
        )
    return chosen


def _buttons(buttons: Any) -> list[Any]:
    from .button import Button

    if buttons is None:
        return list(BUTTONS)
    out: list[Any] = []
    for button in buttons:
        if isinstance(button, str) and button in BUTTONS:
            out.append(button)
        elif isinstance(button, Button):
            out.append({"type": "button", "id": button.id, "value": button.value})
        else:
            raise ValueError(f"Image: buttons takes {list(BUTTONS)} or gr.Button, not {button!r}")
    return out


class Image(Component):
    """An image: the handler gets a numpy array, PIL image or path; it may return any of them."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "streamable",
        "format",
        "height",
        "width",
        "image_mode",
        "sources",
        "type",
        "buttons",
        "streaming",
        "preserved_by_key",
        "webcam_options",
        "placeholder",
        "watermark",
        "alt_text",
    )
    api_type: ClassVar[dict[str, Any]] = IMAGE_DATA
    python_type = "filepath"
    example_value: ClassVar[Any] = {
        "path": EXAMPLE_URL,
        "meta": {"_type": "gradio.FileData"},
        "orig_name": "bus.png",
        "url": EXAMPLE_URL,
    }

    clear = EventListener("clear", "The user cleared the image with the clear button.")
    change = EventListener("change", "The value changed (by a function or by the user).")
    stream = EventListener("stream", "A webcam frame was streamed (streaming=True).")
    select = EventListener("select", "The user clicked the image (SelectData: index [x, y]).")
    upload = EventListener("upload", "The user uploaded, pasted or captured an image.")
    input = EventListener("input", "The user changed the value.")

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: str | None = "RGB",
        sources: list[Literal["upload", "webcam", "clipboard"]] | str | None = None,
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        buttons: list[Any] | None = None,
        streaming: bool = False,
        preserved_by_key: list[str] | str | None = "value",
        webcam_options: WebcamOptions | None = None,
        placeholder: str | None = None,
        watermark: WatermarkOptions | Any | None = None,
        alt_text: str | None = None,
        **shared: Unpack[ImageKeywords],
    ) -> None:
        self.format = format
        self.height = height
        self.width = width
        self.image_mode = image_mode
        self.streaming = streaming
        self.streamable = False
        self.sources = _sources(sources, streaming)
        self.type = resolve_type(type, explicit="type" in self._constructor_args)
        self.buttons = _buttons(buttons)
        self.preserved_by_key = (
            [preserved_by_key] if isinstance(preserved_by_key, str) else preserved_by_key
        )
        options = webcam_options if webcam_options is not None else WebcamOptions()
        self.webcam_options = options.config() if isinstance(options, WebcamOptions) else options
        self.watermark_options = (
            watermark if isinstance(watermark, WatermarkOptions) else WatermarkOptions(watermark)
        )
        self.watermark = self.watermark_options.config()
        self.placeholder = placeholder
        self.alt_text = alt_text
        super().__init__(value, **shared)
        if self.show_label is None or not self.container:  # Gradio: no label outside a container
            self.show_label = bool(self.container)

    def preprocess(self, payload: Any) -> Any:
        """The page's FileData → the image as `type` says (None for no image)."""
        if payload is None:
            return None
        data = FileData.from_wire(payload) if not _is_data_url(payload) else None
        if data is None:
            path, orig_name = store_data_url(payload["url"]), None
        else:
            path, orig_name = cache.current().check_input(data.path), data.orig_name
        return decode_image(path, self.type, self.image_mode, orig_name=orig_name)

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        """A path, URL, PIL image or numpy array → the FileData the page shows."""
        if isinstance(value, dict) and "path" in value and not _is_data_url(value):
            return cache.current().with_url(FileData.from_wire(value).model_dump())
        options = self.watermark_options
        return encode_image(
            value, self.format, watermark=options.watermark, position=options.position
        )

    def example_payload(self) -> Any:
        return dict(self.example_value)


def _is_data_url(payload: Any) -> bool:
    url = payload.get("url") if isinstance(payload, dict) else None
    return isinstance(url, str) and url.startswith("data:") and not payload.get("path")
