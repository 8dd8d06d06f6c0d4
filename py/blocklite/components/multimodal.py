"""`MultimodalTextbox`: a message box that carries text and attached files together.

Why it exists: chat apps (and `gr.ChatInterface(multimodal=True)`) take a message that is text plus
files. On the wire its value is Gradio's `{"text": str, "files": [FileData, ...]}`; a handler
receives `{"text": str, "files": [path, ...]}` and may return that shape (files as paths, URLs or
FileData dicts) or a plain string. Every path the page sends must be one the app's cache holds
(files/cache.py `check_input`), and every attached file must be one of `file_types`
(file_types.py), checked here because any client can post any file.
"""

from __future__ import annotations

import os
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from ..files import cache
from ..files.file_data import FileData
from .base import Component, ComponentKeywords
from .file_types import check_file_type

Source = Literal["upload", "microphone"]
SOURCES: tuple[Source, ...] = ("upload", "microphone")
FILE_COUNTS = ("single", "multiple", "directory")

#: The keys of Gradio's `InputHTMLAttributes`, in its order (the config lists every one).
HTML_ATTRIBUTES = (
    "autocapitalize",
    "autocorrect",
    "spellcheck",
    "autocomplete",
    "tabindex",
    "enterkeyhint",
    "lang",
)

_FILE_DATA_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "path": {"type": "string"},
        "url": {"type": ["string", "null"]},
        "size": {"type": ["integer", "null"]},
        "orig_name": {"type": ["string", "null"]},
        "mime_type": {"type": ["string", "null"]},
        "is_stream": {"type": "boolean"},
        "meta": {"type": "object"},
    },
    "required": ["path"],
}


def _sources(sources: Any) -> list[str]:
    """`sources=` as Gradio takes it: None (upload only), one name, or a list of names."""
    if sources is None:
        return ["upload"]
    chosen = [sources] if isinstance(sources, str) else sources
    if not isinstance(chosen, list) or any(s not in SOURCES for s in chosen):
        raise ValueError(f"`sources` must be a list consisting of elements in {list(SOURCES)}")
    return list(chosen)


def html_attributes_dict(value: Any) -> dict[str, Any] | None:
    """`html_attributes=` (a `gr.InputHTMLAttributes`-like object or a dict) as the config has it:
    every attribute named, None where not given."""
    if value is None:
        return None
    if isinstance(value, dict):
        unknown = set(value) - set(HTML_ATTRIBUTES)
        if unknown:
            raise ValueError(f"html_attributes: unknown attribute(s) {sorted(unknown)}")
        return {name: value.get(name) for name in HTML_ATTRIBUTES}
    return {name: getattr(value, name, None) for name in HTML_ATTRIBUTES}


