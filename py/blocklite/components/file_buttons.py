"""`UploadButton` and `DownloadButton`: a button that picks files, and one that downloads its file.

They look like `Button` (label as text, variant, size, icon) but their values are files, by the
rules File has (file_values.py): UploadButton's value is what the user uploaded, DownloadButton's
is the file a click downloads (its `click` listeners run as the download starts).
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, Unpack

from ..block import BlockKeywords
from ..events import EventListener
from ..files.file_data import example_file
from . import file_values
from .base import Component
from .file_values import FileCount, FileType
from .files import SAMPLE_FILE

Variant = Literal["primary", "secondary", "stop", "huggingface"]


class _FileButton(Component):
    """What both buttons share: Button's look, a file value."""

    #: Button's props: no container, info or show_label (Gradio's buttons take none).
    props: ClassVar[tuple[str, ...]] = (
        *(name for name in Component.props if name not in ("container", "info", "show_label")),
        "variant",
        "size",
        "icon",
    )
    skip_api = False

    def __init__(
        self,
        label: str,
        value: Any,
        *,
        every: float | None,
        inputs: Any,
        variant: Variant,
        size: Literal["sm", "md", "lg"],
        icon: str | None,
        scale: int | None,
        min_width: int | None,
        interactive: bool,
        preserved_by_key: list[str] | str | None,
        **shared: Unpack[BlockKeywords],
    ) -> None:
        self.variant = variant
        self.size = size
        self.icon = icon
        self.preserved_by_key = preserved_by_key
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            scale=scale,
            min_width=min_width,  # type: ignore[arg-type]
            interactive=interactive,
            **shared,
        )


class UploadButton(_FileButton):
    """A button that opens the file picker; its value is the uploaded file(s)."""

    props: ClassVar[tuple[str, ...]] = (*_FileButton.props, "type", "file_count", "file_types")

    change = EventListener("change", "The value changed.")
    click = EventListener("click", "The user clicked the button (before picking).")
    upload = EventListener("upload", "The user uploaded file(s).")

    def __init__(
        self,
        label: str = "Upload a File",
        value: Any = None,
        *,
        every: float | None = None,
        inputs: Any = None,
        variant: Variant = "secondary",
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        scale: int | None = None,
        min_width: int | None = None,
        interactive: bool = True,
        preserved_by_key: list[str] | str | None = "value",
        type: FileType = "filepath",
        file_count: FileCount = "single",
        file_types: list[str] | None = None,
        **shared: Unpack[BlockKeywords],
    ) -> None:
        file_values.check_options(file_count, type, file_types)
        self.type = type
        self.file_count = file_count
        self.file_types = file_types
        many = file_values.is_many(file_count)
        self.api_type = file_values.api_schema(many)
        self.python_type = "list[filepath]" if many else "filepath"
        self.example_value = [example_file(SAMPLE_FILE)] if many else example_file(SAMPLE_FILE)
        super().__init__(
            label,
            value,
            every=every,
            inputs=inputs,
            variant=variant,
            size=size,
            icon=icon,
            scale=scale,
            min_width=min_width,
            interactive=interactive,
            preserved_by_key=preserved_by_key,
            **shared,
        )

    def preprocess(self, payload: Any) -> Any:
        return file_values.receive(
            payload,
            many=file_values.is_many(self.file_count),
            type=self.type,
            file_types=self.file_types,
            where=self.describe(),
        )

    def postprocess(self, value: Any) -> Any:
        return file_values.send(value, many=file_values.is_many(self.file_count))


class DownloadButton(_FileButton):
    """A button that downloads its value (a file); `click` listeners run as it does."""

    change = EventListener("change", "The value changed.")
    click = EventListener("click", "The user clicked the button (the download starts).")

    api_type: ClassVar[dict[str, Any]] = file_values.api_schema(False)
    python_type = "filepath"
    example_value: ClassVar[Any] = example_file(SAMPLE_FILE)

    def __init__(
        self,
        label: str = "Download",
        value: Any = None,
        *,
        every: float | None = None,
        inputs: Any = None,
        variant: Variant = "secondary",
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        scale: int | None = None,
        min_width: int | None = None,
        interactive: bool = True,
        preserved_by_key: list[str] | str | None = "value",
        **shared: Unpack[BlockKeywords],
    ) -> None:
        super().__init__(
            label,
            value,
            every=every,
            inputs=inputs,
            variant=variant,
            size=size,
            icon=icon,
            scale=scale,
            min_width=min_width,
            interactive=interactive,
            preserved_by_key=preserved_by_key,
            **shared,
        )

    def preprocess(self, payload: Any) -> Any:
        return file_values.receive(
            payload, many=False, type="filepath", file_types=None, where=self.describe()
        )

    def postprocess(self, value: Any) -> Any:
        return file_values.send(value, many=False)
