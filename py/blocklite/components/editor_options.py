"""`gr.Brush`, `gr.Eraser` and `gr.LayerOptions`: the option records `gr.ImageEditor` takes.

Why it exists: Gradio passes the editor's tools as small dataclasses (`brush=gr.Brush(colors=[
"#ff0000"], color_mode="fixed")`) and pasted apps build them by name. Each becomes a plain dict
in the config, written as Gradio writes it (its defaults filled in: five colours, "Layer 1").
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

#: Gradio's brush palette when `colors` is not given.
DEFAULT_COLORS = [
    "rgb(204, 50, 50)",
    "rgb(173, 204, 50)",
    "rgb(50, 204, 112)",
    "rgb(50, 112, 204)",
    "rgb(173, 50, 204)",
]

Color = str | tuple[str, float]


def _plain(value: Any) -> Any:
    """A colour as JSON has it: a `(colour, opacity)` tuple becomes a list."""
    return list(value) if isinstance(value, tuple) else value


@dataclasses.dataclass
class Eraser:
    """The eraser: its radius in pixels, or "auto" (about 1/50 of the image's smaller side)."""

    default_size: int | Literal["auto"] = "auto"

    def config(self) -> dict[str, Any]:
        return {"default_size": self.default_size}


@dataclasses.dataclass
class Brush(Eraser):
    """The brush: radius, palette (`colors`), starting colour, and whether the user may pick any
    colour (`color_mode="defaults"`) or only the palette's (`"fixed"`)."""

    colors: list[Color] | Color | None = None
    default_color: Color | None = None
    color_mode: Literal["fixed", "defaults"] = "defaults"

    def __post_init__(self) -> None:
        if self.colors is None:
            self.colors = list(DEFAULT_COLORS)
        if self.default_color is None:
            self.default_color = self.colors[0] if isinstance(self.colors, list) else self.colors

    def config(self) -> dict[str, Any]:
        colors = self.colors
        return {
            "default_size": self.default_size,
            "colors": [_plain(c) for c in colors] if isinstance(colors, list) else _plain(colors),
            "default_color": _plain(self.default_color),
            "color_mode": self.color_mode,
        }


@dataclasses.dataclass
class LayerOptions:
    """The layers: their names (one at least: "Layer 1" when none are given), whether the user
    may add more, and `disabled` (no layer tool at all, as `layers=False` makes it)."""

    allow_additional_layers: bool = True
    layers: list[str] | None = None
    disabled: bool = False

    def __post_init__(self) -> None:
        if not self.layers:
            self.layers = ["Layer 1"]

    def config(self) -> dict[str, Any]:
        return {
            "allow_additional_layers": self.allow_additional_layers,
            "layers": list(self.layers or []),
            "disabled": self.disabled,
        }


def tool_config(option: Any, default: type[Eraser]) -> Any:
    """`brush=`/`eraser=` as the config has it: None → the default tool, False stays False (the
    tool is hidden), an option record → its dict, a dict (an update from a handler) as it is."""
    if option is None:
        return default().config()
    if option is False:
        return False
    if isinstance(option, Eraser):
        return option.config()
    if isinstance(option, dict):
        return option
    name = default.__name__
    raise ValueError(f"ImageEditor: expected a gr.{name}, None or False, not {option!r}")


def layers_config(option: Any) -> dict[str, Any]:
    """`layers=` as the config has it: True → one "Layer 1" the user may add to, False → the tool
    disabled, a gr.LayerOptions → its dict."""
    if option is True:
        return LayerOptions().config()
    if option is False:
        return LayerOptions(disabled=True).config()
    if isinstance(option, LayerOptions):
        return option.config()
    if isinstance(option, dict):
        return option
    raise ValueError(f"ImageEditor: layers takes True, False or gr.LayerOptions, not {option!r}")
