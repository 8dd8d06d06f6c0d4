"""`Dataframe` (and Gradio's templates `Numpy`, `Matrix`, `List`): a table, shown or edited.

Gradio 6.31's parameters, events and config props. The value conversions are in
dataframe_values.py. `type="pandas"` is the default: without pandas it falls back to "array" (the
rows as a list of lists carrying `.headers`, said once in the console); an explicit
`type="pandas"` (or "numpy"/"polars") without its package is an error at construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from ..optional import note_fallback, optional, require
from .base import Component, ValueKeywords
from .dataframe_values import auto_datatype, check_payload, from_table, to_table

DATATYPES = ("str", "number", "bool", "date", "markdown", "html", "image", "auto")
TYPES = ("pandas", "numpy", "array", "polars")
SEARCH = ("none", "search", "filter")
BUTTONS = ("fullscreen", "copy")

#: DataframeData's schema in /gradio_api/info.
DATAFRAME_SCHEMA: dict[str, Any] = {
    "properties": {
        "headers": {"items": {}, "title": "Headers", "type": "array"},
        "data": {"items": {"items": {}, "type": "array"}, "title": "Data", "type": "array"},
        "metadata": {
            "anyOf": [
                {
                    "additionalProperties": {
                        "anyOf": [{"items": {}, "type": "array"}, {"type": "null"}]
                    },
                    "type": "object",
                },
                {"type": "null"},
            ],
            "default": None,
            "title": "Metadata",
        },
    },
    "required": ["headers", "data"],
    "title": "DataframeData",
    "type": "object",
}

_PACKAGE = {"pandas": "pandas", "numpy": "numpy", "polars": "polars"}


def _count(count: Any, default: int) -> list[Any]:
    """`row_count`/`column_count` as Gradio's config has them: `[n, "dynamic" | "fixed"]`."""
    if count is None:
        return [default, "dynamic"]
    if isinstance(count, (int, float)) and not isinstance(count, bool):
        return [int(count), "dynamic"]
    if isinstance(count, (tuple, list)) and len(count) == 2 and count[1] in ("dynamic", "fixed"):
        return [int(count[0]), count[1]]
    raise ValueError(
        f"Dataframe: a count must be a number or (number, 'fixed'|'dynamic'), not {count!r}"
    )


def resolve_type(type: str, explicit: bool) -> str:
    """The form a handler gets: `type` when its package imports; the default "pandas" without
    pandas falls back to "array" (one note); an explicit request fails naming the package."""
    if type not in TYPES:
        raise ValueError(
            f"Invalid value for parameter `type`: {type}. Please choose from one of: {list(TYPES)}"
        )
    package = _PACKAGE.get(type)
    if package is None or optional(package) is not None:
        return type
    if explicit:
        require(package, f"Dataframe(type={type!r})")
    note_fallback(package, "gr.Dataframe passes tables to functions as lists of rows (.headers)")
    return "array"


