"""`gr.Model3D`: a 3D model file (.obj, .glb, .gltf, .stl, .splat, .ply) shown in a viewer.

Why it exists: Gradio's 3D component. The value is one FileData; the handler gets its path and
returns a path, `Path` or URL (copied into the app's cache, named after the file, as Gradio
does). The page (js/components/model3d/) loads the viewer, three.js, as a lazy chunk only when a
Model3D holds a model, and applies `clear_color`, `camera_position`, `zoom_speed`, `pan_speed`
and `display_mode`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from ..files import cache
from ..files.file_data import FILE_DATA_SCHEMA, FileData, example_file
from .base import Component
from .image import ImageKeywords
from .image_slider import default_buttons

_FOX = (
    "https://raw.githubusercontent.com/gradio-app/gradio/main/gradio/media_assets/models3d/Fox.gltf"
)

#: The extensions Gradio's viewer takes.
MODEL_EXTENSIONS = (".obj", ".glb", ".gltf", ".stl", ".splat", ".ply")


class Model3D(Component):
    """A 3D model: the handler gets and returns a file path."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "display_mode",
        "clear_color",
        "camera_position",
        "zoom_speed",
        "pan_speed",
        "height",
        "preserved_by_key",
        "buttons",
    )
    api_type: ClassVar[dict[str, Any]] = FILE_DATA_SCHEMA
    python_type = "filepath"
    example_value: ClassVar[Any] = example_file(_FOX)

    change = EventListener("change", "The value changed (by a function or by the user).")
    upload = EventListener("upload", "The user uploaded a model.")
    edit = EventListener("edit", "Accepted as Gradio's; the page has no editing.")
    clear = EventListener("clear", "The user cleared the model.")

    def __init__(
        self,
        value: Any = None,
        *,
        display_mode: Literal["solid", "point_cloud", "wireframe"] | None = None,
        clear_color: tuple[float, float, float, float] | None = None,
        camera_position: tuple[float | None, float | None, float | None] = (None, None, None),
        zoom_speed: float = 1,
        pan_speed: float = 1,
        height: int | str | None = None,
        preserved_by_key: list[str] | str | None = "value",
        buttons: list[Any] | None = None,
        **shared: Unpack[ImageKeywords],
    ) -> None:
        if display_mode not in (None, "solid", "point_cloud", "wireframe"):
            raise ValueError(
                "Model3D: display_mode is 'solid', 'point_cloud' or 'wireframe', "
                f"not {display_mode!r}"
            )
        self.display_mode = display_mode
        self.clear_color = list(clear_color) if clear_color else [0, 0, 0, 0]
        self.camera_position = list(camera_position)
        self.zoom_speed = zoom_speed
        self.pan_speed = pan_speed
        self.height = height
        self.preserved_by_key = (
            [preserved_by_key] if isinstance(preserved_by_key, str) else preserved_by_key
        )
        super().__init__(value, **shared)
        self.buttons = default_buttons(buttons, [])
        if self.show_label is None:
            self.show_label = True

    def normalize_prop(self, name: str, value: Any) -> Any:
        if name in ("clear_color", "camera_position") and isinstance(value, tuple):
            return list(value)
        return value

    def preprocess(self, payload: Any) -> str | None:
        """The page's FileData → the model's path in the app's cache."""
        if payload is None:
            return None
        try:
            data = FileData.from_wire(payload)
        except ValueError as error:
            raise Error(f"{self.describe()}: {error}") from None
        return cache.current().check_input(data.path)

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        """A path, `Path`, URL or FileData → the FileData the page loads."""
        if value is None:
            return None
        if isinstance(value, dict) and "path" in value:
            return cache.current().with_url(FileData.from_wire(value).model_dump())
        if not isinstance(value, (str, Path, os.PathLike)):
            raise ValueError(f"{self.describe()} expects a file path, got {type(value).__name__}")
        text = os.fspath(value)
        return cache.current().file_data(text, orig_name=Path(text.split("?")[0]).name)

    def example_payload(self) -> Any:
        return dict(self.example_value)
