"""The values and the app both sides of the Gradio comparison run (test_gradio_wire.py runs it on
blocklite, gradio_wire_app.py on real Gradio). It imports neither library: `build(gr)` gets one."""

from __future__ import annotations

import datetime
import decimal
from typing import Any


class Shown:
    """An object JSON has no form for: both sides send its `str()`."""

    def __str__(self) -> str:
        return "a Shown"


def cases() -> dict[str, Any]:
    """Handler results by name (numpy's imported here: both venvs have it, Pyodide skips)."""
    import numpy as np

    return {
        "nan": float("nan"),
        "inf": float("inf"),
        "ninf": float("-inf"),
        "datetime": datetime.datetime(2024, 1, 2, 3, 4, 5),
        "datetime_utc": datetime.datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=datetime.UTC),
        "date": datetime.date(2024, 1, 2),
        "time": datetime.time(3, 4, 5),
        "bytes": b"ab\xff",
        "set": {1},
        "frozenset": frozenset({2}),
        "tuple": (1, (2, 3)),
        "decimal": decimal.Decimal("1.5"),
        "object": Shown(),
        "complex": 1 + 2j,
        "nested": {"a": [float("nan"), {"b": float("inf")}], "c": "ok"},
        "np_float_nan": np.float64("nan"),
        "np_int": np.int64(3),
        "np_float32": np.float32(1.5),
        "np_array": np.array([1.0, np.nan, np.inf]),
        "plain": {"a": [1, 2.5, "x", None, True]},
    }


#: What a user may type into the Textbox: into gr.JSON as text, and into gr.Number(float(x)).
TYPED_JSON = ["NaN", "nan", "Infinity", "-Infinity", "1e999", "[NaN]", '{"a": 1}', "[1, 2]"]
TYPED_NUMBERS = ["NaN", "nan", "inf", "-inf", "1e999", "Infinity", "2.5", "-0"]


def events() -> list[tuple[int, str, list[str]]]:
    """(fn_index, api_name, inputs) of every event compared, each queued and through /run."""
    names = list(cases())
    return [
        (0, "echo_json", TYPED_JSON),
        (1, "as_float", TYPED_NUMBERS),
        (2, "pick_json", names),
        (3, "dict_json", names),
    ]


def outcome(success: bool, output: dict[str, Any]) -> dict[str, Any]:
    """What is compared of one answer: the data, or that it failed and the message's start."""
    if success:
        return {"success": True, "data": output["data"]}
    error = output.get("error")
    return {"success": False, "error": None if error is None else error.split(":")[0]}


def build(gr: Any) -> Any:
    """The app, with `gr` either library."""
    values = cases()
    with gr.Blocks() as demo:
        text = gr.Textbox()
        shown = gr.JSON()
        number = gr.Number()
        text.submit(lambda x: x, text, shown, api_name="echo_json")
        text.change(lambda x: float(x), text, number, api_name="as_float")
        text.blur(lambda name: values[name], text, shown, api_name="pick_json")
        text.focus(lambda name: {"value": values[name]}, text, shown, api_name="dict_json")
    return demo
