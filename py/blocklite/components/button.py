"""`Button`: a clickable `<button>` whose value is its text."""

from __future__ import annotations

import json
from typing import Any, ClassVar, Literal, Unpack

from ..block import BlockKeywords
from ..events import EventListener
from .base import Component


class Button(Component):
    """A button; its value is the text shown on it."""

    props: ClassVar[tuple[str, ...]] = (*Component.props, "variant", "size", "icon", "link")
    skip_api = True
    api_type: ClassVar[dict[str, Any]] = {"type": "string"}
    python_type = "str"

    click = EventListener("click", "The user clicked the button.")

    def __init__(
        self,
        value: str | Any = "Run",
        *,
        every: float | None = None,
        inputs: Any = None,
        variant: Literal["primary", "secondary", "stop", "huggingface"] = "secondary",
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        link: str | None = None,
        link_target: Literal["_self", "_blank", "_parent", "_top"] = "_self",
        interactive: bool = True,
        scale: int | None = None,
        min_width: int | None = None,
        **shared: Unpack[BlockKeywords],
    ) -> None:
        self.variant = variant
        self.size = size
        self.icon = icon
        self.link = link
        self.link_target = link_target
        super().__init__(
            value,
            show_label=False,
            scale=scale,
            min_width=min_width,  # type: ignore[arg-type]
            interactive=interactive,
            every=every,
            inputs=inputs,
            **shared,
        )

    def preprocess(self, payload: Any) -> str | None:
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)


class ClearButton(Button):
    """A button that empties the given components (in the page, without a round trip)."""

    block_type = "clearbutton"

    def __init__(self, components: Any = None, value: str = "Clear", **kwargs: Any) -> None:
        super().__init__(value, **kwargs)
        if components is not None:
            self.add(components)

    def add(self, components: Any) -> ClearButton:
        """Also clear these components when clicked."""
        from ..state import State

        targets = list(components) if isinstance(components, (list, tuple, set)) else [components]
        shown = [c for c in targets if not isinstance(c, State)]
        states = [c for c in targets if isinstance(c, State)]
        if shown:
            empty = json.dumps([None] * len(shown)) if len(shown) > 1 else "null"
            self.click(None, None, shown, js=f"() => {empty}", api_visibility="private")
        if states:
            # State lives in Python: reset it there, to a fresh copy of each default.
            fresh = tuple(state.fresh_value() for state in states)
            self.click(
                lambda: fresh if len(fresh) > 1 else fresh[0],
                None,
                states,
                api_visibility="private",
            )
        return self
