"""gr.Dataframe's values: what a handler returns → Gradio's DataframeData, and back.

Why it exists: a table arrives in many shapes (list of lists, `{"data", "headers"}`, numpy arrays,
pandas DataFrames and Stylers, polars frames, a CSV path) and leaves in one of four (`type`). The
native packages are optional (optional.py): every shape that needs one is recognised only when it
imports, and the plain-Python shapes never need one. The wire value is Gradio's
`{"headers": [...], "data": [[...]], "metadata": None | {"display_value", "styling"}}`.
"""

from __future__ import annotations

import contextlib
import csv
import math
from typing import Any

from ..optional import optional

TableData = dict[str, Any]


class Rows(list):  # type: ignore[type-arg]
    """The rows a handler gets when `type="pandas"` fell back to "array" (no pandas): a plain list
    of lists that also carries the column names as `.headers` (a DataFrame's `.columns`)."""

    headers: list[Any]

    def __init__(self, rows: list[list[Any]], headers: list[Any]) -> None:
        super().__init__(rows)
        self.headers = list(headers)

    @property
    def columns(self) -> list[Any]:
        """The headers, under the name a pandas DataFrame uses."""
        return self.headers


# -- page → function ---------------------------------------------------------------------------


def check_payload(payload: Any, describe: str) -> tuple[list[Any], list[list[Any]]]:
    """The headers and rows of the DataframeData the page sent (ValueError if it is not one)."""
    if not isinstance(payload, dict) or not isinstance(payload.get("data"), list):
        raise ValueError(f"{describe}: expected {{'headers': [...], 'data': [[...]]}}")
    headers = payload.get("headers")
    if headers is not None and not isinstance(headers, list):
        raise ValueError(f"{describe}: 'headers' must be a list, not {type(headers).__name__}")
    rows = payload["data"]
    if not all(isinstance(row, (list, tuple)) for row in rows):
        raise ValueError(f"{describe}: every row in 'data' must be a list")
    return (headers if headers is not None else []), [list(row) for row in rows]


def from_table(headers: list[Any], rows: list[list[Any]], type: str, fallback: bool) -> Any:
    """The table as `type` says: a pandas/polars DataFrame, a numpy array or a list of lists
    (`Rows` with `.headers` when it stands in for pandas)."""
    if rows == [[]]:
        rows = []
    if type == "pandas":
        pd = optional("pandas")
        if pd is not None:
            return pd.DataFrame(rows, columns=headers or None)
        fallback = True
    if type == "polars":
        pl = optional("polars")
        if pl is not None:
            return pl.DataFrame(rows, schema=headers or None, orient="row")
    if type == "numpy":
        np = optional("numpy")
        if np is not None:
            return np.array(rows)
    return Rows(rows, headers) if fallback else rows


# -- function → page ---------------------------------------------------------------------------


def _cell(value: Any) -> Any:
    """One cell as JSON: numpy/pandas scalars become Python's, NaN and infinities None (orjson
    writes them as null in Gradio), anything else not JSON its text."""
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, (str, bytes)):
        with contextlib.suppress(TypeError, ValueError):
            value = item()
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return isoformat()
    return str(value)


def _rows(rows: Any) -> list[list[Any]]:
    out: list[list[Any]] = []
    for row in rows:
        cells = list(row) if isinstance(row, (list, tuple)) else [row]
        out.append([_cell(cell) for cell in cells])
    return out


def _read_csv(path: str) -> tuple[list[Any], list[list[Any]]]:
    """A CSV file's header row and rows; numbers in it become numbers (as pandas reads them)."""
    pd = optional("pandas")
    if pd is not None:
        frame = pd.read_csv(path)
        return list(frame.columns), frame.to_dict(orient="split")["data"]

    def number(text: str) -> Any:
        for kind in (int, float):
            try:
                return kind(text)
            except ValueError:
                pass
        return text

    with open(path, newline="", encoding="utf-8") as handle:
        lines = list(csv.reader(handle))
    if not lines:
        return [], []
    return lines[0], [[number(cell) for cell in line] for line in lines[1:]]


def _styler_metadata(styler: Any, hidden: set[int]) -> dict[str, list[list[str]]]:
    """A Styler's per-cell display text and CSS, as Gradio's `metadata` (hidden columns out)."""
    translated = styler._compute()._translate(None, None)
    css: dict[str, str] = {}
    for style in translated.get("cellstyle", []):
        text = "; ".join(f"{prop}: {value}" for prop, value in style.get("props", []))
        for selector in style.get("selectors", []):
            css[selector] = text
    metadata: dict[str, list[list[str]]] = {"display_value": [], "styling": []}
    for body_row in translated["body"]:
        cells = [cell for cell in body_row if cell["type"] == "td"]
        cells = [cell for index, cell in enumerate(cells) if index not in hidden]
        metadata["display_value"].append([cell["display_value"] for cell in cells])
        metadata["styling"].append([css.get(cell["id"], "") for cell in cells])
    return metadata


