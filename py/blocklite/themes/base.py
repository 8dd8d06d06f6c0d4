"""`gr.themes.Base` (and `ThemeClass`, alias `gr.Theme`): a theme as a set of CSS variables.

Why it exists: a theme is hundreds of named CSS variables whose values may refer to each other
(`"*primary_500"`, `"calc(*radius_lg - 1px)"`). Like Gradio, every variable is an attribute of the
theme object (`theme.button_primary_background_fill`), the constructor fills the core ones from the
hues, sizes and fonts, and `.set(**variables)` changes any of them, checked against the vocabulary
in catalog.py. A `<name>_dark` attribute holds the dark-mode value; when it is absent the light
value applies in dark mode too, and its references then read the dark values.

How a theme reaches the page is css_variables.py's job; this module only holds and checks values
(with css_values.py's rules).
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable
from typing import Any

from . import colors, fonts, sizes
from .catalog import HUES, KNOWN, VARIABLES
from .colors import SHADES
from .css_values import REFERENCE, check_safe
from .css_variables import theme_css
from .sizes import STEPS

#: What the theme constructors take for a hue, a size and a font (stack).
Hue = colors.Color | str
SizeArg = sizes.Size | str
FontArg = fonts.Font | str | Iterable[fonts.Font | str]

#: Attributes of a theme that are not CSS variables.
NOT_VARIABLES = frozenset({"name", "custom_css"})

#: A variable name as a theme JSON may hold it (Python identifier characters only).
VARIABLE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")

#: Private attributes a theme JSON may carry (what `to_dict()` writes).
PRIVATE_KEYS = frozenset({"_font", "_font_mono", "_stylesheets"})


def trim_semicolon(value: Any) -> Any:
    """`"all 0.1s;"` → `"all 0.1s"`: one trailing `;` (Gradio's Citrus writes some) is dropped.

    In a stylesheet it only ends the declaration early, so the result is the same; any other `;`
    is refused by check_safe.
    """
    if isinstance(value, str) and value.rstrip().endswith(";"):
        return value.rstrip()[:-1].rstrip()
    return value


def check_value(theme: ThemeClass, name: str, value: object) -> None:
    """Refuse values Gradio refuses and unsafe ones; warn about references the theme lacks."""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise TypeError(f"theme variable '{name}' must be a string, not {type(value).__name__}")
    check_safe(name, value)
    for ref in REFERENCE.findall(str(value)):
        if ref.endswith("_dark"):
            raise ValueError(
                f"theme variable '{name}' = {value!r} refers to '*{ref}': dark-mode values are "
                f"picked automatically, so refer to '*{ref[:-5]}' instead"
            )
        if name.endswith("_dark") and ref == name[:-5]:
            raise ValueError(
                f"theme variable '{name}' = {value!r} refers to its own light value; to use the "
                "same value in dark mode, leave the dark variable unset"
            )
        if ref not in KNOWN and ref not in theme._variables():
            warnings.warn(
                f"theme variable '{name}' = {value!r} refers to '*{ref}', which is not a theme "
                "variable; the browser will ignore it",
                stacklevel=3,
            )


class ThemeClass:
    """The common part of every theme: variables as attributes, serialisation, Hub stubs."""

    def __init__(self) -> None:
        self._stylesheets: list[str] = []
        self._font_css: list[str] = []
        self.name: str | None = None
        self.custom_css = ""

    # -- the variables -----------------------------------------------------------------------------

    def _variables(self) -> dict[str, Any]:
        """Every CSS variable the theme holds (light and `_dark`), in definition order."""
        return {
            k: v for k, v in vars(self).items() if not k.startswith("_") and k not in NOT_VARIABLES
        }

    def _get_theme_css(self) -> str:
        """The theme as one stylesheet, Gradio's way (`:root {...}` and a `.dark` block)."""
        return theme_css(self)

    def _get_computed_value(self, property: str, depth: int = 0) -> str:
        """A variable's final value, references followed (`property` may end in `_dark`)."""
        if depth > 100:
            warnings.warn(f"Cannot resolve '{property}': circular reference", stacklevel=2)
            return ""
        dark = property.endswith("_dark")
        base = property[:-5] if dark else property
        value = getattr(self, property, None) if dark else None
        if value is None:
            value = getattr(self, base, "")
        suffix = "_dark" if dark else ""
        return REFERENCE.sub(
            lambda m: self._get_computed_value(m.group(1) + suffix, depth + 1), str(value)
        )

    # -- serialisation (Gradio's theme JSON) -----------------------------------------------------

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """The theme as `{"theme": {variable: value, ...}}` (what `dump()` writes)."""
        schema: dict[str, Any] = {}
        for key, value in vars(self).items():
            keep = not key.startswith("_") or key in ("_font", "_font_mono", "_stylesheets")
            if keep and isinstance(value, str | list):
                schema[key] = value
        return {"theme": schema}

    @classmethod
    def from_dict(cls, theme: dict[str, dict[str, Any]]) -> ThemeClass:
        """A theme from `to_dict()`'s output; variables it lacks come from the Base theme.

        Every name and value is checked as `.set()` checks them, so a theme file cannot put
        arbitrary CSS into the page.
        """
        if not isinstance(theme, dict) or not isinstance(theme.get("theme"), dict):
            raise ValueError("a theme dict must look like {'theme': {variable: value, ...}}")
        new = cls.__new__(cls)
        ThemeClass.__init__(new)
        for key, value in vars(Base()).items():
            setattr(new, key, value)
        variables: dict[str, Any] = {}
        for key, value in theme["theme"].items():
            if key in PRIVATE_KEYS:
                setattr(new, key, value)
            elif not isinstance(key, str) or not VARIABLE_NAME.fullmatch(key):
                raise ValueError(f"theme dict: {key!r} is not a theme variable name")
            elif key in NOT_VARIABLES:
                setattr(new, key, value)
            elif hasattr(cls, key):
                raise ValueError(f"theme dict: {key!r} is a theme method, not a variable")
            else:
                variables[key] = value
        for key, value in variables.items():
            variables[key] = trim_semicolon(value)
            setattr(new, key, variables[key])
        for key, value in variables.items():
            if value is not None or not key.endswith("_dark"):
                check_value(new, key, value)
        return new

    def dump(self, filename: str) -> None:
        """Write the theme as JSON (readable by `load()`, and by Gradio's `Theme.load`)."""
        with open(filename, "w", encoding="utf-8") as fp:
            json.dump(self.to_dict(), fp, cls=fonts.FontEncoder)

    @classmethod
    def load(cls, path: str) -> ThemeClass:
        """Read a theme written by `dump()`."""
        with open(path, encoding="utf-8") as fp:
            return cls.from_dict(json.load(fp, object_hook=fonts.as_font))

    @classmethod
    def from_hub(cls, repo_name: str, hf_token: str | None = None) -> ThemeClass:
        """Not available: blocklite runs offline and downloads nothing."""
        raise ValueError(
            f"cannot load the theme {repo_name!r} from the Hugging Face Hub: blocklite runs "
            "offline. Use a built-in theme, or ThemeClass.load() on a theme JSON file you ship."
        )

    def push_to_hub(self, *args: Any, **kwargs: Any) -> str:
        """Not available: blocklite runs offline."""
        raise RuntimeError("push_to_hub is not available in blocklite (it runs offline)")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"


#: `gr.Theme`: Gradio's public name for ThemeClass.
Theme = ThemeClass


class Base(ThemeClass):
    """The theme everything else builds on: blue, zinc, medium sizes, IBM Plex fonts."""

    def __init__(
        self,
        *,
        primary_hue: colors.Color | str = colors.blue,
        secondary_hue: colors.Color | str = colors.blue,
        neutral_hue: colors.Color | str = colors.zinc,
        text_size: sizes.Size | str = sizes.text_md,
        spacing_size: sizes.Size | str = sizes.spacing_md,
        radius_size: sizes.Size | str = sizes.radius_md,
        font: fonts.Font | str | Iterable[fonts.Font | str] = (fonts.PLEX_SANS, *fonts.SANS),
        font_mono: fonts.Font | str | Iterable[fonts.Font | str] = fonts.MONO,
    ) -> None:
        super().__init__()
        self.name = "base"
        hues = {
            "primary": colors.find_color(primary_hue, "primary_hue"),
            "secondary": colors.find_color(secondary_hue, "secondary_hue"),
            "neutral": colors.find_color(neutral_hue, "neutral_hue"),
        }
        for hue in HUES:
            for shade, value in zip(SHADES, hues[hue].expand()):
                setattr(self, f"{hue}_{shade}", value)
        for kind, size, role in (
            ("spacing", spacing_size, "spacing_size"),
            ("radius", radius_size, "radius_size"),
            ("text", text_size, "text_size"),
        ):
            for step, value in zip(STEPS, sizes.find_size(size, kind, role).expand()):
                setattr(self, f"{kind}_{step}", value)
        self._font = fonts.font_stack(font, "font")
        self._font_mono = fonts.font_stack(font_mono, "font_mono")
        self.font = ", ".join(str(f) for f in self._font)
        self.font_mono = ", ".join(str(f) for f in self._font_mono)
        for name, (light, dark) in VARIABLES.items():
            setattr(self, name, light)
            if dark is not None:
                setattr(self, f"{name}_dark", dark)

    def set(self, **variables: Any) -> Base:
        """Change theme variables by name (`button_primary_background_fill="*primary_200"`).

        Values may refer to other variables with `*name`; `<name>_dark` sets the dark-mode value.
        `None` leaves a variable as it is. An unknown name raises TypeError. Returns the theme.
        """
        for name, value in variables.items():
            base = name[:-5] if name.endswith("_dark") else name
            if base not in KNOWN and base not in self._variables():
                raise TypeError(_unknown_variable(name))
            if value is None:
                continue
            value = trim_semicolon(value)
            check_value(self, name, value)
            setattr(self, name, value)
        return self


def _unknown_variable(name: str) -> str:
    import difflib

    close = difflib.get_close_matches(name, sorted(KNOWN), n=1, cutoff=0.75)
    hint = f"; did you mean '{close[0]}'?" if close else ""
    return f"Theme.set() got an unknown theme variable '{name}'{hint}"
