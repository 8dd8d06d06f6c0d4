"""The Chatbot's messages: `gr.ChatMessage`, the TypedDicts, and the messages-format rules.

Gradio 6 keeps a chat history as OpenAI-style messages. What a handler returns may be loose (a
dict or a `ChatMessage`, content a string, a file dict, a component or a list of those); on the
wire, and as the list a handler receives, every message is normalised to

    {"role": "user" | "assistant" | "system" | any other string (shown on the assistant side),
     "metadata": {...} | None,
     "content": [{"type": "text", "text": ...} | {"type": "file", ...}
                 | {"type": "component", ...}],
     "options": [{"value": ..., "label"?: ...}] | None}

Kept apart from the component class so the rules are read (and tested) in one place; what one
content item may be (text, file, component) is in chat_content.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal, NotRequired, TypedDict

from .chat_content import ChatFormatError, Where, content_item, file_data

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
