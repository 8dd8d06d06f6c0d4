"""`gr.Timer`: fires `tick` every `value` seconds while `active`; invisible.

The page runs the clock (its own `setInterval`), so a tick costs nothing until it fires a listener.
Returning `gr.Timer(active=False)` or `gr.Timer(2)` from a handler stops or retimes it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from ..events import EventListener
from .base import Component


class Timer(Component):
    """A clock for periodic events: `timer.tick(fn, inputs, outputs)`."""

    props: ClassVar[tuple[str, ...]] = ("value", "active", "visible", "elem_id", "key")
    skip_api = True
    api_type: ClassVar[dict[str, Any]] = {"type": "number"}
    python_type = "float"

    tick = EventListener("tick", "The timer's interval elapsed.")

    def __init__(
        self,
        value: float = 1.0,
        *,
        active: bool = True,
        render: bool = True,
        key: int | str | None = None,
    ) -> None:
        if not value > 0:
            raise ValueError(
                f"gr.Timer: the interval must be a positive number of seconds, not {value!r}"
            )
        self.active = active
        super().__init__(value, render=render, key=key, show_label=False, container=False)

    def preprocess(self, payload: Any) -> float | None:
        return None if payload is None else float(payload)

    def postprocess(self, value: Any) -> float | None:
        return None if value is None else float(value)
