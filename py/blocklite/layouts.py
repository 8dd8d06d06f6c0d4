"""Layout containers: `Row`, `Column`, `Tabs`/`Tab`, `Accordion`, `Group`, `Sidebar`.

Each takes its own keywords plus Block's (`**shared: Unpack[BlockKeywords]`: visible, elem_id,
elem_classes, render, key), forwarded to `Block.__init__`.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, Unpack

from .block import Block, BlockContext, BlockKeywords, Context
from .events import EventListener


class Row(BlockContext):
    """Children side by side; they wrap to the next line when narrower than their `min_width`."""

    props: ClassVar[tuple[str, ...]] = (
        *Block.props,
        "variant",
        "equal_height",
        "height",
        "max_height",
        "min_height",
        "scale",
        "show_progress",
    )

    def __init__(
        self,
        *,
        variant: Literal["default", "panel", "compact"] = "default",
        scale: int | None = None,
        height: int | str | None = None,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        equal_height: bool = False,
        show_progress: bool = False,
        **shared: Unpack[BlockKeywords],
    ) -> None:
        self.variant = variant
        self.scale = scale
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.equal_height = equal_height
        self.show_progress = show_progress
        super().__init__(**shared)


class Column(BlockContext):
    """Children stacked vertically; `scale` sets its width relative to siblings in a Row."""

    props: ClassVar[tuple[str, ...]] = (
        *Block.props,
        "scale",
        "min_width",
        "variant",
        "show_progress",
    )

    def __init__(
        self,
        *,
        scale: int = 1,
        min_width: int = 320,
        variant: Literal["default", "panel", "compact"] = "default",
        show_progress: bool = False,
        **shared: Unpack[BlockKeywords],
    ) -> None:
        if not float(scale).is_integer():
            raise ValueError(f"Column: scale must be a whole number, got {scale!r}")
        self.scale = scale
        self.min_width = min_width
        self.variant = variant
        self.show_progress = show_progress
        super().__init__(**shared)


class Tabs(BlockContext):
    """A set of `Tab`s; `selected` names the open one (its `id`)."""

    props: ClassVar[tuple[str, ...]] = (*Block.props, "selected")

    change = EventListener("change", "Another tab was opened.")
    select = EventListener("select", "A tab was chosen (SelectData: index, value).")

    def __init__(
        self,
        *,
        selected: int | str | None = None,
        **shared: Unpack[BlockKeywords],
    ) -> None:
        self.selected = selected
        super().__init__(**shared)


class Tab(BlockContext):
    """One tab; created inside `Tabs`, or directly (a Tabs is made around consecutive tabs)."""

    block_type = "tabitem"
    props: ClassVar[tuple[str, ...]] = (*Block.props, "label", "id", "interactive", "scale")

    select = EventListener("select", "This tab was chosen.")

    # Block's keywords are written out here: Gradio's Tab takes `visible` by position.
    def __init__(
        self,
        label: str | None = None,
        visible: bool = True,
        interactive: bool = True,
        *,
        id: int | str | None = None,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        scale: int | None = None,
        render: bool = True,
        key: int | str | None = None,
    ) -> None:
        self.label = label
        self.interactive = interactive
        self.id_ = id
        self.scale = scale
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key
        )

    def get_props(self) -> dict[str, Any]:
        props = super().get_props()
        props["id"] = self.id_ if self.id_ is not None else self.id
        return props

    def render(self) -> Tab:
        # Gradio lets tabs stand without an explicit Tabs: give consecutive ones a shared parent.
        parent = Context.block
        if parent is None or isinstance(parent, Tabs):
            return super().render()  # type: ignore[return-value]
        tabs = parent.children[-1] if parent.children else None
        if not (isinstance(tabs, Tabs) and getattr(tabs, "implicit", False)):
            tabs = Tabs(render=False)
            tabs.implicit = True  # type: ignore[attr-defined]
            parent.add(tabs)
            if Context.root_block is not None:
                Context.root_block.register(tabs)
        Context.block = tabs
        try:
            return super().render()  # type: ignore[return-value]
        finally:
            Context.block = parent


TabItem = Tab


class Accordion(BlockContext):
    """A collapsible section with a label."""

    props: ClassVar[tuple[str, ...]] = (*Block.props, "label", "open")

    expand = EventListener("expand", "The accordion was opened.")
    collapse = EventListener("collapse", "The accordion was closed.")

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        **shared: Unpack[BlockKeywords],
    ) -> None:
        self.label = label
        self.open = open
        super().__init__(**shared)


class Group(BlockContext):
    """Children drawn as one panel, without gaps."""

    def __init__(self, **shared: Unpack[BlockKeywords]) -> None:
        super().__init__(**shared)


class Sidebar(BlockContext):
    """A collapsible panel at the side of the page."""

    props: ClassVar[tuple[str, ...]] = (*Block.props, "label", "open", "position", "width")

    expand = EventListener("expand")
    collapse = EventListener("collapse")

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        position: Literal["left", "right"] = "left",
        width: int | str = 320,
        **shared: Unpack[BlockKeywords],
    ) -> None:
        if position not in ("left", "right"):
            raise ValueError(f"Sidebar: position must be 'left' or 'right', not {position!r}")
        self.label = label
        self.open = open
        self.position = position
        self.width = width
        super().__init__(**shared)
