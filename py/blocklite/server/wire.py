"""Python values → JSON bytes for the wire, the way Gradio 6.31 encodes them, and never a freeze.

Gradio writes its SSE messages with orjson (`default=str`) and its JSON answers with orjson plus
numpy and "datetime as str()". So a handler's NaN or Infinity reaches the page as `null`, a tuple
as a list, a datetime as ISO text, and anything else JSON lacks (bytes, sets, Decimal, objects)
as its `str()`. Python's `json` would refuse NaN (with
`allow_nan=False`) or write the non-JSON literal `NaN` the browser cannot parse; this module
gives Gradio's answer instead. (Two deliberate differences, where Gradio's own stream breaks or
reads oddly: dict keys that are not text are written as Python's json writes them, where orjson
refuses them; numpy numbers are numbers on the stream too, where Gradio's stream sends their
text.)

The common case (plain JSON values) takes one call of the C encoder; only a value it refuses is
rewritten by `to_wire`. What cannot be written even then (a nesting deeper than `MAX_DEPTH`, a
cycle, a `str()` that raises) raises `WireError`, which the caller turns into an error answer for
that one event: the stream itself never carries a message that failed.

This module imports nothing from the library: any module may use it.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import math
from collections.abc import Callable
from typing import Any

#: Deepest nesting written (orjson's own limit is about this): deeper is a WireError.
MAX_DEPTH = 254


class WireError(ValueError):
    """A value that cannot be sent as JSON; the message says why and where."""


def encode(payload: Any, *, run_route: bool = False) -> bytes:
    """`payload` as compact JSON bytes. `run_route`: the JSON answers' flavour (datetimes as
    `str()`), else the SSE stream's (datetimes in ISO form, with a `T`)."""
    try:
        return _dumps(payload)
    except (ValueError, TypeError, RecursionError):
        pass
    return _dumps(to_wire(payload, run_route=run_route))


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), allow_nan=False).encode()


def to_wire(value: Any, *, run_route: bool = False, other: Callable[[Any], Any] = str) -> Any:
    """`value` with every part JSON lacks replaced as Gradio's encoder replaces it; `other` gives
    the replacement of a leaf with no JSON form of its own (bytes, a set, an object...)."""
    return _Converter(run_route, other).convert(value, 0, "value")


class _Converter:
    def __init__(self, run_route: bool, other: Callable[[Any], Any]) -> None:
        self.run_route = run_route
        self.other = other
        self.open: set[int] = set()  # containers being converted: a cycle would recurse forever

    def convert(self, value: Any, depth: int, where: str) -> Any:
        if value is None or isinstance(value, (str, bool, int)):
            return value
        if isinstance(value, float):
            return value if math.isfinite(value) else None
        if depth >= MAX_DEPTH:
            raise WireError(f"{where} is nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, (dict, list, tuple)):
            return self._container(value, depth, where)
        return self.convert(self._scalar(value), depth + 1, where)

    def _container(self, value: Any, depth: int, where: str) -> Any:
        if id(value) in self.open:
            raise WireError(f"{where} contains itself (a circular reference)")
        self.open.add(id(value))
        try:
            if isinstance(value, dict):
                return {
                    _key(key, where): self.convert(item, depth + 1, f"{where}[{key!r}]")
                    for key, item in value.items()
                }
            return [
                self.convert(item, depth + 1, f"{where}[{index}]")
                for index, item in enumerate(value)
            ]
        finally:
            self.open.discard(id(value))

    def _scalar(self, value: Any) -> Any:
        """A non-JSON leaf as Gradio's encoder writes it."""
        if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
            return str(value) if self.run_route else value.isoformat()
        if isinstance(value, enum.Enum):
            return value.value
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        if _numpy_like(value):  # numbers, as Gradio's JSON answers (its stream writes their text)
            return value.tolist()
        try:
            return self.other(value)
        except Exception as error:
            raise WireError(f"a {type(value).__name__} could not be written: {error}") from None


def _key(key: Any, where: str) -> str:
    """Dict keys as Python's json writes them (Gradio's orjson refuses non-text keys outright)."""
    if isinstance(key, str):
        return key
    if isinstance(key, float) and not math.isfinite(key):
        return "null"
    if key is None or isinstance(key, (bool, int, float)):
        return json.dumps(key)
    raise WireError(f"{where} has a key of type {type(key).__name__}; keys must be text")


def _numpy_like(value: Any) -> bool:
    """A numpy scalar or array (duck-typed: numpy is not imported for this)."""
    return hasattr(value, "dtype") and callable(getattr(value, "tolist", None))
