"""`gr.State`: a value kept per session on the Python side, never sent to the page.

Each session starts from a deep copy of the default, so one visitor's list never leaks into
another's. A State's `.change` listeners fire when a handler stores a different value: sequences and
dicts are compared by content, other objects by hash (their identity, unless they define one).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any, ClassVar

from .components.base import Component
from .events import EventListener


class State(Component):
    """A hidden, per-session value usable as an event's input and output."""

    props: ClassVar[tuple[str, ...]] = ("time_to_live",)
    skip_api = True

    change = EventListener("change", "The stored value changed.")

    def __init__(
        self,
        value: Any = None,
        render: bool = True,
        *,
        time_to_live: float | None = None,
        delete_callback: Callable[[Any], None] | None = None,
    ) -> None:
        try:
            self.default = copy.deepcopy(value)
        except Exception as error:
            raise TypeError(
                f"gr.State: the default value {value!r} cannot be deep-copied, and every session "
                f"needs its own copy ({type(error).__name__}: {error}). Store something copyable, "
                "or a function that builds the value."
            ) from None
        self.time_to_live = time_to_live
        self.delete_callback = delete_callback
        super().__init__(value=None, render=render, show_label=False, container=False)

    @property
    def value(self) -> Any:
        return None  # never on the wire

    def fresh_value(self) -> Any:
        return copy.deepcopy(self.default)


def _fingerprint(value: Any) -> Any:
    """What `changed` compares: content for containers, hash (else identity) for the rest."""
    if isinstance(value, (list, tuple, dict, set, frozenset, str, bytes, int, float, bool)):
        try:
            return ("content", copy.deepcopy(value))
        except Exception:
            return ("id", id(value))
    try:
        return ("hash", hash(value))
    except TypeError:
        return ("id", id(value))


class SessionState:
    """The State values of one session (created lazily from each State's default)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._values: dict[int, Any] = {}
        self._fingerprints: dict[int, Any] = {}  # taken when stored: in-place edits count later
        self._stored_at: dict[int, float] = {}
        self._clock = clock
        self._components: dict[int, Component] = {}

    def component(self, component: Component) -> Component:
        """The component as this session sees it (after property updates such as new choices)."""
        return self._components.get(component.id, component)

    def update_component(self, component: Component, props: dict[str, Any]) -> Component:
        """Apply property updates to this session's copy of `component` and return the copy."""
        updated = copy.copy(self.component(component))
        updated.apply_props(props)
        self._components[component.id] = updated
        return updated

    def get(self, state: State) -> Any:
        self._expire(state)
        if state.id not in self._values:
            self._store(state, state.fresh_value())
        return self._values[state.id]

    def set(self, state: State, value: Any) -> bool:
        """Store a new value; True when it differs from the value stored before."""
        self.get(state)
        before = self._fingerprints[state.id]
        self._store(state, value)
        return self._fingerprints[state.id] != before

    def _store(self, state: State, value: Any) -> None:
        self._values[state.id] = value
        self._fingerprints[state.id] = _fingerprint(value)
        self._stored_at[state.id] = self._clock()

    def _expire(self, state: State) -> None:
        if state.time_to_live is None or state.id not in self._values:
            return
        if self._clock() - self._stored_at[state.id] >= state.time_to_live:
            self._delete(state)

    def _delete(self, state: State) -> None:
        old = self._values.pop(state.id)
        self._fingerprints.pop(state.id, None)
        self._stored_at.pop(state.id, None)
        if state.delete_callback is not None:
            state.delete_callback(old)

    def close(self, states: list[State]) -> None:
        """The session ended: run every delete_callback for the values it still holds."""
        for state in states:
            if state.id in self._values:
                self._delete(state)
