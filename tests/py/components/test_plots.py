"""gr.Plot and the native plots: what a handler may return (plotly/altair figures by their
`to_json`, a figure dict, matplotlib when importable; a DataFrame, a dict of columns or row dicts
for native plots), the errors for what cannot be drawn, and the config real Gradio builds."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import pytest

import blocklite as gr


class FakeFigure:
    """An object that says it comes from plotly (the component recognises figures by module)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def to_json(self) -> str:
        return json.dumps(self.spec)


def test_figures_by_library_and_figure_dicts() -> None:
    plot = gr.Plot(render=False)
    figure = FakeFigure({"data": [{"type": "bar", "y": [1, 2]}]})
    FakeFigure.__module__ = "plotly.graph_objs._figure"
    assert plot.postprocess(figure) == {"type": "plotly", "plot": figure.to_json()}
    FakeFigure.__module__ = "altair.vegalite.v5.api"
    assert plot.postprocess(figure)["type"] == "altair"
    assert plot.postprocess({"data": [{"y": [3]}], "layout": {"title": "t"}})["type"] == "plotly"
    vega = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "mark": "bar"}
    assert json.loads(plot.postprocess(vega)["plot"]) == vega
    assert plot.postprocess({"type": "plotly", "plot": "{}"}) == {"type": "plotly", "plot": "{}"}
    assert plot.postprocess(None) is None


def test_what_cannot_be_drawn_is_a_clear_error() -> None:
    plot = gr.Plot(label="Chart", render=False)
    with pytest.raises(gr.Error, match="cannot show a int"):
        plot.postprocess(3)
    with pytest.raises(gr.Error, match="figure dict must be"):
        plot.postprocess({"rows": []})


def test_matplotlib_figures_become_images() -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(2, 1))
    figure.add_subplot().plot([1, 2, 3])
    data = gr.Plot(format="png", render=False).postprocess(figure)
    assert data["type"] == "matplotlib" and data["plot"].startswith("data:image/png;base64,")


def test_native_plots_from_a_dict_of_columns_without_pandas() -> None:
    day = dt.date(2026, 1, 2)
    line = gr.LinePlot(x="when", y="sales", color="shop", render=False)
    value = line.postprocess({"when": [day, day], "sales": [3, 4.5], "shop": ["a", "b"]})
    assert value == {
        "columns": ["when", "sales", "shop"],
        "data": [[1767312000000, 3, "a"], [1767312000000, 4.5, "b"]],
        "datatypes": {"when": "temporal", "sales": "quantitative", "shop": "nominal"},
        "mark": "line",
    }
    rows = gr.BarPlot(x="k", y="v", render=False).postprocess([{"k": "a", "v": 1}, {"k": "b"}])
    assert rows["data"] == [["a", 1], ["b", None]] and rows["mark"] == "bar"
    assert gr.ScatterPlot(render=False).postprocess({"a": [1], "b": [2]})["mark"] == "point"
    assert line.postprocess(value) is value  # the wire form passes (an update, a value handed back)


def test_native_plot_refusals() -> None:
    plot = gr.LinePlot(x="x", y="missing", render=False)
    with pytest.raises(gr.Error, match="y='missing' is not a column"):
        plot.postprocess({"x": [1], "y": [2]})
    with pytest.raises(gr.Error, match="different lengths"):
        gr.LinePlot(render=False).postprocess({"x": [1, 2], "y": [2]})
    with pytest.raises(gr.Error, match="expected a pandas DataFrame"):
        gr.LinePlot(render=False).postprocess("x,y")


def test_native_plots_read_a_dataframe_as_gradio() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"x": [1, 2], "y": [3.0, 4.0], "c": ["a", "b"]})
    value = gr.ScatterPlot(x="x", y="y", color="c", render=False).postprocess(frame)
    assert value["datatypes"] == {"x": "quantitative", "y": "quantitative", "c": "nominal"}


def test_config_type_is_nativeplot_and_name_the_class() -> None:
    config = gr.BarPlot(x="a", y="b", render=False).get_config()
    assert config["type"] == "nativeplot" and config["props"]["name"] == "barplot"


CASES: list[tuple[str, dict[str, Any]]] = [
    ("Plot", {}),
    ("Plot", {"label": "Figure", "format": "png"}),
    ("LinePlot", {"x": "a", "y": "b", "title": "T", "x_lim": [0, 5], "height": 200}),
    ("ScatterPlot", {"x": "a", "y": "b", "color": "c", "tooltip": "all", "label": "S"}),
    ("BarPlot", {"x": "a", "y": "b", "y_aggregate": "sum", "sort": "-y", "x_label_angle": 30}),
]


@pytest.mark.skipif(sys.platform == "emscripten", reason="runs real Gradio in a subprocess")
def test_config_props_are_gradios() -> None:
    from real_gradio import NOT_IN_CONFIG, gradio_props

    expected = gradio_props(CASES)
    with gr.Blocks():
        ours = [getattr(gr, name)(**kwargs).get_props() for name, kwargs in CASES]
    for (name, kwargs), mine, theirs in zip(CASES, ours, expected):
        mine = {k: v for k, v in mine.items() if k not in NOT_IN_CONFIG}
        theirs.pop("bokeh_version", None)
        assert mine == theirs, (name, kwargs)
