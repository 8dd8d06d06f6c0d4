"""Pickers: `ColorPicker` (a "#rrggbb" string) and `DateTime` (a date and time)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from .base import Component, ComponentKeywords

HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


class ColorPicker(Component):
    """A color, as a hex string."""

    api_type: ClassVar[dict[str, Any]] = {"type": "string"}
    python_type = "str"
    example_value = "#000000"

    change = EventListener("change")
    input = EventListener("input")
    submit = EventListener("submit")
    focus = EventListener("focus")
    blur = EventListener("blur")

    def __init__(self, value: str | Any | None = None, **shared: Unpack[ComponentKeywords]) -> None:
        super().__init__(value, **shared)

    def preprocess(self, payload: Any) -> str | None:
        if payload is None:
            return None
        if not isinstance(payload, str) or not HEX_COLOR.match(payload):
            raise Error(f"{self.describe()}: {payload!r} is not a color like #ff8800.")
        return payload

    def postprocess(self, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not HEX_COLOR.match(value):
            raise ValueError(f"{self.describe()} expects a color like '#ff8800', got {value!r}")
        return value


class DateTime(Component):
    """A date (and time); the handler gets a timestamp, a datetime or the string, per `type`."""

    props: ClassVar[tuple[str, ...]] = (*Component.props, "include_time", "type", "timezone")
    api_type: ClassVar[dict[str, Any]] = {"type": "string"}
    python_type = "str"
    example_value = "2020-10-01 05:20:15"

    change = EventListener("change")
    submit = EventListener("submit")

    def __init__(
        self,
        value: float | str | dt.datetime | Any | None = None,
        *,
        include_time: bool = True,
        type: Literal["timestamp", "datetime", "string"] = "timestamp",
        timezone: str | None = None,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        if type not in ("timestamp", "datetime", "string"):
            raise ValueError(f"DateTime: type must be timestamp, datetime or string, not {type!r}")
        self.include_time = include_time
        self.type = type
        self.timezone = timezone
        super().__init__(value, **shared)

    @property
    def _format(self) -> str:
        return "%Y-%m-%d %H:%M:%S" if self.include_time else "%Y-%m-%d"

    def preprocess(self, payload: Any) -> float | dt.datetime | str | None:
        if payload in (None, ""):
            return None
        try:
            parsed = dt.datetime.fromisoformat(str(payload).strip())
        except ValueError:
            raise Error(
                f"{self.describe()}: {payload!r} is not a date like 2024-05-01 13:45:00."
            ) from None
        if self.type == "string":
            return parsed.strftime(self._format)
        if self.type == "datetime":
            return parsed
        return parsed.timestamp()

    def postprocess(self, value: Any) -> str | None:
        if value is None or value == "":
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = dt.datetime.fromtimestamp(value)
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            value = dt.datetime(value.year, value.month, value.day)
        elif isinstance(value, str):
            try:
                value = dt.datetime.fromisoformat(value.strip())
            except ValueError:
                raise ValueError(f"{self.describe()}: {value!r} is not a date") from None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"{self.describe()} expects a date, got {value!r}")
        return value.strftime(self._format)
