"""`Number`: a numeric field with optional bounds and precision."""

from __future__ import annotations

import math
from typing import Any, ClassVar, Unpack

from ..errors import Error
from ..events import EventListener
from .base import Component, ComponentKeywords


class Number(Component):
    """A number; `precision=0` gives ints, `n` floats of n places, `None` the number as it is."""

    props: ClassVar[tuple[str, ...]] = (*Component.props, "precision", "minimum", "maximum", "step")
    api_type: ClassVar[dict[str, Any]] = {"type": "number"}
    python_type = "float"
    example_value = 3

    change = EventListener("change")
    input = EventListener("input")
    submit = EventListener("submit")
    focus = EventListener("focus")
    blur = EventListener("blur")

    def __init__(
        self,
        value: float | Any | None = None,
        *,
        precision: int | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        step: float = 1,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        self.precision = precision
        self.minimum = minimum
        self.maximum = maximum
        self.step = step
        super().__init__(value, **shared)

    def _round(self, number: float | int) -> float | int:
        return round_to_precision(number, self.precision)

    def preprocess(self, payload: Any) -> float | int | None:
        if payload is None or payload == "":
            return None
        number = _as_number(payload, self)
        if self.minimum is not None and number < self.minimum:
            raise Error(f"Value {payload} is less than minimum value {self.minimum}.")
        if self.maximum is not None and number > self.maximum:
            raise Error(f"Value {payload} is greater than maximum value {self.maximum}.")
        return self._round(number)

    def postprocess(self, value: Any) -> float | int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise TypeError(
                    f"{self.describe()} expects a number, got {value!r} ({type(value).__name__})"
                ) from None
        return self._round(value)


def round_to_precision(number: float | int, precision: int | None) -> float | int:
    """Gradio's rule: `None` leaves the number as it came (an int stays an int), 0 makes an int."""
    if precision is None:
        return number
    if precision == 0:
        return round(number)
    return round(number, precision)


def _as_number(payload: Any, component: Component) -> float | int:
    """The page's number as sent (JSON `3` stays int 3, as in Gradio); numeric text is parsed."""
    if isinstance(payload, (int, float)) and not isinstance(payload, bool):
        return payload
    try:
        return float(payload)
    except (TypeError, ValueError):
        raise Error(f"{component.describe()}: {payload!r} is not a number.") from None


class Slider(Component):
    """A number picked on a range; out-of-range values from the page are refused."""

    props: ClassVar[tuple[str, ...]] = (
        *Component.props,
        "minimum",
        "maximum",
        "step",
        "precision",
        "show_reset_button",
    )
    api_type: ClassVar[dict[str, Any]] = {"type": "number"}
    python_type = "float"
    example_value = 0

    change = EventListener("change")
    input = EventListener("input")
    release = EventListener("release", "The user let go of the slider.")

    def __init__(
        self,
        minimum: float = 0,
        maximum: float = 100,
        value: float | Any | None = None,
        *,
        step: float | None = None,
        precision: int | None = None,
        randomize: bool = False,
        show_reset_button: bool = True,
        **shared: Unpack[ComponentKeywords],
    ) -> None:
        if minimum > maximum:
            raise ValueError(f"Slider: minimum {minimum} is greater than maximum {maximum}")
        self.minimum = minimum
        self.maximum = maximum
        self.step = step if step is not None else _default_step(minimum, maximum)
        self.precision = precision
        self.show_reset_button = show_reset_button
        if randomize and not callable(value):
            import random

            value = random.uniform(minimum, maximum)
        super().__init__(minimum if value is None else value, **shared)

    def preprocess(self, payload: Any) -> float | None:
        if payload is None:
            return None
        number = _as_number(payload, self)
        if not self.minimum <= number <= self.maximum:
            raise Error(
                f"Value {payload} is out of range for {self.describe()}: "
                f"{self.minimum} to {self.maximum}."
            )
        return round_to_precision(number, self.precision)

    def postprocess(self, value: Any) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{self.describe()} expects a number, got {value!r}")
        return value


def _default_step(minimum: float, maximum: float) -> float:
    """Gradio's default: a hundredth of the range, rounded down to a power of ten."""
    span = maximum - minimum
    if span <= 0:
        return 1
    return 10 ** math.floor(math.log10(span) - 2)
