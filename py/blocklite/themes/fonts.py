"""`gr.themes.Font`, `GoogleFont` and `LocalFont`: the families behind `--font` and `--font-mono`.

Why it exists: themes name their fonts as a fallback list. blocklite runs offline, so nothing is
ever downloaded: a GoogleFont or LocalFont is used only if the visitor's system has that family
installed; otherwise the browser moves on to the next entry of the list (every built-in theme ends
its list with generic families such as `system-ui` and `sans-serif`). To use a web font anyway,
ship its files with the page and declare them with `@font-face` in `css=`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

#: Families that are CSS keywords, written without quotes.
GENERIC_FAMILIES = frozenset(
    {
        "serif",
        "sans-serif",
        "monospace",
        "cursive",
        "fantasy",
        "system-ui",
        "ui-serif",
        "ui-sans-serif",
        "ui-monospace",
        "ui-rounded",
        "math",
        "emoji",
        "fangsong",
    }
)


class Font:
    """A font family by name (`"Arial"`, `"sans-serif"`); never downloaded."""

    def __init__(self, name: str) -> None:
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"a font needs a family name, got {name!r}")
        if any(c in name for c in "{};<\n\r\f"):
            raise ValueError(
                f"font family {name!r} may not contain '{{', '}}', ';', '<' or a newline"
            )
        self.name = name.strip()

    def __str__(self) -> str:
        if self.name in GENERIC_FAMILIES:
            return self.name
        escaped = self.name.replace("\\", "\\\\").replace("'", "\\'")
        return f"'{escaped}'"

    def stylesheet(self) -> dict[str, str | None]:
        """Where the font's files would come from (nothing: blocklite loads no font files)."""
        return {"url": None, "css": None}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Font) and type(self) is type(other) and self.name == other.name

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.name))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r})"


class GoogleFont(Font):
    """A Google Fonts family. Offline: used only if installed locally (see the module docstring)."""

    def __init__(self, name: str, weights: Iterable[int] = (400, 600)) -> None:
        super().__init__(name)
        self.weights = tuple(weights)

    def stylesheet(self) -> dict[str, str | None]:
        """The Google Fonts URL Gradio would load; blocklite never fetches it."""
        family = self.name.replace(" ", "+")
        weights = ";".join(str(w) for w in self.weights)
        return {
            "url": f"https://fonts.googleapis.com/css2?family={family}:wght@{weights}&display=swap",
            "css": None,
        }


class LocalFont(Font):
    """A font Gradio ships with its server; blocklite ships none, so the system's copy is used."""

    def __init__(self, name: str, weights: Iterable[int] = (400, 600)) -> None:
        super().__init__(name)
        self.weights = tuple(weights)


PLEX_SANS = LocalFont("IBM Plex Sans")
SOURCE_SANS = LocalFont("Source Sans Pro")
#: The generic tail of the built-in themes' sans-serif stacks.
SANS = ("ui-sans-serif", "system-ui", "sans-serif")
#: The built-in themes' monospace stack.
MONO = (LocalFont("IBM Plex Mono"), "ui-monospace", "Consolas", "monospace")


def font_stack(value: Font | str | Iterable[Font | str], role: str) -> list[Font]:
    """A fallback list of Fonts from one font, one name, or a list of either."""
    items: Iterable[Any] = [value] if isinstance(value, Font | str) else value
    stack: list[Font] = []
    try:
        for item in items:
            if isinstance(item, Font):
                stack.append(item)
            elif isinstance(item, str):
                stack.append(Font(item))
            else:
                raise TypeError(
                    f"{role} entries must be font names or gr.themes.Font objects, "
                    f"not {type(item).__name__}"
                )
    except TypeError as error:
        if "entries" in str(error):
            raise
        raise TypeError(f"{role} must be a font, a font name or a list of them") from None
    if not stack:
        raise ValueError(f"{role} needs at least one font")
    return stack


class FontEncoder(json.JSONEncoder):
    """JSON for themes holding fonts (`theme.dump()`)."""

    def default(self, o: object) -> Any:
        if isinstance(o, Font):
            kind = {GoogleFont: "google", LocalFont: "local"}.get(type(o), "font")
            return {"__gradio_font__": True, "name": o.name, "class": kind}
        return super().default(o)


def as_font(dct: dict[str, Any]) -> Any:
    """`json.load(..., object_hook=as_font)`: turn FontEncoder's objects back into Fonts."""
    if dct.get("__gradio_font__"):
        kind = {"google": GoogleFont, "local": LocalFont}.get(dct.get("class"), Font)
        return kind(dct["name"])
    return dct
