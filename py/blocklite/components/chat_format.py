"""The Chatbot's messages: `gr.ChatMessage`, the TypedDicts, and the messages-format rules.

Gradio 6 keeps a chat history as OpenAI-style messages. What a handler returns may be loose (a
dict or a `ChatMessage`, content a string, a file dict, a component or a list of those); on the
wire, and as the list a handler receives, every message is normalised to

    {"role": "user" | "assistant" | "system" | any other string (shown on the assistant side),
     "metadata": {...} | None,
     "content": [{"type": "text", "text": ...} | {"type": "file", ...}
                 | {"type": "component", ...}],
     "options": [{"value": ..., "label"?: ...}] | None}

Kept apart from the component class so the rules are read (and tested) in one place.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypedDict

from ..errors import Error

if TYPE_CHECKING:
    from .base import Component

STATUSES = ("pending", "done")
METADATA_KEYS = ("title", "id", "parent_id", "log", "duration", "status")


class MetadataDict(TypedDict):
    """A message's metadata: with a `title`, the message shows as a collapsible "thought"."""

    title: NotRequired[str]
    id: NotRequired[int | str]
    parent_id: NotRequired[int | str]
    log: NotRequired[str]
    duration: NotRequired[float]
    status: NotRequired[Literal["pending", "done"]]


class OptionDict(TypedDict):
    """A button under a message; clicking it fires `option_select` with `value`."""

    value: str
    label: NotRequired[str]


class FileDataDict(TypedDict):
    path: str
    url: NotRequired[str | None]
    size: NotRequired[int | None]
    orig_name: NotRequired[str | None]
    mime_type: NotRequired[str | None]
    is_stream: NotRequired[bool]
    meta: NotRequired[dict[str, str]]


class MessageDict(TypedDict):
    """One message as a handler may return it."""

    content: Any
    role: str  # "user", "assistant", "system", or any other (e.g. "tool": assistant side)
    metadata: NotRequired[MetadataDict]
    options: NotRequired[list[OptionDict]]


@dataclass
class ChatMessage:
    """A message of `gr.Chatbot`, for editors that check types; the same as a `MessageDict`."""

    content: Any
    role: str = "assistant"
    metadata: MetadataDict = field(default_factory=lambda: MetadataDict())
    options: list[OptionDict] = field(default_factory=list)


class ChatFormatError(Error, TypeError):
    """A value that is not in the messages format. Like Gradio, it is shown to the user (a
    `gr.Error`); it is also a `TypeError`, since it is the app's bug. The message names the
    component and the message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


# -- one content item ----------------------------------------------------------------------------

_MIME = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "svg": "image/svg+xml",
    "mp3": "audio/mpeg",
    "wav": "audio/wav",
    "ogg": "audio/ogg",
    "mp4": "video/mp4",
    "webm": "video/webm",
    "pdf": "application/pdf",
    "txt": "text/plain",
}


def guess_mime(path: str) -> str | None:
    """A MIME type from the file name's extension (enough to pick image/audio/video display)."""
    name = path.split("?", 1)[0].split("#", 1)[0]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return _MIME.get(extension)


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


# -- one message ---------------------------------------------------------------------------------


def _metadata(value: Any, where: Where) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ChatFormatError(f"{where}: 'metadata' must be a dict, got {value!r}")
    # like Gradio, keys it does not know are dropped (not an error)
    value = {key: item for key, item in value.items() if key in METADATA_KEYS}
    status = value.get("status")
    if status is not None and status not in STATUSES:
        raise ChatFormatError(
            f"{where}: metadata 'status' must be 'pending' or 'done', not {status!r}"
        )
    duration = value.get("duration")
    if duration is not None and (
        isinstance(duration, bool) or not isinstance(duration, (int, float))
    ):
        raise ChatFormatError(f"{where}: metadata 'duration' must be a number, not {duration!r}")
    return value


def _options(value: Any, where: Where) -> list[dict[str, str]] | None:
    if value is None:
        return None
    if not isinstance(value, (list, tuple)):
        raise ChatFormatError(f"{where}: 'options' must be a list of {{'value', 'label'}} dicts")
    options = []
    for option in value:
        if isinstance(option, str):
            option = {"value": option}
        if not isinstance(option, dict) or "value" not in option:
            raise ChatFormatError(f"{where}: option {option!r} needs a 'value'")
        normalised = {"value": str(option["value"])}
        if option.get("label") is not None:
            normalised["label"] = str(option["label"])
        options.append(normalised)
    return options


