"""What every value component shares: label, interactivity, value, and the pre/postprocess pair.

`preprocess` turns the JSON value the page sends into what the user's function receives;
`postprocess` turns what the function returns into the JSON value the page shows. Both are plain
methods so they are unit-tested without a server.

The keywords every component takes are declared once, in `Component.__init__`; `ComponentKeywords`
types them for subclasses, which take `**shared: Unpack[ComponentKeywords]` and forward it with
`super().__init__(value, **shared)` (block.py refuses a keyword the TypedDict does not name).
A component whose Gradio signature takes fewer of them uses `ValueKeywords` or `BlockKeywords`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from ..block import Block, BlockKeywords


class ValueKeywords(BlockKeywords, total=False):
    """Block's keywords plus the label and a computed value (`every`, `inputs`): what Markdown and
    Chatbot take. Defaults as in `Component.__init__`."""

    label: str | None
    show_label: bool | None
    every: Any
    inputs: Any


class ComponentKeywords(ValueKeywords, total=False):
    """The keyword parameters of `Component.__init__` (same defaults), for a subclass's
    `**shared`."""

    info: str | None
    container: bool
    scale: int | None
    min_width: int
    interactive: bool | None


class Component(Block):
    """A block with a value that can be an event's input or output."""

    props: ClassVar[tuple[str, ...]] = (
        *Block.props,
        "value",
        "label",
        "info",
        "show_label",
        "container",
        "scale",
        "min_width",
        "interactive",
    )
    skip_api: ClassVar[bool] = False
    #: JSON schema of the value, for /gradio_api/info.
    api_type: ClassVar[dict[str, Any]] = {}
    #: Python type name shown in /gradio_api/info.
    python_type: ClassVar[str] = "Any"
    #: A representative input value, for /gradio_api/info.
    example_value: ClassVar[Any] = None

    def __init__(
        self,
        value: Any = None,
        *,
        label: str | None = None,
        info: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int = 160,
        interactive: bool | None = None,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | None = None,
        every: Any = None,
        inputs: Any = None,
    ) -> None:
        self.label = label
        self.info = info
        self.show_label = show_label
        self.container = container
        self.scale = scale
        self.min_width = min_width
        self.interactive = interactive
        # A callable value is computed on page load (and when `inputs` change): see value_function.
        self.value_function = value if callable(value) else None
        self.value_inputs = inputs
        # every= (seconds or a gr.Timer): recompute the value function on each tick.
        self.every = every if callable(value) else None
        self.initial_value = None if callable(value) else value
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key
        )

    @property
    def value(self) -> Any:
        """The initial value as the page receives it (post-processed)."""
        return self.postprocess(self.initial_value)

    def apply_props(self, props: dict[str, Any]) -> None:
        """Take property updates (`gr.update(maximum=20)`); unknown names are left for the page."""
        for name, value in props.items():
            if name != "value" and name in self.props:
                setattr(self, name, self.normalize_prop(name, value))

    def normalize_prop(self, name: str, value: Any) -> Any:
        """A property as the component stores it (choices become pairs...)."""
        return value

    def preprocess(self, payload: Any) -> Any:
        """JSON value from the page → the argument the user's function receives."""
        return payload

    def postprocess(self, value: Any) -> Any:
        """The user's return value → the JSON value the page shows."""
        return value

    def describe(self) -> str:
        """Names the component in error messages: type plus label or elem_id."""
        name = getattr(self.label, "key", self.label) or self.elem_id  # an i18n label: its key
        return f"{type(self).__name__}{f' {name!r}' if name else ''} (id {self.id})"

    def get_config(self) -> dict[str, Any]:
        entry = super().get_config()
        if not self.skip_api:
            entry["api_info"] = self.api_type
            entry["api_info_as_input"] = self.api_type
            entry["api_info_as_output"] = self.api_type
            entry["example_inputs"] = self.example_value
        return entry
