"""`LinePlot`, `ScatterPlot`, `BarPlot`: Gradio's native plots, drawn by the page with Vega-Lite.

The value on the wire is Gradio's `{"columns", "data", "datatypes", "mark"}`: the table in rows,
each column's Vega type ("quantitative", "nominal", "temporal") and the mark. A handler returns a
pandas DataFrame (when pandas is importable, read as Gradio reads it), or without pandas a dict of
columns (`{"x": [...], "y": [...]}`) or a list of row dicts; the column types are then inferred
from the values (numbers, ISO dates and times, anything else nominal). The encoding (x, y, color,
titles, limits, bins, aggregation, sort...) is the component's props, as in Gradio.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from .base import Component, ComponentKeywords

VegaType = Literal["quantitative", "nominal", "temporal"]


def _is_dataframe(value: Any) -> bool:
    return type(value).__module__.split(".", 1)[0] == "pandas" and hasattr(value, "to_json")


def _from_dataframe(frame: Any) -> tuple[list[str], list[list[Any]], dict[str, VegaType]]:
    import json

    import pandas as pd  # type: ignore[import-not-found]  # only reached with a DataFrame

    def vega_type(dtype: Any) -> VegaType:
        if pd.api.types.is_numeric_dtype(dtype):
            return "quantitative"
        if pd.api.types.is_datetime64_any_dtype(dtype):
            return "temporal"
        return "nominal"

    split = json.loads(frame.to_json(orient="split", date_unit="ms"))
    types = {str(col): vega_type(frame[col].dtype) for col in frame.columns}
    return [str(c) for c in split["columns"]], split["data"], types


def _cell(value: Any) -> Any:
    """A cell as JSON carries it (dates as epoch milliseconds, as pandas' to_json writes them)."""
    if isinstance(value, dt.datetime):
        stamp = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return int(stamp.timestamp() * 1000)
    if isinstance(value, dt.date):
        return int(
            dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC).timestamp() * 1000
        )
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _column_type(values: list[Any]) -> VegaType:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "quantitative"
    if present and all(isinstance(v, (dt.date, dt.datetime)) for v in present):
        return "temporal"
    return "nominal"


def _from_columns(
    columns: dict[str, Any], where: str
) -> tuple[list[str], list[list[Any]], dict[str, VegaType]]:
    names = [str(name) for name in columns]
    lists = [
        list(values) if not isinstance(values, (str, bytes)) else None
        for values in columns.values()
    ]
    if any(values is None for values in lists):
        raise Error(f"{where}: each column must be a list of values")
    lengths = {len(values) for values in lists}  # type: ignore[arg-type]
    if len(lengths) > 1:
        raise Error(f"{where}: the columns have different lengths ({sorted(lengths)})")
    types = {name: _column_type(values) for name, values in zip(names, lists)}  # type: ignore[arg-type]
    rows = [[_cell(value) for value in row] for row in zip(*lists)]  # type: ignore[misc]
    return names, rows, types


def _from_records(
    records: list[Any], where: str
) -> tuple[list[str], list[list[Any]], dict[str, VegaType]]:
    if not all(isinstance(row, dict) for row in records):
        raise Error(f"{where}: a list value must hold one dict per row")
    names: list[str] = []
    for row in records:
        names += [str(k) for k in row if str(k) not in names]
    columns = {name: [row.get(name) for row in records] for name in names}
    return _from_columns(columns, where)


