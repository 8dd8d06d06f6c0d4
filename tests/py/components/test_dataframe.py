"""gr.Dataframe (and gr.Numpy / gr.Matrix / gr.List): every pre/postprocess with and without numpy
and pandas, datatypes, the fallback of the default type, and the config against real Gradio.

"Without" is simulated by making the import fail (`sys.modules[name] = None`); the tests that need
a package skip where it is not installed (the Pyodide suite), the others run everywhere.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from image_support import fresh_optional, needs, without  # noqa: F401

import blocklite as gr
from blocklite.components.dataframe_values import Rows
from blocklite.errors import Error
from blocklite.optional import MissingPackageError

pytestmark = pytest.mark.usefixtures("fresh_optional")

WIRE = {"headers": ["a", "b"], "data": [[1, "x"], [2, "y"]], "metadata": None}


def build(**kwargs):
    with gr.Blocks():
        return gr.Dataframe(**kwargs)


# -- postprocess: every shape a handler may return ---------------------------------------------


def test_list_of_lists_gets_numbered_headers_padded_to_the_width() -> None:
    table = build().postprocess([[1, 2, 3, 4], [5, 6, 7, 8]])
    assert table == {
        "headers": ["1", "2", "3", "4"],
        "data": [[1, 2, 3, 4], [5, 6, 7, 8]],
        "metadata": None,
    }


def test_headers_are_cut_to_the_width_and_tuples_and_flat_lists_become_rows() -> None:
    frame = build(headers=["a", "b", "c"])
    assert frame.postprocess([(1, 2)]) == {
        "headers": ["a", "b"],
        "data": [[1, 2]],
        "metadata": None,
    }
    assert frame.postprocess([7, 8])["data"] == [[7], [8]]


def test_none_and_empty_values_are_an_empty_table_with_the_headers() -> None:
    frame = build(headers=["a", "b"])
    for empty in (None, [], [[]], {"data": []}):
        assert frame.postprocess(empty) == {"headers": ["a", "b"], "data": [], "metadata": None}


def test_a_dict_keeps_its_headers_and_metadata() -> None:
    styled = {"data": [[1]], "headers": ["n"], "metadata": {"styling": [["color: red"]]}}
    assert build().postprocess(styled) == {
        "headers": ["n"],
        "data": [[1]],
        "metadata": {"styling": [["color: red"]]},
    }
    with pytest.raises(ValueError, match="'data' key"):
        build().postprocess({"rows": []})


def test_cells_are_made_json_nan_is_none() -> None:
    import datetime

    row = [float("nan"), float("inf"), datetime.date(2024, 1, 2), object, True]
    cells = build().postprocess([row])["data"][0]
    assert cells[:3] == [None, None, "2024-01-02"]
    assert cells[3] == str(object) and cells[4] is True


def test_a_csv_path_is_read(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("name,n\nann,1\nbob,2.5\n")
    assert build().postprocess(str(path)) == {
        "headers": ["name", "n"],
        "data": [["ann", 1], ["bob", 2.5]],
        "metadata": None,
    }


def test_a_csv_path_is_read_without_pandas(tmp_path: Path, monkeypatch) -> None:
    without(monkeypatch, "pandas")
    path = tmp_path / "t.csv"
    path.write_text("name,n\nann,1\n")
    assert build(type="array").postprocess(str(path))["data"] == [["ann", 1]]


def test_numpy_arrays_become_lists_of_python_numbers() -> None:
    needs("numpy")
    import numpy as np

    table = build().postprocess(np.array([[1, 2], [3, 4]], dtype=np.int64))
    assert table["data"] == [[1, 2], [3, 4]]
    assert type(table["data"][0][0]) is int


def test_a_pandas_dataframe_gives_its_columns_as_headers() -> None:
    needs("pandas")
    import pandas as pd

    frame = pd.DataFrame({"x": [1, 2], "y": ["a", None]})
    assert build().postprocess(frame) == {
        "headers": ["x", "y"],
        "data": [[1, "a"], [2, None]],
        "metadata": None,
    }


def test_a_styler_sends_display_values_and_cell_styles() -> None:
    needs("pandas")
    pytest.importorskip("jinja2")
    import pandas as pd

    frame = pd.DataFrame({"x": [1.2345, -2.0]})
    styler = frame.style.format("{:.1f}").map(lambda v: "color: red" if v < 0 else "")
    table = build().postprocess(styler)
    assert table["data"] == [[1.2345], [-2.0]]
    assert table["metadata"]["display_value"] == [["1.2"], ["-2.0"]]
    assert table["metadata"]["styling"] == [[""], ["color: red"]]


def test_an_unknown_value_is_a_type_error_naming_the_component() -> None:
    with pytest.raises(TypeError, match=r"Dataframe 'T'.*cannot show a value of type set"):
        build(label="T").postprocess({1, 2})


# -- preprocess: the type a handler gets ------------------------------------------------------


def test_array_gets_the_rows() -> None:
    assert build(type="array").preprocess(WIRE) == [[1, "x"], [2, "y"]]


def test_numpy_gets_an_array() -> None:
    needs("numpy")
    out = build(type="numpy").preprocess({"headers": ["a"], "data": [[1], [2]]})
    assert out.tolist() == [[1], [2]]


def test_pandas_gets_a_dataframe_with_the_headers() -> None:
    needs("pandas")
    out = build().preprocess(WIRE)
    assert list(out.columns) == ["a", "b"] and out.values.tolist() == [[1, "x"], [2, "y"]]
    assert build().preprocess({"headers": ["a"], "data": [[]]}).empty


def test_default_pandas_without_pandas_falls_back_to_rows_with_headers(monkeypatch, capsys) -> None:
    without(monkeypatch, "pandas")
    frame = build()
    rows = frame.preprocess(WIRE)
    assert isinstance(rows, Rows) and rows == [[1, "x"], [2, "y"]]
    assert rows.headers == ["a", "b"] and rows.columns == ["a", "b"]
    assert frame.get_props()["type"] == "pandas"  # the config still says what the app asked
    build()
    assert capsys.readouterr().err.count("'pandas' is not installed") == 1


def test_explicit_types_without_their_package_are_errors(monkeypatch) -> None:
    without(monkeypatch, "pandas", "numpy")
    with pytest.raises(MissingPackageError, match=r"Dataframe\(type='pandas'\).*'pandas'"):
        build(type="pandas")
    with pytest.raises(MissingPackageError, match="'numpy'"):
        build(type="numpy")
    with pytest.raises(MissingPackageError, match="'numpy'"), gr.Blocks():
        gr.Numpy()
    with gr.Blocks():
        assert gr.Matrix().preprocess(WIRE) == [[1, "x"], [2, "y"]]


def test_a_bad_payload_is_a_user_error() -> None:
    for bad in ("text", {"data": "x"}, {"data": [1]}, {"data": [], "headers": "a"}):
        with pytest.raises(Error, match="Dataframe"):
            build(type="array").preprocess(bad)
    assert build(type="array").preprocess(None) is None


# -- arguments --------------------------------------------------------------------------------


def test_counts_headers_and_widths() -> None:
    frame = build(headers=["a", "b"], row_count=(4, "fixed"), column_widths=[50, "20%"])
    assert frame.row_count == [4, "fixed"] and frame.column_count == [2, "dynamic"]
    assert frame.column_widths == ["50px", "20%"]
    assert build(col_count=(2, "fixed")).column_count == [2, "fixed"]
    with pytest.raises(ValueError, match="length of the headers"):
        build(headers=["a"], column_count=2)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"type": "excel"}, "Invalid value for parameter `type`"),
        ({"datatype": "money"}, "unknown datatype 'money'"),
        ({"datatype": ["str", "cash"]}, "unknown datatype 'cash'"),
        ({"show_search": "find"}, "show_search"),
        ({"buttons": ["share"]}, "buttons"),
        ({"row_count": "many"}, "count"),
    ],
)
def test_bad_arguments_are_value_errors(kwargs, match) -> None:
    with pytest.raises(ValueError, match=match):
        build(**kwargs)


def test_datatypes_and_auto() -> None:
    assert build(datatype=["str", "markdown", "html"]).datatype == ["str", "markdown", "html"]
    assert build(datatype="auto", value=[[1, "a", True, 2.5]]).datatype == [
        "number",
        "str",
        "bool",
        "number",
    ]
    assert build(datatype="auto", value=None).datatype == "str"


def test_auto_datatype_from_pandas_dtypes() -> None:
    needs("pandas")
    import pandas as pd

    frame = pd.DataFrame({"n": [1], "f": [1.5], "s": ["x"], "b": [True]})
    frame["d"] = pd.to_datetime(["2024-01-01"])
    assert build(datatype="auto", value=frame).datatype == [
        "number",
        "number",
        "str",
        "bool",
        "date",
    ]


def test_templates_set_their_type_and_one_row_and_list_one_column() -> None:
    with gr.Blocks():
        matrix, one = gr.Matrix(), gr.List()
    assert (matrix.type, one.type) == ("array", "array")
    assert matrix.row_count == [1, "dynamic"]
    assert one.column_count == [1, "dynamic"] and one.headers == ["1"]
    assert {matrix.block_type, one.block_type} == {"dataframe"}


def test_the_numpy_template() -> None:
    needs("numpy")
    with gr.Blocks():
        numpy = gr.Numpy()
    assert (numpy.type, numpy.row_count, numpy.block_type) == ("numpy", [1, "dynamic"], "dataframe")


def test_update_and_shortcut() -> None:
    frame = build(headers=["a"])
    frame.apply_props({"show_search": "filter", "wrap": True})
    assert frame.get_props()["show_search"] == "filter" and frame.wrap is True
    with gr.Blocks():
        demo = gr.Interface(lambda t: t, "dataframe", "list")
    assert [type(c).__name__ for c in demo.input_components + demo.output_components] == [
        "Dataframe",
        "List",
    ]


# -- config against real Gradio -----------------------------------------------------------------

CASES = [
    ("Dataframe", {}),
    ("Dataframe", {"value": [[1, 2], [3, 4]], "headers": ["a", "b"], "interactive": True}),
    (
        "Dataframe",
        {
            "headers": ["x", "y"],
            "datatype": ["str", "number"],
            "column_widths": [100, "20%"],
            "show_search": "filter",
            "pinned_columns": 1,
            "buttons": ["copy"],
            "label": "T",
            "max_chars": 5,
            "wrap": True,
            "static_columns": [0],
            "row_count": (2, "fixed"),
            "show_row_numbers": True,
            "latex_delimiters": [],
        },
    ),
    ("Dataframe", {"value": {"data": [["a"]], "headers": ["h"]}, "type": "array"}),
    ("Numpy", {"value": [[1.5]]}),
    ("Matrix", {"label": "M", "max_height": 300}),
]


@pytest.mark.skipif(sys.platform == "emscripten", reason="runs real Gradio in a subprocess")
def test_config_props_are_gradios() -> None:
    from real_gradio import NOT_IN_CONFIG, gradio_props

    cases = [*CASES, ("List", {})]
    expected = gradio_props(cases)
    with gr.Blocks():
        ours = [getattr(gr, name)(**kwargs).get_props() for name, kwargs in cases]
    for (name, kwargs), mine, theirs in zip(cases, ours, expected):
        mine = {k: v for k, v in mine.items() if k not in NOT_IN_CONFIG}
        if name == "List":  # Gradio 6.31 ignores List's col_count=1 (docs/media.md); we keep it
            assert mine["column_count"] == [1, "dynamic"]
            assert theirs["column_count"] == [3, "dynamic"]
            differ = {"value", "headers", "col_count", "column_count"}
            mine = {k: v for k, v in mine.items() if k not in differ}
            theirs = {k: v for k, v in theirs.items() if k not in differ}
        assert mine == theirs, (name, kwargs)
