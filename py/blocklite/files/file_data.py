"""FileData: a file as Gradio's wire protocol carries it (`{"path", "url", ..., "meta"}`).

One shape for every component that holds files (File, Image, Gallery, chat attachments), so
Gradio's own clients can send and receive them. A dict on the wire is a FileData when its `meta`
says `{"_type": "gradio.FileData"}`; `traverse` finds them anywhere inside a value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

FILE_DATA_TYPE = "gradio.FileData"


def _meta() -> dict[str, Any]:
    return {"_type": FILE_DATA_TYPE}


@dataclass
class FileData:
    """`gr.FileData`: the server path of a file, the URL the page loads it from, and its facts."""

    path: str
    url: str | None = None
    size: int | None = None
    orig_name: str | None = None
    mime_type: str | None = None
    is_stream: bool = False
    meta: dict[str, Any] = field(default_factory=_meta)

    def model_dump(self) -> dict[str, Any]:
        """The wire dict (Gradio's pydantic name, so code written for Gradio keeps working)."""
        return {
            "path": self.path,
            "url": self.url,
            "size": self.size,
            "orig_name": self.orig_name,
            "mime_type": self.mime_type,
            "is_stream": self.is_stream,
            "meta": dict(self.meta),
        }

    @property
    def is_none(self) -> bool:
        return all(getattr(self, name) is None for name in ("path", "url", "size", "orig_name"))

    @classmethod
    def from_wire(cls, value: Any) -> FileData:
        """A FileData from what the page or a client sent; ValueError says what is wrong."""
        if not isinstance(value, dict):
            raise ValueError(f"A file must be a FileData object, got {type(value).__name__}.")
        path = value.get("path")
        if not isinstance(path, str) or not path:
            raise ValueError("A FileData object needs a non-empty string 'path'.")
        size = value.get("size")
        if size is not None and (isinstance(size, bool) or not isinstance(size, int)):
            raise ValueError("FileData 'size' must be an integer.")
        text = {}
        for name in ("url", "orig_name", "mime_type"):
            item = value.get(name)
            if item is not None and not isinstance(item, str):
                raise ValueError(f"FileData {name!r} must be a string.")
            text[name] = item
        return cls(path=path, size=size, is_stream=bool(value.get("is_stream")), **text)


def is_file_data(value: Any) -> bool:
    """True for a dict that is a FileData on the wire (Gradio's test: a path and the meta tag)."""
    return (
        isinstance(value, dict)
        and "path" in value
        and isinstance(value.get("meta"), dict)
        and value["meta"].get("_type") == FILE_DATA_TYPE
    )


def traverse(value: Any, fn: Callable[[dict[str, Any]], Any]) -> Any:
    """`value` with every FileData dict inside it (lists, tuples, dicts) replaced by `fn(it)`."""
    if is_file_data(value):
        return fn(value)
    if isinstance(value, dict):
        return {key: traverse(item, fn) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [traverse(item, fn) for item in value]
    return value


def with_root(value: Any, root: str) -> Any:
    """`value` with every root-relative file URL (`/gradio_api/file=...`, made before the app had
    a root: examples, initial values) made absolute under `root`, as Gradio's config has them."""

    def absolute(data: dict[str, Any]) -> dict[str, Any]:
        url = data.get("url")
        if root and isinstance(url, str) and url.startswith("/gradio_api/"):
            return {**data, "url": root + url}
        return data

    return traverse(value, absolute)


def _nullable(kind: str, title: str) -> dict[str, Any]:
    return {"anyOf": [{"type": kind}, {"type": "null"}], "default": None, "title": title}


#: FileData's JSON schema in /gradio_api/info (Gradio's pydantic model's, so clients that read
#: the schema to build a call, as gradio_client does, see the shape they know).
FILE_DATA_SCHEMA: dict[str, Any] = {
    "$defs": {
        "FileDataMeta": {
            "properties": {"_type": {"const": FILE_DATA_TYPE, "title": "Type", "type": "string"}},
            "required": ["_type"],
            "title": "FileDataMeta",
            "type": "object",
        }
    },
    "properties": {
        "path": {"title": "Path", "type": "string"},
        "url": _nullable("string", "Url"),
        "size": _nullable("integer", "Size"),
        "orig_name": _nullable("string", "Orig Name"),
        "mime_type": _nullable("string", "Mime Type"),
        "is_stream": {"default": False, "title": "Is Stream", "type": "boolean"},
        "meta": {"$ref": "#/$defs/FileDataMeta"},
    },
    "required": ["path"],
    "title": "FileData",
    "type": "object",
}


def list_schema(item: dict[str, Any], title: str = "ListFiles") -> dict[str, Any]:
    """The schema of a list of `item` (Gradio's `ListFiles` for FileData)."""
    defs = dict(item.get("$defs", {}))
    defs[item["title"]] = {key: value for key, value in item.items() if key != "$defs"}
    return {
        "$defs": defs,
        "items": {"$ref": f"#/$defs/{item['title']}"},
        "title": title,
        "type": "array",
    }


def example_file(url: str) -> dict[str, Any]:
    """`handle_file(url)` as /gradio_api/info shows a file parameter's example input."""
    name = url.rstrip("/").rsplit("/", 1)[-1]
    return {"path": url, "meta": {"_type": FILE_DATA_TYPE}, "orig_name": name, "url": url}


class NamedString(str):
    """A file path handed to a function, with the `.name` attribute old Gradio code reads
    (`file.name`, from when inputs were temporary file objects)."""

    name: str

    def __new__(cls, value: str) -> NamedString:
        self = super().__new__(cls, value)
        self.name = value
        return self
