"""Display components: `HTML`, `JSON`, `Label`, `HighlightedText`, `Code`.

`HTML` is sanitized by the page like Markdown (scripts and event handlers removed); it is for
markup, not for running code (use `js=` or `head=` for that).
"""

from __future__ import annotations

from typing import Any, ClassVar, Unpack

from ..errors import Error
from ..events import EventListener
from ..server.request_json import BadJSON, parse_json_text
from ..server.wire import MAX_DEPTH, to_wire
from .base import Component, ComponentKeywords


class HTML(Component):
    """Markup shown as is (sanitized in the page)."""

    api_type: ClassVar[dict[str, Any]] = {"type": "string"}
    python_type = "str"
    example_value = "<p>Hello</p>"

    change = EventListener("change")
    click = EventListener("click")

    def __init__(self, value: str | Any = "", **shared: Unpack[ComponentKeywords]) -> None:
        """As Gradio's HTML, `container` defaults to False here."""
        super().__init__(value, **{"container": False, **shared})

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)


class JSON(Component):
    """Any JSON value, shown as a tree."""

    props: ClassVar[tuple[str, ...]] = (*Component.props, "open")
    api_type: ClassVar[dict[str, Any]] = {}
    python_type = "Any"
    example_value: ClassVar[Any] = {"a": 1}

    change = EventListener("change")

    def __init__(
        self, value: Any = None, *, open: bool = False, **shared: Unpack[ComponentKeywords]
    ) -> None:
        self.open = open
        super().__init__(value, **shared)

    def postprocess(self, value: Any) -> Any:
        """As Gradio: text must be strict JSON (no NaN or Infinity), else a gr.Error; any other
        value is made JSON as Gradio's JSON does (NaN → null, numpy values as numbers, other
        objects as their text, parsed when that text is JSON)."""
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return parse_json_text(value, MAX_DEPTH)
            except BadJSON as error:
                raise Error(f"Invalid JSON string: {error}") from None
        return to_wire(value, run_route=True, other=_text_or_json)


def _text_or_json(value: Any) -> Any:
    text = str(value)
    try:
        return parse_json_text(text, MAX_DEPTH)
    except BadJSON:
        return text


