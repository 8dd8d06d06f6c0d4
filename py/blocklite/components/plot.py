"""`Plot`: a figure from plotly, altair, bokeh or matplotlib, drawn in the page.

The wire value is Gradio's PlotData, `{"type": "plotly" | "altair" | "matplotlib" | "bokeh",
"plot": str}`: a figure's JSON (plotly, altair: their own `to_json()`), or a matplotlib figure
saved as a base64 image. The libraries are the app's own requirements: nothing here imports one
(an object is recognised by the module its class comes from). Without matplotlib nothing changes
for the other kinds. A plain dict is taken too, so an app without plotly can still send a figure:
a plotly figure's `{"data": [...], "layout": {...}}`, or a Vega-Lite spec (`"$schema"` naming
vega-lite).
"""

from __future__ import annotations

import base64
import io
import json
from types import ModuleType
from typing import Any, ClassVar, Unpack

from ..errors import Error
from ..events import EventListener
from .base import Component, ComponentKeywords

KINDS = ("altair", "bokeh", "plotly", "matplotlib")

PLOT_DATA_SCHEMA: dict[str, Any] = {
    "properties": {
        "type": {"enum": list(KINDS), "title": "Type", "type": "string"},
        "plot": {"title": "Plot", "type": "string"},
    },
    "required": ["type", "plot"],
    "title": "PlotData",
    "type": "object",
}


def _library(value: Any) -> str:
    """The top-level package an object (or module, as `plt`) comes from."""
    name = value.__name__ if isinstance(value, ModuleType) else type(value).__module__
    return name.split(".", 1)[0]


def plot_data(value: Any, format: str = "webp", where: str = "Plot") -> dict[str, str] | None:
    """Any figure an app may return → PlotData (None for None)."""
    if value is None:
        return None
    if isinstance(value, dict):
        return _from_dict(value, where)
    library = _library(value)
    if library == "matplotlib":
        return {"type": "matplotlib", "plot": _matplotlib_image(value, format)}
    if library == "bokeh":
        from bokeh.embed import json_item  # type: ignore[import-not-found]

        return {"type": "bokeh", "plot": json.dumps(json_item(value))}
    if library in ("altair", "plotly") and hasattr(value, "to_json"):
        return {"type": library, "plot": value.to_json()}
    raise Error(
        f"{where}: cannot show a {type(value).__name__}: return a plotly, altair, bokeh or "
        "matplotlib figure (or a plotly figure dict)"
    )


def _from_dict(value: dict[str, Any], where: str) -> dict[str, str]:
    kind = value.get("type")
    if kind in KINDS and isinstance(value.get("plot"), str):
        return {"type": kind, "plot": value["plot"]}  # already PlotData
    schema = value.get("$schema")
    if isinstance(schema, str) and "vega-lite" in schema:
        return {"type": "altair", "plot": json.dumps(value)}
    if isinstance(value.get("data"), list) or isinstance(value.get("layout"), dict):
        return {"type": "plotly", "plot": json.dumps(value)}
    raise Error(
        f"{where}: a figure dict must be PlotData, a plotly figure ({{'data', 'layout'}}) or a "
        "Vega-Lite spec"
    )


def _matplotlib_image(value: Any, format: str) -> str:
    """A matplotlib figure (or pyplot itself) as a data: URL of `format` (PNG where unsupported)."""
    figure = value.gcf() if isinstance(value, ModuleType) else value
    buffer = io.BytesIO()
    try:
        figure.savefig(buffer, format=format)
    except ValueError:  # an old matplotlib (Pyodide's) cannot write webp
        buffer = io.BytesIO()
        format = "png"
        figure.savefig(buffer, format=format)
    encoded = base64.b64encode(buffer.getvalue()).decode()
    return f"data:image/{format};base64,{encoded}"


class Plot(Component):
    """A plotly, altair, bokeh or matplotlib figure."""

    props: ClassVar[tuple[str, ...]] = (*Component.props, "format", "buttons", "bokeh_version")
    api_type: ClassVar[dict[str, Any]] = PLOT_DATA_SCHEMA
    python_type = "Any"

    change = EventListener("change", "The figure changed.")

    def __init__(
        self,
        value: Any = None,
        *,
        format: str = "webp",
        preserved_by_key: list[str] | str | None = "value",
        buttons: list[Any] | None = None,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        self.format = format
        self.preserved_by_key = preserved_by_key
        self.buttons = list(buttons or [])
        self.bokeh_version = None  # no bokeh renderer in the page: bokeh figures show a message
        super().__init__(value, **shared)

    def preprocess(self, payload: Any) -> Any:
        return payload

    def postprocess(self, value: Any) -> dict[str, str] | None:
        return plot_data(value, self.format, self.describe())
