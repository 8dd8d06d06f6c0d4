"""`File` and `Files`: upload one or more files, or show files for download.

The value is one FileData (`file_count="single"`) or a list of them (`"multiple"`, `"directory"`);
the function receives paths (or bytes with `type="binary"`) and returns paths, URLs or FileData
(file_values.py holds those rules, shared with the upload and download buttons).
"""

from __future__ import annotations

from typing import Any, ClassVar, Unpack

from ..events import EventListener
from ..files.file_data import example_file
from . import file_values
from .base import Component, ComponentKeywords
from .file_values import FileCount, FileType

#: /gradio_api/info's example input for a file parameter (Gradio's sample file).
SAMPLE_FILE = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"


class File(Component):
    """Generic files: a drop zone and picker when interactive, a list of download links when not."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "file_count",
        "file_types",
        "type",
        "height",
        "allow_reordering",
        "buttons",
    )

    change = EventListener("change", "The value changed (an upload, a function, a removal).")
    select = EventListener("select", "The user clicked a file (SelectData: index, value).")
    clear = EventListener("clear", "The user removed every file with the clear button.")
    upload = EventListener("upload", "The user uploaded file(s).")
    delete = EventListener("delete", "The user removed one file (DeletedFileData).")
    download = EventListener("download", "The user downloaded a file (DownloadData).")

    def __init__(
        self,
        value: Any = None,
        *,
        file_count: FileCount = "single",
        file_types: list[str] | None = None,
        type: FileType = "filepath",
        height: int | str | float | None = None,
        preserved_by_key: list[str] | str | None = "value",
        allow_reordering: bool = False,
        buttons: list[Any] | None = None,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        file_values.check_options(file_count, type, file_types)
        self.file_count = file_count
        self.file_types = file_types
        self.type = type
        self.height = height
        self.preserved_by_key = preserved_by_key
        self.allow_reordering = allow_reordering
        self.buttons = list(buttons or [])
        many = file_values.is_many(file_count)
        self.api_type = file_values.api_schema(many)
        self.python_type = "list[filepath]" if many else "filepath"
        self.example_value = [example_file(SAMPLE_FILE)] if many else example_file(SAMPLE_FILE)
        super().__init__(value, **shared)

    @property
    def many(self) -> bool:
        return file_values.is_many(self.file_count)

    def preprocess(self, payload: Any) -> Any:
        return file_values.receive(
            payload,
            many=self.many,
            type=self.type,
            file_types=self.file_types,
            where=self.describe(),
        )

    def postprocess(self, value: Any) -> Any:
        return file_values.send(value, many=self.many)


class Files(File):
    """`gr.Files`: a File that takes several (Gradio's template: `file_count="multiple"`)."""

    block_type = "file"

    def __init__(
        self, value: Any = None, *, file_count: FileCount = "multiple", **kwargs: Any
    ) -> None:
        super().__init__(value, file_count=file_count, **kwargs)
