"""Text components: `Textbox` (a string in, a string out) and `Markdown` (display only)."""

from __future__ import annotations

import inspect
from typing import Any, ClassVar, Literal, Unpack

from ..events import EventListener
from .base import Component, ComponentKeywords, ValueKeywords


class Textbox(Component):
    """A single- or multi-line text field."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "placeholder",
        "lines",
        "max_lines",
        "type",
        "autofocus",
        "autoscroll",
        "text_align",
        "rtl",
        "max_length",
        "submit_btn",
        "stop_btn",
        "show_copy_button",
    )
    api_type: ClassVar[dict[str, Any]] = {"type": "string"}
    python_type = "str"
    example_value = "Hello!!"

    change = EventListener("change", "The value changed, by the user or by a function output.")
    input = EventListener("input", "The user edited the value.")
    submit = EventListener("submit", "The user pressed Enter in the textbox.")
    focus = EventListener("focus")
    blur = EventListener("blur")
    select = EventListener("select")
    copy = EventListener("copy", "The user copied the value with the copy button.")
    stop = EventListener("stop", "The user pressed the stop button (stop_btn).")

    def __init__(
        self,
        value: str | Any | None = None,
        *,
        lines: int = 1,
        max_lines: int | None = None,
        placeholder: str | None = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        type: Literal["text", "password", "email"] = "text",
        text_align: Literal["left", "right"] | None = None,
        rtl: bool = False,
        show_copy_button: bool = False,
        max_length: int | None = None,
        submit_btn: str | bool | None = False,
        stop_btn: str | bool | None = False,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        if type not in ("text", "password", "email"):
            raise ValueError(f"Textbox: type must be 'text', 'password' or 'email', not {type!r}")
        self.lines = lines
        self.max_lines = max_lines
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.type = type
        self.text_align = text_align
        self.rtl = rtl
        self.show_copy_button = show_copy_button
        self.max_length = max_length
        self.submit_btn = submit_btn
        self.stop_btn = stop_btn
        super().__init__(value, **shared)

    def preprocess(self, payload: Any) -> str | None:
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)


class Markdown(Component):
    """Markdown text; it travels raw and the page renders and sanitizes it."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "rtl",
        "latex_delimiters",
        "sanitize_html",
        "line_breaks",
        "header_links",
        "height",
        "max_height",
        "min_height",
        "show_copy_button",
        "padding",
    )
    api_type: ClassVar[dict[str, Any]] = {"type": "string"}
    python_type = "str"
    example_value = "# Hello!"

    change = EventListener("change")
    copy = EventListener("copy")

    def __init__(
        self,
        value: str | Any = "",
        *,
        rtl: bool = False,
        latex_delimiters: list[dict[str, str | bool]] | None = None,
        sanitize_html: bool = True,
        line_breaks: bool = False,
        header_links: bool = False,
        height: int | str | None = None,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        show_copy_button: bool = False,
        container: bool = False,
        padding: bool = False,
        **shared: Unpack[ValueKeywords],
    ) -> None:
        self.rtl = rtl
        self.latex_delimiters = latex_delimiters or [{"left": "$$", "right": "$$", "display": True}]
        self.sanitize_html = sanitize_html
        self.line_breaks = line_breaks
        self.header_links = header_links
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.show_copy_button = show_copy_button
        self.padding = padding
        super().__init__(value, container=container, **shared)

    def postprocess(self, value: Any) -> str | None:
        # Dedent so triple-quoted Markdown in indented code renders as the author sees it.
        return None if value is None else inspect.cleandoc(str(value))
