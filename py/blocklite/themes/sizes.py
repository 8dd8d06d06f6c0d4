"""`gr.themes.Size` and the predefined sizes (`gr.themes.sizes.radius_md`, `text_lg`, ...).

Why it exists: a theme's spacing, corner radius and text size each come from a Size: seven steps,
`xxs` to `xxl`, that become the `*spacing_md`-style variables. The predefined ones match Gradio's
so a theme that references `*radius_xl` gets the same pixels.
"""

from __future__ import annotations

from typing import ClassVar

#: The steps, smallest first (attribute names).
STEPS = ("xxs", "xs", "sm", "md", "lg", "xl", "xxl")


class Size:
    """Seven lengths, `xxs` to `xxl`; `name` (e.g. "radius_sm") makes it a string shortcut."""

    all: ClassVar[list[Size]] = []

    def __init__(
        self,
        xxs: str,
        xs: str,
        sm: str,
        md: str,
        lg: str,
        xl: str,
        xxl: str,
        name: str | None = None,
    ) -> None:
        self.xxs, self.xs, self.sm, self.md = xxs, xs, sm, md
        self.lg, self.xl, self.xxl = lg, xl, xxl
        self.name = name
        Size.all.append(self)

    def expand(self) -> list[str]:
        """The lengths, smallest first."""
        return [getattr(self, step) for step in STEPS]

    def __repr__(self) -> str:
        return f"Size(name={self.name!r}, md={self.md!r})"


def _size(name: str, px: str) -> Size:
    return Size(*(f"{n}px" for n in px.split()), name=name)


radius_none = _size("radius_none", "0 0 0 0 0 0 0")
radius_sm = _size("radius_sm", "1 1 2 4 6 8 12")
radius_md = _size("radius_md", "1 2 4 6 8 12 22")
radius_lg = _size("radius_lg", "2 4 6 8 12 16 24")
radius_xxl = _size("radius_xxl", "6 8 10 20 24 28 32")
spacing_sm = _size("spacing_sm", "1 1 2 4 6 9 12")
spacing_md = _size("spacing_md", "1 2 4 6 8 10 16")
spacing_lg = _size("spacing_lg", "2 4 6 8 10 14 28")
text_sm = _size("text_sm", "8 9 11 13 16 20 24")
text_md = _size("text_md", "9 10 12 14 16 22 26")
text_lg = _size("text_lg", "10 12 14 16 20 24 28")


def find_size(value: Size | str, kind: str, role: str) -> Size:
    """A Size from a Size, a short name ("sm") or a full one ("radius_sm") of `kind`."""
    if isinstance(value, Size):
        return value
    if isinstance(value, str):
        wanted = {value, f"{kind}_{value}"}
        for size in reversed(Size.all):
            if size.name in wanted:
                return size
        known = [s.name[len(kind) + 1 :] for s in Size.all if s.name and s.name.startswith(kind)]
        raise ValueError(
            f"{role}={value!r} is not a known {kind} size; use one of "
            f"{', '.join(dict.fromkeys(known))}, or a gr.themes.Size"
        )
    raise TypeError(f"{role} must be a gr.themes.Size or a size name, not {type(value).__name__}")