def _fields(message: Any, where: Where) -> tuple[Any, Any, Any, Any]:
    if isinstance(message, ChatMessage):
        return message.role, message.content, message.metadata, message.options
    if isinstance(message, dict):
        if "role" not in message or "content" not in message:
            raise ChatFormatError(
                f"{where} is not in the messages format: each message must be a dict with "
                f"'role' and 'content' keys (or a gr.ChatMessage), got {message!r}"
            )
        return message["role"], message["content"], message.get("metadata"), message.get("options")
    raise ChatFormatError(
        f"{where} is not in the messages format: each message must be a dict with 'role' and "
        f"'content' keys (or a gr.ChatMessage), got {message!r} ({type(message).__name__})"
    )


def normalize_message(
    message: Any, where: Where, reasoning_tags: list[tuple[str, str]] | None = None
) -> list[dict[str, Any]]:
    """One message as the page shows it (a list: reasoning tags may split it into several)."""
    role, content, metadata, options = _fields(message, where)
    if not isinstance(role, str):  # any string: Gradio passes e.g. "tool" through
        raise ChatFormatError(
            f"{where}: role must be a string such as 'user' or 'assistant', not {role!r}"
        )
    if content is None:
        raise ChatFormatError(f"{where}: content is None; use '' for an empty message")
    items = content if isinstance(content, list) else [content]
    blocks = [content_item(item, where) for item in items]
    normalised = {
        "role": role,
        "metadata": _metadata(metadata, where),
        "content": blocks,
        "options": _options(options, where),
    }
    if not reasoning_tags:
        return [normalised]
    return split_reasoning(normalised, reasoning_tags)


def split_reasoning(message: dict[str, Any], tags: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Text between reasoning tags (e.g. `<think>…</think>`) becomes its own "Reasoning" thought
    message before the rest; an unclosed tag (still streaming) makes a pending thought."""
    alternatives = "|".join(
        f"{re.escape(open_tag)}(.*?)(?:{re.escape(close_tag)}|$)" for open_tag, close_tag in tags
    )
    pattern = re.compile(alternatives, re.DOTALL)
    out: list[dict[str, Any]] = []
    others = [block for block in message["content"] if block["type"] != "text"]
    for block in message["content"]:
        if block["type"] != "text":
            continue
        text, position = block["text"], 0
        for match in pattern.finditer(text):
            prose = text[position : match.start()].strip()
            if prose:
                out.append({**message, "content": [{"type": "text", "text": prose}]})
            thought = next((g for g in match.groups() if g is not None), "").strip()
            if thought:
                closed = any(match.group(0).endswith(close) for _, close in tags)
                out.append(
                    {
                        "role": message["role"],
                        "metadata": {
                            "title": "Reasoning",
                            "status": "done" if closed else "pending",
                        },
                        "content": [{"type": "text", "text": thought}],
                        "options": None,
                    }
                )
            position = match.end()
        rest = text[position:].strip()
        if rest:
            out.append({**message, "content": [{"type": "text", "text": rest}]})
    if others:
        out.append({**message, "content": others})
    return out or [message]


def looks_like_tuples(value: list[Any]) -> bool:
    """Gradio 4's `[[user, bot], ...]` pairs."""
    return bool(value) and all(
        isinstance(pair, (list, tuple)) and len(pair) == 2 and not isinstance(pair, ChatMessage)
        for pair in value
    )


def normalize_examples(examples: Any, where: Where) -> list[dict[str, Any]] | None:
    """`examples=[{"text": ..., "display_text"?: ..., "icon"?: ..., "files"?: [...]}]`."""
    if examples is None:
        return None
    if not isinstance(examples, (list, tuple)):
        raise ChatFormatError(f"{where}: examples must be a list of dicts with a 'text' key")
    out = []
    for example in examples:
        if isinstance(example, str):
            example = {"text": example}
        if not isinstance(example, dict):
            raise ChatFormatError(
                f"{where}: example {example!r} must be a dict like {{'text': ...}}"
            )
        entry: dict[str, Any] = {}
        for key in ("text", "display_text"):
            if example.get(key) is not None:
                entry[key] = str(example[key])
        icon = example.get("icon")
        if icon is not None:
            entry["icon"] = file_data(icon) if isinstance(icon, str) else icon
        files = example.get("files")
        if files is not None:
            if not isinstance(files, (list, tuple)):
                raise ChatFormatError(
                    f"{where}: an example's 'files' must be a list of paths or URLs"
                )
            entry["files"] = [file_data(f) if isinstance(f, str) else f for f in files]
        out.append(entry)
    return out
