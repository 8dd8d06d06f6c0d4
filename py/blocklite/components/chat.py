"""`gr.Chatbot`: a chat history in Gradio 6's messages format, shown as chat bubbles.

Handlers return loose messages (dicts or `gr.ChatMessage`, content a string, file, component or a
list of those); `postprocess` normalises them (chat_format.py) and `preprocess` hands the history
back as normalised dicts, content always a list of `{"type": "text", "text": ...}`-style items,
as Gradio 6 does. The page renders the messages and fires the chat events: `like`, `retry`,
`undo`, `edit`, `copy`, `clear`, `example_select`, `option_select`, `select`, `change`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from ..files import cache
from .base import Component, ValueKeywords
from .chat_content import ChatFormatError, MessagePlace, serve_file
from .chat_format import (
    ChatMessage,
    MessageDict,
    looks_like_tuples,
    normalize_examples,
    normalize_message,
)
from .registry import component_for_type

BUTTON_NAMES = ("share", "copy", "copy_all")


class Chatbot(Component):
    """Shows a conversation: user and assistant messages, thoughts, files and components."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "type",
        "autoscroll",
        "height",
        "resizable",
        "max_height",
        "min_height",
        "editable",
        "latex_delimiters",
        "rtl",
        "buttons",
        "watermark",
        "avatar_images",
        "sanitize_html",
        "render_markdown",
        "feedback_options",
        "feedback_value",
        "line_breaks",
        "layout",
        "placeholder",
        "examples",
        "allow_file_downloads",
        "group_consecutive_messages",
        "allow_tags",
        "reasoning_tags",
        "like_user_message",
    )
    api_type: ClassVar[dict[str, Any]] = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "role": {"type": "string", "enum": ["user", "assistant", "system"]},
                "content": {"type": "array"},
                "metadata": {"type": ["object", "null"]},
                "options": {"type": ["array", "null"]},
            },
            "required": ["role", "content"],
        },
    }
    python_type = "list[dict]"
    example_value: ClassVar[Any] = [
        {"role": "user", "metadata": None, "content": [{"type": "text", "text": "Hello!"}]},
        {
            "role": "assistant",
            "metadata": None,
            "content": [{"type": "text", "text": "How can I help you?"}],
        },
    ]

    change = EventListener("change", "The history changed (by a function or by the user).")
    select = EventListener("select", "The user clicked a message (SelectData: index, value).")
    like = EventListener("like", "The user liked or disliked a message (LikeData).")
    retry = EventListener("retry", "The user asked to retry the last turn (RetryData).")
    undo = EventListener("undo", "The user asked to undo the last turn (UndoData).")
    example_select = EventListener("example_select", "The user clicked an example (SelectData).")
    option_select = EventListener("option_select", "The user clicked a message option.")
    clear = EventListener("clear", "The user cleared the chat with the trash button.")
    copy = EventListener("copy", "The user copied a message (CopyData).")
    edit = EventListener("edit", "The user edited a message (EditData).")

    def __init__(
        self,
        value: list[MessageDict | ChatMessage | dict[str, Any]] | Any = None,
        *,
        type: Literal["messages"] = "messages",
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        autoscroll: bool = True,
        preserved_by_key: list[str] | str | None = "value",
        height: int | str | None = 400,
        resizable: bool = False,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        editable: Literal["user", "all"] | None = None,
        latex_delimiters: list[dict[str, str | bool]] | None = None,
        rtl: bool = False,
        buttons: list[Any] | None = None,
        show_copy_button: bool | None = None,
        show_copy_all_button: bool | None = None,
        show_share_button: bool | None = None,
        watermark: str | None = None,
        avatar_images: tuple[str | None, str | None] | None = None,
        sanitize_html: bool = True,
        render_markdown: bool = True,
        feedback_options: list[str] | tuple[str, ...] | None = ("Like", "Dislike"),
        feedback_value: Sequence[str | None] | None = None,
        line_breaks: bool = True,
        layout: Literal["panel", "bubble"] | None = None,
        placeholder: str | None = None,
        examples: list[dict[str, Any]] | None = None,
        allow_file_downloads: bool = True,
        group_consecutive_messages: bool = True,
        allow_tags: list[str] | bool = True,
        reasoning_tags: list[tuple[str, str]] | None = None,
        like_user_message: bool = False,
        **shared: Unpack[ValueKeywords],
    ) -> None:
        label = shared.get("label")
        where = f"Chatbot{f' {label!r}' if label else ''}"
        if type != "messages":
            raise ValueError(
                f"{where}: type={type!r} is not supported: Gradio 6 (and blocklite) support only "
                "the messages format, a list of {'role': ..., 'content': ...} dicts."
            )
        if editable not in (None, "user", "all"):
            raise ValueError(f"{where}: editable must be None, 'user' or 'all', not {editable!r}")
        if layout not in (None, "panel", "bubble"):
            raise ValueError(f"{where}: layout must be 'bubble' or 'panel', not {layout!r}")
        self.type = "messages"
        self.autoscroll = autoscroll
        self.preserved_by_key = preserved_by_key
        self.height = height
        self.resizable = resizable
        self.max_height = max_height
        self.min_height = min_height
        self.editable = editable
        self.latex_delimiters = (
            latex_delimiters
            if latex_delimiters is not None
            else [{"left": "$$", "right": "$$", "display": True}]
        )
        self.rtl = rtl
        self.buttons = _buttons(buttons, show_copy_button, show_copy_all_button, where)
        self.show_share_button = show_share_button  # no sharing from a static page: accepted only
        self.watermark = watermark
        self.avatar_images = _avatars(avatar_images, where)
        self.sanitize_html = sanitize_html
        self.render_markdown = render_markdown
        self.feedback_options = list(feedback_options) if feedback_options is not None else None
        self.feedback_value = list(feedback_value) if feedback_value is not None else None
        self.line_breaks = line_breaks
        self.layout = layout
        self.placeholder = placeholder
        self.examples = normalize_examples(examples, where)
        self.allow_file_downloads = allow_file_downloads
        self.group_consecutive_messages = group_consecutive_messages
        self.allow_tags = allow_tags if allow_tags else False
        self.reasoning_tags = [tuple(pair) for pair in reasoning_tags] if reasoning_tags else None
        self.like_user_message = like_user_message
        super().__init__(value, container=container, scale=scale, min_width=min_width, **shared)
        if self.initial_value is not None:
            self.postprocess(self.initial_value)  # a bad default fails here, not on page load

    def normalize_prop(self, name: str, value: Any) -> Any:
        where = self.describe()
        if name == "buttons":
            return _buttons(value, None, None, where)
        if name == "avatar_images":
            return _avatars(value, where)
        if name == "examples":
            return normalize_examples(value, where)
        return value

    def postprocess(self, value: Any) -> list[dict[str, Any]]:
        """A history in any accepted shape → normalised messages (an empty list for None)."""
        if value is None:
            return []
        if isinstance(value, tuple):
            value = list(value)
        if not isinstance(value, list):
            raise ChatFormatError(
                f"{self.describe()} expects a list of messages ({{'role': ..., 'content': ...}} "
                f"dicts or gr.ChatMessage), got {value!r} ({type(value).__name__})"
            )
        if looks_like_tuples(value):
            raise ChatFormatError(
                f"{self.describe()}: the value looks like the tuples format ([user, bot] pairs), "
                "which is not supported: Gradio 6 uses the messages format, e.g. "
                "[{'role': 'user', 'content': 'Hi'}, {'role': 'assistant', 'content': 'Hello!'}]."
            )
        messages: list[dict[str, Any]] = []
        for index, message in enumerate(value):
            place = MessagePlace(self, index)
            messages.extend(normalize_message(message, place, self.reasoning_tags))
        for message in messages:
            for item in message["content"]:
                if item.get("type") == "file":
                    item["file"] = serve_file(item["file"])
        return messages

    def preprocess(self, payload: Any) -> list[dict[str, Any]]:
        """The page's history → a list of `{"role", "metadata", "content": [...], "options"}`."""
        if payload is None:
            return []
        if not isinstance(payload, list):
            raise Error(f"{self.describe()}: the page sent {payload!r}, not a list of messages")
        history = []
        for index, message in enumerate(payload):
            try:
                history.extend(normalize_message(message, f"{self.describe()}: message {index}"))
            except ChatFormatError as error:
                raise Error(error.message) from None
        for message in history:
            for item in message["content"]:
                if item["type"] == "component":
                    item["instance"] = _component_instance(item)
                elif item["type"] == "file":
                    item["file"] = self._received_file(item["file"])
        return history

    def _received_file(self, data: dict[str, Any]) -> dict[str, Any]:
        """A file in the history the page sent: a URL, or a file of the app's cache (what the
        Chatbot handed out). A path to any other file the worker holds is refused, so a client
        cannot make a handler that reads its history open `/etc/passwd`; a name that is no file
        here (page-relative, as the app gave it) is harmless and kept."""
        path = data.get("path")
        if not isinstance(path, str) or path.startswith(("http://", "https://", "data:", "blob:")):
            return data
        try:
            return {**data, "path": cache.current().check_input(path)}
        except cache.InvalidPathError as error:
            if os.path.exists(path):
                raise Error(f"{self.describe()}: {error}") from None
            return data


