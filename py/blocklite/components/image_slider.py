"""`gr.ImageSlider`: two images over each other, a draggable divider showing one or the other.

Why it exists: Gradio's before/after comparison. Its value on the wire is Gradio's SliderData, a
pair `[ImageData | None, ImageData | None]`; each image is read and written exactly as gr.Image
reads and writes one (image_io.py, with the same fallbacks when numpy or PIL is missing), so the
handler gets a tuple of two numpy arrays, PIL images or paths and returns a tuple of any image
forms. The page: js/components/imageslider/.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from ..files import cache
from ..files.file_data import FileData, example_file
from .base import Component
from .image import IMAGE_DATA, ImageKeywords, _is_data_url, resolve_type
from .image_io import decode_image, encode_image, store_data_url

_BUS = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
_IMAGE_OR_NULL = {"anyOf": [{"$ref": "#/$defs/ImageData"}, {"type": "null"}]}

#: Gradio's SliderData schema in /gradio_api/info.
SLIDER_DATA: dict[str, Any] = {
    "$defs": {"ImageData": IMAGE_DATA},
    "anyOf": [
        {
            "maxItems": 2,
            "minItems": 2,
            "prefixItems": [_IMAGE_OR_NULL, _IMAGE_OR_NULL],
            "type": "array",
        },
        {"type": "null"},
    ],
    "title": "SliderData",
}


def default_buttons(buttons: list[Any] | None, default: list[str]) -> list[Any]:
    """Gradio's `set_default_buttons`: the default list for None, else the buttons given (a
    gr.Button as the page's `{type, id, value}`)."""
    from .button import Button

    if buttons is None:
        return list(default)
    return [
        {"type": "button", "id": b.id, "value": b.value} if isinstance(b, Button) else b
        for b in buttons
    ]


class ImageSlider(Component):
    """Two images compared with a divider: the handler gets and returns a pair of images."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "streamable",
        "format",
        "height",
        "width",
        "image_mode",
        "type",
        "buttons",
        "preserved_by_key",
        "slider_position",
        "max_height",
    )
    api_type: ClassVar[dict[str, Any]] = SLIDER_DATA
    python_type = "tuple[filepath, filepath]"
    example_value: ClassVar[Any] = [example_file(_BUS), example_file(_BUS)]

    clear = EventListener("clear", "The user cleared the images.")
    change = EventListener("change", "The value changed (by a function or by the user).")
    stream = EventListener("stream", "Accepted as Gradio's; the page streams nothing.")
    select = EventListener("select", "The user clicked the image.")
    upload = EventListener("upload", "The user uploaded an image.")
    input = EventListener("input", "The user changed the value.")

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: str | None = "RGB",
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        buttons: list[Any] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        slider_position: float = 50,
        max_height: int = 500,
        **shared: Unpack[ImageKeywords],
    ) -> None:
        self.format = format
        self.slider_position = slider_position
        self.max_height = max_height
        self.type = resolve_type(type, explicit="type" in self._constructor_args, who="ImageSlider")
        self.height = height
        self.width = width
        self.image_mode = image_mode
        self.streamable = False
        self.buttons = default_buttons(buttons, ["download", "fullscreen"])
        self.preserved_by_key = (
            [preserved_by_key] if isinstance(preserved_by_key, str) else preserved_by_key
        )
        super().__init__(value, **shared)
        if self.show_label is None:
            self.show_label = True

    def preprocess(self, payload: Any) -> tuple[Any, Any] | None:
        """`[ImageData | None, ImageData | None]` → a pair of images as `type` says."""
        if payload is None:
            return None
        if not isinstance(payload, (list, tuple)) or len(payload) != 2:
            raise Error(f"{self.describe()}: the value must be a pair of images.")
        return (self._receive(payload[0]), self._receive(payload[1]))

    def _receive(self, item: Any) -> Any:
        if item is None:
            return None
        if _is_data_url(item):
            return decode_image(store_data_url(item["url"]), self.type, self.image_mode)
        try:
            data = FileData.from_wire(item)
        except ValueError as error:
            raise Error(f"{self.describe()}: {error}") from None
        path = cache.current().check_input(data.path)
        return decode_image(path, self.type, self.image_mode, orig_name=data.orig_name)

    def postprocess(self, value: Any) -> list[dict[str, Any] | None] | None:
        """A pair of images (paths, URLs, PIL images, numpy arrays, None) → SliderData."""
        if value is None:
            return None
        if not isinstance(value, (list, tuple)) or len(value) != 2:
            raise ValueError(
                f"{self.describe()} expects a tuple of two images, got {type(value).__name__}"
            )
        return [self._send(value[0]), self._send(value[1])]

    def _send(self, image: Any) -> dict[str, Any] | None:
        if isinstance(image, dict) and "path" in image and not _is_data_url(image):
            return cache.current().with_url(FileData.from_wire(image).model_dump())
        return encode_image(image, self.format)

    def example_payload(self) -> Any:
        return list(self.example_value)
