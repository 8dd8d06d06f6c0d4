"""Snapshot Gradio's built-in theme values into tests/py/themes/gradio_theme_values.json.

Why it exists: blocklite's themes reproduce Gradio's look, so their values (palette shades, sizes,
every theme variable in light and dark mode) must match Gradio's. CI has no Gradio, so this script
is run by hand, with a Python that has Gradio installed, and its output is committed; the unit
test tests/py/themes/test_gradio_parity.py compares blocklite's themes against it.

    /work/main/.bench-venv/bin/python scripts/gradio_theme_snapshot.py

Only values are recorded, resolved the way the browser resolves the CSS variables: every `*name`
reference is replaced by the referenced variable's value, and in dark mode a variable takes its
`_dark` value when it has one, else its light value, whose references read dark values too.
"""

from __future__ import annotations

import json
import re
import sys
import warnings
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TARGET = REPO / "tests" / "py" / "themes" / "gradio_theme_values.json"
THEMES = ("Base", "Default", "Origin", "Soft", "Monochrome", "Glass", "Ocean", "Citrus")
REFERENCE = re.compile(r"\*(\w+)")
NOT_VARIABLES = {"name", "custom_css"}


def resolve(variables: dict[str, Any], name: str, dark: bool, depth: int = 0) -> str:
    """`name`'s final value in light or dark mode, references followed."""
    if depth > 50:
        raise RecursionError(f"circular reference at {name}")
    value = variables.get(name + "_dark") if dark else None
    if value is None:
        value = variables[name]
    return REFERENCE.sub(lambda m: resolve(variables, m.group(1), dark, depth + 1), str(value))


def snapshot_theme(theme: Any) -> dict[str, dict[str, str]]:
    """{"light": {name: value}, "dark": {name: value}} for every variable of `theme`."""
    variables = {
        k: v for k, v in vars(theme).items() if not k.startswith("_") and k not in NOT_VARIABLES
    }
    names = [k for k in variables if not k.endswith("_dark")]
    out = {
        "light": {n: resolve(variables, n, False) for n in names},
        "dark": {n: resolve(variables, n, True) for n in names},
    }
    for n in names:  # cross-check against Gradio's own resolution
        if out["light"][n] != theme._get_computed_value(n):
            raise AssertionError(f"{type(theme).__name__}.{n}: resolver disagrees with Gradio")
    return out


def main() -> int:
    warnings.simplefilter("ignore")
    import gradio as gr

    fixture: dict[str, Any] = {
        "gradio_version": gr.__version__,
        "themes": {},
    }
    shades = ("50", "100", "200", "300", "400", "500", "600", "700", "800", "900", "950")
    fixture["palette"] = {
        c.name: [getattr(c, f"c{s}") for s in shades] for c in gr.themes.Color.all if c.name
    }
    steps = ("xxs", "xs", "sm", "md", "lg", "xl", "xxl")
    fixture["sizes"] = {
        s.name: [getattr(s, step) for step in steps] for s in gr.themes.Size.all if s.name
    }
    for cls in THEMES:
        fixture["themes"][cls] = snapshot_theme(getattr(gr.themes, cls)())
    TARGET.write_text(json.dumps(fixture, indent=1, sort_keys=False) + "\n")
    print(f"wrote {TARGET.relative_to(REPO)} ({TARGET.stat().st_size} bytes, Gradio {gr.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