class Dataframe(Component):
    """A spreadsheet-like table: shown, or edited when interactive."""

    props: ClassVar[tuple[str, ...]] = (
        *(p for p in Component.props if p not in ("info", "container")),
        "headers",
        "row_count",
        "col_count",
        "column_count",
        "datatype",
        "type",
        "latex_delimiters",
        "max_height",
        "wrap",
        "line_breaks",
        "column_widths",
        "buttons",
        "show_row_numbers",
        "max_chars",
        "show_search",
        "pinned_columns",
        "static_columns",
    )
    api_type: ClassVar[dict[str, Any]] = DATAFRAME_SCHEMA
    python_type = "dict(headers: list[Any], data: list[list[Any]], metadata: dict | None)"
    example_value: ClassVar[Any] = {"headers": ["a", "b"], "data": [["foo", "bar"]]}

    change = EventListener(
        "change", "The value changed (the user edited it, or a function set it)."
    )
    input = EventListener("input", "The user changed a cell.")
    select = EventListener(
        "select",
        "The user clicked a cell (SelectData: index [row, col], value, row_value, col_value).",
    )
    edit = EventListener("edit", "The user finished editing a cell.")

    #: What Gradio's templates (`gr.Numpy`, `gr.Matrix`, `gr.List`) change: the type, one row to
    #: start with, and (List) one column.
    template_type: ClassVar[str | None] = None
    template_columns: ClassVar[int | None] = None

    def __init__(
        self,
        value: Any = None,
        *,
        headers: list[str] | None = None,
        row_count: int | tuple[int, str] | None = None,
        row_limits: tuple[int | None, int | None] | None = None,
        col_count: int | tuple[int, str] | None = None,
        column_count: int | tuple[int, str] | None = None,
        column_limits: tuple[int | None, int | None] | None = None,
        datatype: str | Sequence[str] = "str",
        type: Literal["pandas", "numpy", "array", "polars"] = "pandas",
        latex_delimiters: list[dict[str, str | bool]] | None = None,
        max_height: int | str = 500,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        preserved_by_key: list[str] | str | None = "value",
        wrap: bool = False,
        line_breaks: bool = True,
        column_widths: list[str | int] | None = None,
        buttons: list[Literal["fullscreen", "copy"]] | None = None,
        show_row_numbers: bool = False,
        max_chars: int | None = None,
        show_search: Literal["none", "search", "filter"] = "none",
        pinned_columns: int | None = None,
        static_columns: list[int] | None = None,
        **shared: Unpack[ValueKeywords],
    ) -> None:
        self.wrap = wrap
        if self.template_type is not None:
            type = self.template_type if "type" not in self._constructor_args else type
            row_count = (1, "dynamic") if row_count is None else row_count
            col_count = self.template_columns if col_count is None else col_count
        self.row_count = _count(row_count, 3)
        self.row_limits = row_limits
        # Gradio 6.31 ignores the deprecated col_count (it warns); blocklite takes it when
        # column_count is not given, as Gradio 5 did (docs/media.md).
        given = column_count if column_count is not None else col_count
        self.column_count = _count(given, len(headers) if headers else 3)
        self.col_count = list(self.column_count)
        self.column_limits = column_limits
        self.static_columns = list(static_columns or [])
        if headers is not None and len(headers) != self.column_count[0]:
            raise ValueError(
                "The length of the headers list must be equal to the column_count.\n"
                f"The column count is set to {self.column_count[0]} but `headers` has "
                f"{len(headers)} items. Check the values passed to `column_count` and `headers`."
            )
        self.headers = (
            list(headers)
            if headers is not None
            else [str(i) for i in range(1, self.column_count[0] + 1)]
        )
        explicit = "type" in self._constructor_args or self.template_type is not None
        #: What handlers get: `type`, or "array" when it falls back (`self.type` stays Gradio's).
        self.handler_type = resolve_type(type, explicit)
        self.type = type
        for kind in [datatype] if isinstance(datatype, str) else list(datatype):
            if kind not in DATATYPES:
                raise ValueError(
                    f"Dataframe: unknown datatype {kind!r}; use one of {list(DATATYPES)}"
                )
        self.datatype = auto_datatype(value) if datatype == "auto" else datatype
        if self.datatype is not datatype and not isinstance(self.datatype, str):
            self.datatype = list(self.datatype)
        self.latex_delimiters = (
            latex_delimiters
            if latex_delimiters is not None
            else [{"left": "$$", "right": "$$", "display": True}]
        )
        self.max_height = max_height
        self.line_breaks = line_breaks
        self.column_widths = [
            w if isinstance(w, str) and (w.endswith(("px", "%")) or w == "auto") else f"{w}px"
            for w in (column_widths or [])
        ]
        if buttons is not None and any(b not in BUTTONS for b in buttons):
            raise ValueError(f"Dataframe: buttons must be among {list(BUTTONS)}, not {buttons!r}")
        self.buttons = list(buttons) if buttons is not None else None
        self.show_row_numbers = show_row_numbers
        self.max_chars = max_chars
        if show_search not in SEARCH:
            raise ValueError(
                f"Dataframe: show_search must be one of {list(SEARCH)}, not {show_search!r}"
            )
        self.show_search = show_search
        self.pinned_columns = pinned_columns
        self.preserved_by_key = preserved_by_key
        super().__init__(value, scale=scale, min_width=min_width, interactive=interactive, **shared)

    def preprocess(self, payload: Any) -> Any:
        """The page's DataframeData → a DataFrame, array or list of rows as `type` says."""
        if payload is None:
            return None
        try:
            headers, rows = check_payload(payload, self.describe())
        except ValueError as error:
            raise Error(str(error)) from None
        fallback = self.handler_type != self.type
        return from_table(headers, rows, self.handler_type, fallback)

    def postprocess(self, value: Any) -> dict[str, Any]:
        """Any table a handler returns → DataframeData (None is an empty table with the headers)."""
        return to_table(value, self.headers, self.describe())


class Numpy(Dataframe):
    """A Dataframe whose handler gets a numpy array (Gradio's template: type="numpy", one row)."""

    block_type = "dataframe"
    template_type = "numpy"


class Matrix(Dataframe):
    """A Dataframe whose handler gets a list of lists (Gradio's template: type="array")."""

    block_type = "dataframe"
    template_type = "array"


class List(Dataframe):
    """A one-column Dataframe whose handler gets a list of lists (Gradio's template)."""

    block_type = "dataframe"
    template_type = "array"
    template_columns = 1
