"""Layout containers: `Row` (side by side) and `Column` (stacked)."""

from __future__ import annotations

from typing import ClassVar, Literal

from .block import Block, BlockContext


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
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | None = None,
        scale: int | None = None,
        height: int | str | None = None,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        equal_height: bool = False,
        show_progress: bool = False,
    ) -> None:
        self.variant = variant
        self.scale = scale
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.equal_height = equal_height
        self.show_progress = show_progress
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key
        )


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
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        show_progress: bool = False,
        key: int | str | None = None,
    ) -> None:
        if not float(scale).is_integer():
            raise ValueError(f"Column: scale must be a whole number, got {scale!r}")
        self.scale = scale
        self.min_width = min_width
        self.variant = variant
        self.show_progress = show_progress
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key
        )
