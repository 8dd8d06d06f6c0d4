"""Every built-in theme resolves to Gradio 6's values, except the deviations listed here.

The fixture gradio_theme_values.json holds the values a real Gradio produces (palette, sizes, and
each built-in theme's variables resolved in light and dark mode); scripts/gradio_theme_snapshot.py
writes it. The deviations below are blocklite's on purpose (docs/themes.md lists them too); any
other difference fails, so a drifted palette shade or preset value cannot go unnoticed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import blocklite as gr
from blocklite.themes import colors, sizes

FIXTURE = Path(__file__).with_name("gradio_theme_values.json")
GRADIO: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
THEMES = list(GRADIO["themes"])


def _unquoted(fonts: str) -> str:
    return re.sub(r"'([^']*)'", r"\1", fonts)


#: (theme or "*", mode or "*", variable) → why blocklite differs from Gradio there.
DEVIATIONS: dict[tuple[str, str, str], str] = {
    ("*", "light", "body_text_color_subdued"): (
        "*neutral_500 instead of *neutral_400: Gradio's light grey fails WCAG contrast for info "
        "text on white (e.g. #bbbbc2 on white is 1.9:1)"
    ),
    ("*", "light", "block_info_text_color"): "follows body_text_color_subdued (see above)",
    ("*", "*", "checkbox_check"): (
        "blocklite draws its own check mark (same size, colour and place); the icon artwork "
        "is not copied"
    ),
    ("Monochrome", "*", "font"): (
        "the Lora font is never downloaded, so the stack falls back to serif families "
        "(Gradio falls back to sans-serif, losing the theme's serif look without the web font)"
    ),
}

#: Differences in how a value is written, with the same result in the browser.
NORMALISE = {
    # Font names are compared without quotes: blocklite quotes every non-generic family name
    # (always valid CSS); Gradio leaves some unquoted ("Consolas", "Noto Sans"). Same fonts.
    "font": _unquoted,
    "font_mono": _unquoted,
}


def _gradio_value(name: str, value: str) -> str:
    # Gradio's Citrus writes a few values with a trailing ';' ("all 0.1s;"); in a stylesheet
    # that is an empty declaration after the value. blocklite refuses ';' in values (it could
    # end the declaration), so it stores the value without it.
    value = value[:-1] if value.endswith(";") else value
    return NORMALISE.get(name, str)(value)


def _deviation(theme: str, mode: str, name: str) -> str | None:
    for t in (theme, "*"):
        for m in (mode, "*"):
            reason = DEVIATIONS.get((t, m, name))
            if reason:
                return reason
    return None


def test_the_palette_matches_gradio() -> None:
    mine = {name: color.expand() for name, color in colors.PREDEFINED.items()}
    assert mine == GRADIO["palette"]


def test_the_predefined_sizes_match_gradio() -> None:
    mine = {s.name: s.expand() for s in sizes.Size.all if s.name in GRADIO["sizes"]}
    assert mine == GRADIO["sizes"]


@pytest.mark.parametrize("theme_name", THEMES)
def test_theme_resolves_to_gradio_values(theme_name: str) -> None:
    theme = getattr(gr.themes, theme_name)()
    expected = GRADIO["themes"][theme_name]
    mine = {k for k in theme._variables() if not k.endswith("_dark")}
    assert mine == set(expected["light"]), "blocklite and Gradio have different variables"
    wrong = []
    for mode in ("light", "dark"):
        for name, value in expected[mode].items():
            if _deviation(theme_name, mode, name):
                continue
            got = theme._get_computed_value(name + ("_dark" if mode == "dark" else ""))
            if NORMALISE.get(name, str)(got) != _gradio_value(name, value):
                wrong.append(f"{mode} {name}: blocklite {got!r}, Gradio {value!r}")
    assert not wrong, f"{theme_name} differs from Gradio:\n" + "\n".join(wrong)


@pytest.mark.parametrize("theme_name", THEMES)
def test_deviations_are_what_they_claim(theme_name: str) -> None:
    """The subdued text is the darker shade, and Monochrome stays serif: the reasons hold."""
    theme = getattr(gr.themes, theme_name)()
    subdued = theme._get_computed_value("body_text_color_subdued")
    if theme_name != "Monochrome":  # Monochrome sets its own (*neutral_700, as Gradio)
        assert subdued == theme.neutral_500
    assert theme._get_computed_value("block_info_text_color") == subdued
    assert theme._get_computed_value("body_text_color_subdued_dark") == _gradio_value(
        "", GRADIO["themes"][theme_name]["dark"]["body_text_color_subdued"]
    )
    if theme_name == "Monochrome":
        assert theme.font.startswith("'Lora'") and theme.font.endswith("serif")
        assert "sans-serif" not in theme.font
