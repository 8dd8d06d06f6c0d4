"""One piece of a chat message's content: text, a file, or a component, normalised for the page.

What a handler puts in a message's content may be loose (a string, a `(path, alt)` tuple, a file
dict, a component, a typed item); the page wants typed items
`{"type": "text" | "file" | "component", ...}`. These rules, and the FileData built for files, are
kept apart from the message-level rules (chat_format.py) because they are their own concern: what
a component in a message carries, how a file's MIME type is guessed.
"""

from __future__ import annotations

import inspect
import os
from typing import TYPE_CHECKING, Any

from ..errors import Error
from ..files import cache

if TYPE_CHECKING:
    from .base import Component


class ChatFormatError(Error, TypeError):
    """A value that is not in the messages format. Like Gradio, it is shown to the user (a
    `gr.Error`); it is also a `TypeError`, since it is the app's bug. The message names the
    component and the message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


# -- one content item ----------------------------------------------------------------------------

def guess_mime(path: str) -> str | None:
    """A MIME type from the file name's extension (enough to pick image/audio/video display)."""
    return cache.mime_type_of(path.split("?", 1)[0].split("#", 1)[0])


def file_data(path: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A FileData dict for `path` (a URL or a path relative to the page); `extra` keeps the
    fields a given FileData dict already had."""
    path = str(path)
    extra = extra or {}
    data: dict[str, Any] = {
        "path": path,
        "url": extra.get("url") or path,
        "size": extra.get("size"),
        "orig_name": extra.get("orig_name") or path.rstrip("/").rsplit("/", 1)[-1],
        "mime_type": extra.get("mime_type") or guess_mime(path),
        "is_stream": bool(extra.get("is_stream", False)),
        "meta": {"_type": "gradio.FileData"},
    }
    return data


def _file_item(file: Any, alt_text: Any, where: Where) -> dict[str, Any]:
    if isinstance(file, str):
        data = file_data(file)
    elif isinstance(file, dict) and isinstance(file.get("path") or file.get("url"), str):
        data = file_data(file.get("path") or file["url"], file)
    else:
        raise ChatFormatError(
            f"{where}: a file needs a 'path' (a URL or a file name), got {file!r}"
        )
    return {"type": "file", "file": data, "alt_text": None if alt_text is None else str(alt_text)}


def serve_file(data: dict[str, Any]) -> dict[str, Any]:
    """A message's file that is in this Python's filesystem (a handler wrote it, or an upload)
    goes out through the app's file route, copied into its cache as Gradio does (the page shows
    it from a blob: URL). A URL, or a name that is no file here (relative to the page), is left
    as it is. A file the app may not hand out raises the cache's InvalidPathError."""
    path = data.get("path")
    if not isinstance(path, str) or path.startswith(_URL_PREFIXES) or not os.path.isfile(path):
        return data
    served = cache.current().file_data(
        path, orig_name=data.get("orig_name"), mime_type=data.get("mime_type")
    )
    return {**data, **served}


_URL_PREFIXES = ("http://", "https://", "data:", "blob:")


def _component_item(component: Component) -> dict[str, Any]:
    """A component shown inside a message: its type, post-processed value and props."""
    parent = getattr(component, "parent", None)
    if parent is not None and component in parent.children:
        parent.children.remove(component)  # built inside a layout: it shows in the message only
        component.parent = None
    props = component.get_props()
    props.pop("value", None)
    args = {
        key: value
        for key, value in component._constructor_args.items()
        if key not in ("value", "render") and _is_json(value)
    }
    return {
        "type": "component",
        "component": component.block_type,
        "value": component.value,
        "constructor_args": args,
        "props": props,
    }


class MessagePlace:
    """Names message `index` of a component in error messages, formatted only when one is raised.

    Why: postprocess runs on every yield of a streamed chat; describing the component for each of
    500 messages that are fine was a third of its time.
    """

    __slots__ = ("index", "owner")

    def __init__(self, owner: Component, index: int) -> None:
        self.owner = owner
        self.index = index

    def __str__(self) -> str:
        return f"{self.owner.describe()}: message {self.index}"


Where = str | MessagePlace
"""Where a value came from, for error messages: text, or a place described lazily."""


def _is_json(value: Any) -> bool:
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    if isinstance(value, (list, tuple)):
        return all(_is_json(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _is_json(v) for k, v in value.items())
    return False


def content_item(item: Any, where: Where) -> dict[str, Any]:
    """One piece of a message's content, normalised to a typed dict."""
    if isinstance(item, str):
        # cleandoc of one tab-free line is its lstrip: the common case, kept cheap (runs per yield)
        plain = "\n" not in item and "\t" not in item
        return {"type": "text", "text": item.lstrip() if plain else inspect.cleandoc(item)}
    from .base import Component

    if isinstance(item, Component):
        return _component_item(item)
    if isinstance(item, tuple) and 1 <= len(item) <= 2 and isinstance(item[0], str):
        return _file_item(item[0], item[1] if len(item) > 1 else None, where)
    if isinstance(item, dict):
        kind = item.get("type")
        if kind == "text" or (kind is None and set(item) == {"text"}):
            text = item.get("text")
            if not isinstance(text, str):
                raise ChatFormatError(f"{where}: a text item needs a string 'text', got {item!r}")
            return {"type": "text", "text": text}
        if kind == "file" or "file" in item:
            return _file_item(item.get("file"), item.get("alt_text"), where)
        if kind == "component":
            if not isinstance(item.get("component"), str):
                raise ChatFormatError(f"{where}: a component item needs 'component', got {item!r}")
            return {
                "type": "component",
                "component": item["component"],
                "value": item.get("value"),
                "constructor_args": dict(item.get("constructor_args") or {}),
                "props": dict(item.get("props") or {}),
            }
        if "path" in item:
            return _file_item(item, item.get("alt_text"), where)
    raise ChatFormatError(
        f"{where}: content must be a string, a file dict ({{'path': ...}}), a component or a "
        f"list of those, got {item!r} ({type(item).__name__})"
    )