def _buttons(buttons: Any, copy: bool | None, copy_all: bool | None, where: str) -> list[Any]:
    """`buttons=["copy", "copy_all", "share", gr.Button(...)]`; Gradio's default shows all three
    (share is meaningless in a static page and shows nothing). The Gradio 5 flags still work."""
    from .button import Button

    if buttons is None:
        chosen: list[Any] = list(BUTTON_NAMES)
        if copy is False:
            chosen.remove("copy")
        if copy_all is False:
            chosen.remove("copy_all")
        return chosen
    if not isinstance(buttons, (list, tuple)):
        raise ValueError(f"{where}: buttons must be a list like ['copy', 'copy_all']")
    out: list[Any] = []
    for button in buttons:
        if isinstance(button, str):
            if button not in BUTTON_NAMES:
                raise ValueError(
                    f"{where}: unknown button {button!r}; use 'share', 'copy', 'copy_all' "
                    "or a gr.Button"
                )
            out.append(button)
        elif isinstance(button, Button):
            out.append(
                {"type": "button", "id": button.id, "value": button.value, "icon": button.icon}
            )
        else:
            raise ValueError(f"{where}: buttons takes names or gr.Button instances, not {button!r}")
    if copy and "copy" not in out:
        out.append("copy")
    if copy_all and "copy_all" not in out:
        out.append("copy_all")
    return out


def _avatars(value: Any, where: str) -> list[str | dict[str, Any] | None] | None:
    """`avatar_images=(user, assistant)`: a file of the app (served from its cache, a FileData
    as in Gradio), else a URL or a path next to the page; None skips one."""
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise ValueError(f"{where}: avatar_images must be a pair (user, assistant), got {value!r}")
    out: list[str | dict[str, Any] | None] = []
    for avatar in value:
        if avatar is not None and not isinstance(avatar, str):
            avatar = str(avatar)  # a pathlib.Path
        served = None if avatar is None else serve_file({"path": avatar})
        out.append(served if served is not None and "url" in served else avatar)
    return out


def _component_instance(item: dict[str, Any]) -> Any:
    """The component a component item names (with its value), as Gradio hands it to handlers."""
    entry = component_for_type(item["component"])
    if entry is None:
        return None
    try:
        args = {**item.get("constructor_args", {}), "render": False}
        args["value"] = item.get("value")
        return entry.load()(**args)
    except Exception:
        return None
