"""Which theme an app uses (`Blocks(theme=...)` or `launch(theme=...)`), and what follows from it.

This module checks the choice early (`check_theme`), looks built-in themes up by name
(`built_in`), and gives the app's theme as config fields (`theme_fields`) and as Gradio's
`/theme.css` stylesheet (`app_stylesheet`).

Why it exists: Gradio accepts a theme object or a built-in theme's name, and Gradio 6 moved the
parameter from `Blocks` to `launch()`; blocklite accepts both (launch wins). A Hub name such as
"gradio/seafoam" cannot be downloaded offline, so an unknown name is a clear error instead.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from .base import Base, ThemeClass
from .default_config import DEFAULT_FIELDS


def check_theme(theme: Any, where: str) -> None:
    """Raise now (at the user's line) if `theme` can never be used."""
    pick_theme(theme, where)


def pick_theme(theme: Any, where: str) -> ThemeClass | None:
    """The theme object for `theme` (None: the Default theme the page already has)."""
    if theme is None:
        return None
    if isinstance(theme, ThemeClass):
        return theme
    if isinstance(theme, str):
        key = theme.strip().lower()
        if key == "default":
            return None
        themes = built_in()
        if key in themes:
            return themes[key]()
        names = ", ".join(repr(n) for n in themes)
        hub = (
            " Themes from the Hugging Face Hub cannot be downloaded offline; ship the theme's "
            "JSON and use gr.themes.Base.load(path)."
            if "/" in theme
            else ""
        )
        raise ValueError(f"{where}: unknown theme {theme!r}; built-in themes are {names}.{hub}")
    if isinstance(theme, type) and issubclass(theme, ThemeClass):
        raise TypeError(
            f"{where}: theme={theme.__name__} is a class; pass an instance: "
            f"gr.themes.{theme.__name__}()"
        )
    raise TypeError(
        f"{where}: theme must be a gr.themes theme or a theme name, not {type(theme).__name__}"
    )


def app_theme_value(blocks: Any) -> Any:
    """The theme an app asked for: `launch(theme=...)` if given, else `Blocks(theme=...)`."""
    launched = blocks.launch_options["theme"]
    return launched if launched is not None else blocks.theme


def theme_fields(theme: Any) -> dict[str, Any]:
    """The config fields describing `theme` (a theme object or name; None is the Default)."""
    from .css_variables import body_css, page_variables

    picked = pick_theme(theme, "theme")
    if picked is None:
        return dict(DEFAULT_FIELDS)
    variables = page_variables(picked)
    digest = f"{zlib.crc32(json.dumps(variables, sort_keys=True).encode()):08x}"
    return {
        "theme": picked.name or "custom",
        "theme_hash": digest,
        "body_css": body_css(picked),
        "theme_vars": variables,
    }


def cached_theme_fields(blocks: Any) -> dict[str, Any]:
    """`theme_fields` for an app, computed again only when its theme (or its values) change."""
    theme = app_theme_value(blocks)
    if theme is None:
        return dict(DEFAULT_FIELDS)
    key: tuple[Any, ...]
    if isinstance(theme, ThemeClass):
        key = (id(theme), tuple((k, str(v)) for k, v in theme._variables().items()))
    else:
        key = (theme,)
    cached = getattr(blocks, "_theme_fields_cache", None)
    if cached is None or cached[0] != key:
        cached = (key, theme_fields(theme))
        blocks._theme_fields_cache = cached
    return cached[1]


def app_stylesheet(blocks: Any) -> str:
    """The app's whole theme as Gradio's `/theme.css` serves it."""
    theme = pick_theme(app_theme_value(blocks), "theme")
    if theme is None:
        from .flat_themes import Default

        theme = Default()
    return theme._get_theme_css()


def built_in() -> dict[str, type[Base]]:
    """Built-in themes by the name `theme="..."` accepts (their modules load on first use)."""
    from .flat_themes import Default, Monochrome, Origin, Soft
    from .gradient_themes import Citrus, Glass, Ocean

    return {
        "base": Base,
        "default": Default,
        "origin": Origin,
        "soft": Soft,
        "monochrome": Monochrome,
        "glass": Glass,
        "ocean": Ocean,
        "citrus": Citrus,
    }
