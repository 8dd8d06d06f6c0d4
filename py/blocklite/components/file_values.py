"""The value rules File, Files, UploadButton and DownloadButton share: FileData in, paths out.

Why it exists: these components differ in how they look, not in what their values are. The page
(or a Gradio client) sends one FileData or a list of them; the function receives a path (a `str`
with `.name`, as Gradio's NamedString) or the file's bytes; what the function returns (a path, a
`Path`, a URL, a FileData, or a list of them) goes out as FileData served from the app's cache.
Every path that comes in is checked against the cache's input rule, so a client cannot make a
handler read a file the app never received.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from ..errors import Error
from ..files import cache
from ..files.file_data import FILE_DATA_SCHEMA, FileData, NamedString, list_schema
from .file_types import check_file_type

FileCount = Literal["single", "multiple", "directory"]
FileType = Literal["filepath", "binary"]

_COUNTS = ("single", "multiple", "directory")
_TYPES = ("filepath", "binary")


def check_options(file_count: str, type: str, file_types: Any) -> None:
    """Gradio's constructor checks, with its messages."""
    if file_count not in _COUNTS:
        raise ValueError(f"Parameter file_count must be one of them: {list(_COUNTS)}")
    if type not in _TYPES:
        raise ValueError(
            f"Invalid value for parameter `type`: {type}. Please choose from one of: {list(_TYPES)}"
        )
    if file_types is not None and not isinstance(file_types, list):
        raise ValueError(
            f"Parameter file_types must be a list. Received {file_types.__class__.__name__}"
        )


def is_many(file_count: str) -> bool:
    return file_count in ("multiple", "directory")


def api_schema(many: bool) -> dict[str, Any]:
    """The value's schema in /gradio_api/info: FileData, or Gradio's ListFiles."""
    return list_schema(FILE_DATA_SCHEMA) if many else FILE_DATA_SCHEMA


def receive_one(payload: Any, type: str, file_types: list[str] | None, where: str) -> Any:
    """One FileData from the page → the path (or bytes) the function receives."""
    try:
        data = FileData.from_wire(payload)
    except ValueError as error:
        raise Error(f"{where}: {error}") from None
    try:
        path = cache.current().check_input(data.path)
    except cache.InvalidPathError as error:
        raise Error(f"{where}: {error}") from None
    if type == "binary":
        with open(path, "rb") as source:
            return source.read()
    check_file_type(data.orig_name or path, file_types)
    return NamedString(path)


def receive(
    payload: Any, *, many: bool, type: str, file_types: list[str] | None, where: str
) -> Any:
    """The page's value (None, a FileData or a list) → the function's argument.

    A single-file component given a list takes its first file; a many-file one given a single
    FileData takes it as a list of one, as Gradio does."""
    if payload is None:
        return None
    files = payload if isinstance(payload, list) else [payload]
    received = [receive_one(item, type, file_types, where) for item in files]
    if many:
        return received
    return received[0] if received else None


def send_one(value: Any) -> dict[str, Any]:
    """One returned file (path, Path, URL, FileData or FileData dict) → a served FileData dict."""
    files = cache.current()
    if isinstance(value, FileData):
        value = value.model_dump()
    if isinstance(value, dict):
        path = value.get("path") or value.get("url")
        if not isinstance(path, str):
            raise Error(f"A file needs a 'path', got {value!r}")
        if _known(files, path):
            return files.with_url(value)  # a file the page sent, handed back
        return files.file_data(path, orig_name=value.get("orig_name"))
    if isinstance(value, (str, os.PathLike)):
        return files.file_data(os.fspath(value), orig_name=Path(os.fspath(value)).name)
    raise Error(f"A file output must be a path, a URL or a FileData, got {type(value).__name__}")


def _known(files: cache.FileCache, path: str) -> bool:
    """Whether `path` is a file the page may already name (an upload or a cache file)."""
    if path.startswith(("http://", "https://")):
        return False
    try:
        files.check_input(path)
    except cache.InvalidPathError:
        return False
    return True


def send(value: Any, *, many: bool) -> Any:
    """What the function returned → the page's value: a FileData, or a list for a list."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return [send_one(item) for item in value]
    sent = send_one(value)
    return [sent] if many else sent