class NativePlot(Component):
    """What the three native plots share: the encoding props and the value's conversion."""

    block_type = "nativeplot"
    #: The Vega-Lite mark ("line", "point", "bar"); the config's `name` is the class's name.
    mark: ClassVar[str] = "native"
    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "x", "y", "color", "title", "x_title", "y_title", "color_title", "x_bin", "y_aggregate",
        "color_map", "colors_in_legend", "x_lim", "y_lim", "x_label_angle", "y_label_angle",
        "x_axis_format", "y_axis_format", "x_axis_labels_visible", "caption", "sort", "tooltip",
        "height", "buttons",
    )  # fmt: skip
    api_type: ClassVar[dict[str, Any]] = {}
    python_type = "Any"

    change = EventListener("change", "The data changed.")
    select = EventListener("select", "The user selected a region (SelectData: index, value).")
    double_click = EventListener("double_click", "The user double-clicked the plot.")

    def __init__(
        self,
        value: Any = None,
        x: str | None = None,
        y: str | None = None,
        *,
        color: str | None = None,
        title: str | None = None,
        x_title: str | None = None,
        y_title: str | None = None,
        color_title: str | None = None,
        x_bin: str | float | None = None,
        y_aggregate: Literal["sum", "mean", "median", "min", "max", "count"] | None = None,
        color_map: dict[str, str] | None = None,
        colors_in_legend: list[str] | None = None,
        x_lim: list[float | None] | None = None,
        y_lim: list[float | None] | None = None,
        x_label_angle: float = 0,
        y_label_angle: float = 0,
        x_axis_format: str | None = None,
        y_axis_format: str | None = None,
        x_axis_labels_visible: bool | Literal["hidden"] = True,
        caption: str | None = None,
        sort: Literal["x", "y", "-x", "-y"] | list[str] | None = None,
        tooltip: Literal["axis", "none", "all"] | list[str] = "axis",
        height: int | None = None,
        buttons: list[Any] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        self.x, self.y, self.color, self.title = x, y, color, title
        self.x_title, self.y_title, self.color_title = x_title, y_title, color_title
        self.x_bin, self.y_aggregate = x_bin, y_aggregate
        self.color_map, self.colors_in_legend = color_map, colors_in_legend
        self.x_lim, self.y_lim = x_lim, y_lim
        self.x_label_angle, self.y_label_angle = x_label_angle, y_label_angle
        self.x_axis_format, self.y_axis_format = x_axis_format, y_axis_format
        self.x_axis_labels_visible = x_axis_labels_visible
        self.caption, self.sort, self.tooltip, self.height = caption, sort, tooltip, height
        self.buttons = list(buttons or [])
        self.preserved_by_key = preserved_by_key
        if shared.get("label") is None and shared.get("show_label") is None:
            shared["show_label"] = False  # Gradio: no label unless one is given
        super().__init__(value, **shared)

    def get_props(self) -> dict[str, Any]:
        props = super().get_props()
        props["name"] = type(self).__name__.lower()  # "lineplot"; the type is "nativeplot"
        return props

    def preprocess(self, payload: Any) -> Any:
        return payload

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        """A DataFrame, a dict of columns or a list of row dicts → the plot's data."""
        if value is None:
            return None
        where = self.describe()
        if _is_dataframe(value):
            columns, rows, types = _from_dataframe(value)
        elif isinstance(value, dict) and {"columns", "data"} <= set(value):
            return value  # already the wire form (an update, or the page's value handed back)
        elif isinstance(value, dict):
            columns, rows, types = _from_columns(value, where)
        elif isinstance(value, list):
            columns, rows, types = _from_records(value, where)
        else:
            raise Error(
                f"{where}: expected a pandas DataFrame, a dict of columns or a list of row "
                f"dicts, got {type(value).__name__}"
            )
        for axis in ("x", "y", "color"):
            name = getattr(self, axis)
            if name is not None and name not in columns:
                raise Error(f"{where}: {axis}={name!r} is not a column (columns: {columns})")
        return {"columns": columns, "data": rows, "datatypes": types, "mark": self.mark}


class LinePlot(NativePlot):
    """A line chart of `y` against `x` (one line per `color` value)."""

    block_type = "nativeplot"
    mark = "line"


class ScatterPlot(NativePlot):
    """Points of `y` against `x`, coloured by `color`."""

    block_type = "nativeplot"
    mark = "point"


class BarPlot(NativePlot):
    """Bars of `y` (aggregated with `y_aggregate`) per `x`."""

    block_type = "nativeplot"
    mark = "bar"
