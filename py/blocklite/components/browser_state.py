"""`gr.BrowserState`: a value the visitor's browser keeps in localStorage, across reloads.

Unlike `gr.State`, whose value lives with the session in Python, a BrowserState's value lives in
the page: the page sends it as the event's input (like any component value) and stores whatever an
output sets it to under `storage_key`, so it is there again the next time the page loads.

Differences from Gradio, because blocklite runs the whole app inside the page:
- `storage_key=None` names a key derived from the page's path, the app and the component (Gradio
  draws a random key per server start). The app's Python starts afresh on every page load, so a
  random key would forget the value on each reload; a derived key keeps it while the app stays
  the same. Every key is namespaced per app in localStorage (js/components/browserstate.ts).
- `secret` encrypts the value at rest in the page (Web Crypto AES-GCM, docs/chat.md), as Gradio
  does; a value sealed with another secret reads as nothing stored and the default is used.
"""

from __future__ import annotations

import copy
import json
from typing import Any, ClassVar

from ..events import EventListener
from .base import Component


class BrowserState(Component):
    """A JSON value kept in the browser's localStorage, usable as an event's input and output."""

    props: ClassVar[tuple[str, ...]] = ("value", "storage_key", "secret", "elem_id", "key")
    # A real input of the endpoints that take it: API callers send its value like any other.
    api_type: ClassVar[dict[str, Any]] = {}
    python_type = "Any"

    change = EventListener("change", "An output stored a different value.")

    def __init__(
        self,
        default_value: Any = None,
        *,
        storage_key: str | None = None,
        secret: str | None = None,
        render: bool = True,
    ) -> None:
        if storage_key is not None and (not isinstance(storage_key, str) or not storage_key):
            raise ValueError(
                f"gr.BrowserState: storage_key must be a non-empty string, not {storage_key!r}"
            )
        if secret is not None and not isinstance(secret, str):
            raise TypeError(f"gr.BrowserState: secret must be a string, not {secret!r}")
        self.storage_key = storage_key
        self.secret = secret
        self.default_value = _checked(default_value, "the default value")
        super().__init__(default_value, render=render, show_label=False, container=False)

    def preprocess(self, payload: Any) -> Any:
        # A fresh structure from the page's JSON: the function may mutate it freely.
        return payload

    def postprocess(self, value: Any) -> Any:
        return _checked(value, "a value returned for it")

    def fresh_value(self) -> Any:
        """The default, as a new object (what a browser without a stored value starts from)."""
        return copy.deepcopy(self.default_value)


def _checked(value: Any, what: str) -> Any:
    """The value if localStorage can hold it (JSON), else a TypeError naming the problem."""
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise TypeError(
            f"gr.BrowserState: {what} ({type(value).__name__}) cannot be stored in the browser: "
            f"it must be JSON (dicts, lists, strings, numbers, booleans, None); {error}"
        ) from None
    return value
