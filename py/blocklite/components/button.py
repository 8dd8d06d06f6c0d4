"""`Button`: a clickable `<button>` whose value is its text."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

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
        visible: bool = True,
        interactive: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | None = None,
        scale: int | None = None,
        min_width: int | None = None,
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
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            every=every,
            inputs=inputs,
        )

    def preprocess(self, payload: Any) -> str | None:
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)