def split_value(value: Any, describe: str) -> tuple[list[Any], list[list[Any]], Any]:
    """Any table a handler may return → (its own headers or [], its rows, metadata or None)."""
    pd = optional("pandas") if "pandas" in _loaded() else None
    if pd is not None:
        from pandas.io.formats.style import Styler

        if isinstance(value, Styler):
            hidden = {int(c) for c in getattr(value, "hidden_columns", [])}
            frame = value.data
            keep = [i for i in range(len(frame.columns)) if i not in hidden]
            frame = frame.iloc[:, keep]
            data = frame.to_dict(orient="split")["data"]
            return list(frame.columns), data, _styler_metadata(value, hidden)
        if isinstance(value, pd.DataFrame):
            return list(value.columns), value.to_dict(orient="split")["data"], None
    pl = optional("polars") if "polars" in _loaded() else None
    if pl is not None and isinstance(value, pl.DataFrame):
        return list(value.columns), [list(row) for row in value.rows()], None
    if isinstance(value, dict):
        if "data" not in value:
            raise ValueError(
                f"{describe}: a dict value needs a 'data' key (and may have 'headers')"
            )
        return list(value.get("headers") or []), value["data"] or [], value.get("metadata")
    if isinstance(value, str):
        headers, data = _read_csv(value)
        return headers, data, None
    tolist = getattr(value, "tolist", None)
    if callable(tolist) and type(value).__module__.startswith("numpy"):
        value = tolist()
    if isinstance(value, tuple):
        value = list(value)
    if isinstance(value, list):
        return [], value, None
    raise TypeError(
        f"{describe} cannot show a value of type {type(value).__name__}: return a list of rows, "
        "a dict with 'data' (and 'headers'), a numpy array, a pandas DataFrame or Styler, "
        "or a path to a CSV file"
    )


def _loaded() -> set[str]:
    """Packages whose types a value may be: only those already imported (a value of a package
    nobody imported cannot exist), so postprocess never imports pandas just to look."""
    import sys

    return {name for name in ("pandas", "polars") if sys.modules.get(name) is not None}


def to_table(value: Any, default_headers: list[Any], describe: str) -> TableData:
    """The DataframeData the page shows: headers cut or padded ("4", "5"...) to the row width."""
    if value is None:
        return {"headers": list(default_headers), "data": [], "metadata": None}
    own, rows, metadata = split_value(value, describe)
    data = _rows(rows)
    if data == [[]]:
        data = []
    headers = [_cell(h) for h in own] or list(default_headers)
    if not data:
        return {"headers": headers, "data": [], "metadata": None}
    width = len(data[0])
    if len(headers) > width:
        headers = headers[:width]
    headers += [str(i) for i in range(len(headers) + 1, width + 1)]
    return {"headers": headers, "data": data, "metadata": metadata}


#: Gradio's dtype name (brackets and digits dropped, lower case) → the column's datatype.
_DTYPES = {
    "str": "str",
    "object": "str",
    "string": "str",
    "utf": "str",
    "int": "number",
    "float": "number",
    "bool": "bool",
    "boolean": "bool",
    "datetime": "date",
    "date": "date",
    "timedelta": "date",
    "timestamp": "date",
    "category": "str",
    "categorical": "str",
}


def _datatype_of(name: str) -> str:
    import re

    bare = re.sub(r"\s*\d+\s*$", "", re.sub(r"\[.*?\]|\(.*?\)", "", name)).lower()
    return _DTYPES.get(bare, "str")


def auto_datatype(value: Any) -> str | list[str]:
    """`datatype="auto"`: each column's datatype from the value's dtypes (or first row's types)."""
    is_array = type(value).__module__.startswith("numpy")
    dtypes = getattr(getattr(value, "data", value), "dtypes", None)
    if dtypes is not None and not is_array:
        return [_datatype_of(str(dtype)) for dtype in dtypes]
    if is_array:
        if value.size == 0 or value.ndim < 2:
            return "str"
        return [_datatype_of(type(value[0, i]).__name__) for i in range(value.shape[1])]
    if isinstance(value, list) and value and isinstance(value[0], (list, tuple)):
        return [_datatype_of(type(cell).__name__) for cell in value[0]]
    return "str"
