"""`gr.themes`: Gradio's theming API (Base, Default, Soft, ..., Color, Size, fonts).

Why it exists: `gr.Blocks(theme=gr.themes.Soft())` and `.set(...)` must work as in Gradio.
Names load lazily on first use, so an app that never mentions themes pays nothing at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: Public name → module (inside this package) that defines it.
_EXPORTS: dict[str, str] = {
    "ThemeClass": "base",
    "Base": "base",
    "Default": "flat_themes",
    "Origin": "flat_themes",
    "Soft": "flat_themes",
    "Monochrome": "flat_themes",
    "Glass": "gradient_themes",
    "Ocean": "gradient_themes",
    "Citrus": "gradient_themes",
    "Color": "colors",
    "Size": "sizes",
    "Font": "fonts",
    "GoogleFont": "fonts",
    "LocalFont": "fonts",
}

#: Submodules reachable as attributes (`gr.themes.colors.red`, `gr.themes.utils.sizes`).
_SUBMODULES = ("colors", "fonts", "sizes", "utils")

__all__ = [*sorted(_EXPORTS), "builder", *_SUBMODULES]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'gradio.themes' has no attribute '{name}'")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


def builder(*args: Any, **kwargs: Any) -> None:
    """Gradio's interactive theme builder is not part of blocklite."""
    raise RuntimeError("gr.themes.builder() is not available in blocklite")


if TYPE_CHECKING:
    from . import colors as colors
    from . import fonts as fonts
    from . import sizes as sizes
    from . import utils as utils
    from .base import Base as Base
    from .base import ThemeClass as ThemeClass
    from .colors import Color as Color
    from .flat_themes import Default as Default
    from .flat_themes import Monochrome as Monochrome
    from .flat_themes import Origin as Origin
    from .flat_themes import Soft as Soft
    from .fonts import Font as Font
    from .fonts import GoogleFont as GoogleFont
    from .fonts import LocalFont as LocalFont
    from .gradient_themes import Citrus as Citrus
    from .gradient_themes import Glass as Glass
    from .gradient_themes import Ocean as Ocean
    from .sizes import Size as Size