class MultimodalTextbox(Component):
    """A textarea with attachments: text and files in one value."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "sources",
        "file_types",
        "file_count",
        "lines",
        "max_lines",
        "placeholder",
        "autofocus",
        "autoscroll",
        "text_align",
        "rtl",
        "submit_btn",
        "stop_btn",
        "max_plain_text_length",
        "html_attributes",
        "preserved_by_key",
    )
    api_type: ClassVar[dict[str, Any]] = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "files": {"type": "array", "items": _FILE_DATA_SCHEMA},
        },
        "required": ["text"],
    }
    python_type = "dict(text: str, files: list[filepath])"
    #: Gradio's example for the API page (a file named by URL, as `handle_file` gives it).
    example_value: ClassVar[Any] = {
        "text": "Describe this image",
        "files": [
            {
                "path": "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png",
                "meta": {"_type": "gradio.FileData"},
                "orig_name": "bus.png",
                "url": "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png",
            }
        ],
    }

    change = EventListener("change", "The value changed, by the user or by a function output.")
    input = EventListener("input", "The user edited the text or the attachments.")
    select = EventListener("select")
    submit = EventListener("submit", "The user pressed Enter or the submit button.")
    focus = EventListener("focus")
    blur = EventListener("blur")
    stop = EventListener("stop", "The user pressed the stop button (stop_btn).")

    def __init__(
        self,
        value: str | dict[str, Any] | Any | None = None,
        *,
        sources: list[Source] | Source | None = None,
        file_types: list[str] | None = None,
        file_count: Literal["single", "multiple", "directory"] = "single",
        lines: int = 1,
        max_lines: int = 20,
        placeholder: str | None = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        text_align: Literal["left", "right"] | None = None,
        rtl: bool = False,
        submit_btn: str | bool | None = True,
        stop_btn: str | bool | None = False,
        max_plain_text_length: int = 1000,
        html_attributes: Any = None,
        preserved_by_key: list[str] | str | None = "value",
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        self.sources = _sources(sources)
        if file_types is not None and not isinstance(file_types, list):
            raise ValueError(
                f"Parameter file_types must be a list. Received {type(file_types).__name__}"
            )
        if file_count not in FILE_COUNTS:
            raise ValueError(
                f"MultimodalTextbox: file_count must be one of {FILE_COUNTS}, not {file_count!r}"
            )
        self.file_types = file_types
        self.file_count = file_count
        self.lines = lines
        self.max_lines = max(lines, max_lines)
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.text_align = text_align
        self.rtl = rtl
        self.submit_btn = submit_btn
        self.stop_btn = stop_btn
        self.max_plain_text_length = max_plain_text_length
        self.html_attributes = html_attributes_dict(html_attributes)
        if isinstance(preserved_by_key, str):
            preserved_by_key = [preserved_by_key]
        self.preserved_by_key = preserved_by_key
        super().__init__(value, **shared)

    # -- the page → the handler --------------------------------------------------------------------

    def preprocess(self, payload: Any) -> dict[str, Any] | None:
        """`{"text", "files": [FileData]}` → `{"text", "files": [path, ...]}`; each path must be
        in the app's cache and of `file_types`."""
        if payload is None:
            return None
        if not isinstance(payload, dict):
            raise Error(f"{self.describe()}: expected {{'text', 'files'}}, got {payload!r}")
        text = payload.get("text", "")
        if not isinstance(text, str):
            raise Error(f"{self.describe()}: 'text' must be a string, got {text!r}")
        files = payload.get("files") or []
        if not isinstance(files, list):
            raise Error(f"{self.describe()}: 'files' must be a list, got {files!r}")
        paths = []
        for item in files:
            try:
                data = FileData.from_wire(item)
            except ValueError as error:
                raise Error(f"{self.describe()}: {error}") from None
            path = cache.current().check_input(data.path)
            check_file_type(path, self.file_types, shown_as=data.mime_type or "None")
            paths.append(path)
        return {"text": text, "files": paths}

    # -- the handler → the page --------------------------------------------------------------------

    def postprocess(self, value: Any) -> dict[str, Any]:
        """A string, or `{"text"?, "files"?}` with files as paths, URLs or FileData dicts."""
        if value is None:
            return {"text": "", "files": []}
        if isinstance(value, str):
            return {"text": value, "files": []}
        if not isinstance(value, dict):
            raise ValueError(
                "MultimodalTextbox expects a string or a dictionary with optional keys 'text' "
                f"and 'files'. Received {type(value).__name__}"
            )
        text = value.get("text", "")
        if not isinstance(text, str):
            raise TypeError(f"Expected 'text' to be a string, but got {type(text).__name__}")
        files = value.get("files")
        listed = files if isinstance(files, (list, tuple)) else []
        return {"text": text, "files": [_served(file) for file in listed]}


def _served(file: Any) -> dict[str, Any]:
    """One attached file as the FileData the page shows (served from the app's cache)."""
    files = cache.current()
    if isinstance(file, FileData):
        file = file.model_dump()
    if isinstance(file, dict):
        path = file.get("path")
        if not isinstance(path, str) or not path:
            raise ValueError(f"MultimodalTextbox: a file needs a 'path', got {file!r}")
        base = {**FileData(path=path).model_dump(), **file, "meta": {"_type": "gradio.FileData"}}
        try:
            return files.with_url(base)  # a file of the cache (an upload echoed back) or a URL
        except cache.InvalidPathError:
            # A handler's own file, not in the cache yet: copied in, as any returned file.
            return files.file_data(path, file.get("orig_name"), file.get("mime_type"))
    if isinstance(file, (str, os.PathLike)):
        return files.file_data(file)
    raise ValueError(f"MultimodalTextbox: a file must be a path, URL or FileData, got {file!r}")