class Label(Component):
    """A class label, optionally with confidences (`{"cat": 0.9, "dog": 0.1}`)."""

    props: ClassVar[tuple[str, ...]] = (*Component.props, "num_top_classes", "color")
    api_type: ClassVar[dict[str, Any]] = {"type": "object"}
    python_type = "dict"

    change = EventListener("change")
    select = EventListener("select")

    def __init__(
        self,
        value: Any = None,
        *,
        num_top_classes: int | None = None,
        color: str | None = None,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        self.num_top_classes = num_top_classes
        self.color = color
        super().__init__(value, **shared)

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if isinstance(value, dict) and "label" in value and "confidences" in value:
            return value
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return {"label": str(value)}
        if isinstance(value, dict):
            try:
                ranked = sorted(
                    ((str(k), float(v)) for k, v in value.items()), key=lambda kv: -kv[1]
                )
            except (TypeError, ValueError):
                raise TypeError(
                    f"{self.describe()}: confidences must be numbers, got {value!r}"
                ) from None
            if self.num_top_classes is not None:
                ranked = ranked[: self.num_top_classes]
            return {
                "label": ranked[0][0] if ranked else None,
                "confidences": [{"label": k, "confidence": v} for k, v in ranked],
            }
        raise TypeError(
            f"{self.describe()} expects a label or a dict of confidences, got {value!r}"
        )

    def preprocess(self, payload: Any) -> Any:
        return payload.get("label") if isinstance(payload, dict) else payload


class HighlightedText(Component):
    """Text with labelled spans: `[("The", None), ("cat", "noun")]` or `{"text", "entities"}`."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "color_map",
        "show_legend",
        "combine_adjacent",
        "adjacent_separator",
    )
    api_type: ClassVar[dict[str, Any]] = {"type": "array"}
    python_type = "list[tuple[str, str | float | None]]"

    change = EventListener("change")
    select = EventListener("select")

    def __init__(
        self,
        value: Any = None,
        *,
        color_map: dict[str, str] | None = None,
        show_legend: bool = False,
        combine_adjacent: bool = False,
        adjacent_separator: str = "",
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        self.color_map = color_map
        self.show_legend = show_legend
        self.combine_adjacent = combine_adjacent
        self.adjacent_separator = adjacent_separator
        super().__init__(value, **shared)

    def postprocess(self, value: Any) -> list[dict[str, Any]] | None:
        if value is None:
            return None
        if isinstance(value, dict):
            value = _entities_to_pairs(value, self)
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"{self.describe()} expects (text, label) pairs, got {value!r}")
        tokens = []
        for item in value:
            if isinstance(item, dict) and "token" in item:
                tokens.append(
                    {"token": item["token"], "class_or_confidence": item.get("class_or_confidence")}
                )
            elif isinstance(item, (list, tuple)) and len(item) == 2:
                tokens.append({"token": str(item[0]), "class_or_confidence": item[1]})
            else:
                raise TypeError(f"{self.describe()}: {item!r} is not a (text, label) pair")
        if self.combine_adjacent:
            tokens = _combine(tokens, self.adjacent_separator)
        return tokens

    def preprocess(self, payload: Any) -> list[tuple[str, Any]] | None:
        if payload is None:
            return None
        return [
            (t.get("token"), t.get("class_or_confidence")) for t in payload if isinstance(t, dict)
        ]


def _entities_to_pairs(value: dict[str, Any], component: Component) -> list[tuple[str, Any]]:
    text = value.get("text")
    if not isinstance(text, str):
        raise TypeError(f"{component.describe()}: a dict value needs 'text' and 'entities'")
    pairs: list[tuple[str, Any]] = []
    position = 0
    for entity in sorted(value.get("entities", []), key=lambda e: e["start"]):
        if entity["start"] > position:
            pairs.append((text[position : entity["start"]], None))
        pairs.append((text[entity["start"] : entity["end"]], entity.get("entity")))
        position = entity["end"]
    if position < len(text):
        pairs.append((text[position:], None))
    return pairs


def _combine(tokens: list[dict[str, Any]], separator: str) -> list[dict[str, Any]]:
    combined: list[dict[str, Any]] = []
    for token in tokens:
        if combined and combined[-1]["class_or_confidence"] == token["class_or_confidence"]:
            combined[-1] = {
                **combined[-1],
                "token": combined[-1]["token"] + separator + token["token"],
            }
        else:
            combined.append(dict(token))
    return combined


CODE_LANGUAGES: tuple[str | None, ...] = (
    "python", "c", "cpp", "markdown", "latex", "json", "html", "css", "javascript", "jinja2",
    "typescript", "yaml", "dockerfile", "shell", "r", "sql", "sql-msSQL", "sql-mySQL",
    "sql-mariaDB", "sql-sqlite", "sql-cassandra", "sql-plSQL", "sql-hive", "sql-pgSQL",
    "sql-gql", "sql-gpSQL", "sql-sparkSQL", "sql-esper", None,
)  # fmt: skip


class Code(Component):
    """Source code in a monospace box, highlighted by `language`; editable when interactive."""

    languages: ClassVar[tuple[str | None, ...]] = CODE_LANGUAGES

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "language",
        "lines",
        "max_lines",
        "wrap_lines",
    )
    api_type: ClassVar[dict[str, Any]] = {"type": "string"}
    python_type = "str"

    change = EventListener("change")
    input = EventListener("input")
    focus = EventListener("focus")
    blur = EventListener("blur")

    def __init__(
        self,
        value: str | Any | None = None,
        language: str | None = None,
        *,
        lines: int = 5,
        max_lines: int | None = None,
        wrap_lines: bool = False,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        if language not in CODE_LANGUAGES:
            known = ", ".join(name for name in CODE_LANGUAGES if name)
            raise ValueError(
                f"gr.Code: language {language!r} is not supported; use one of {known} or None"
            )
        self.language = language
        self.lines = lines
        self.max_lines = max_lines
        self.wrap_lines = wrap_lines
        super().__init__(value, **shared)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)
