"""How a theme reaches the page: CSS custom properties, as a diff against the bundled Default.

Why it exists: the page bundle already carries the Default theme's variables (js/theme-default.css,
written by generate.py through scripts/theme_css.py), so an app's config only carries the
variables whose light or dark value differs from the Default's: nothing at all for the Default
theme, a handful for `Default().set(...)`, a few hundred for another built-in theme. The page sets
them on the app's root element (`#app-1` light, `#app-1.dark` dark), so two apps on one page can
have different themes. `theme_css()` writes the same variables as one stylesheet, Gradio's way,
for the `/theme.css` route.

Values are written as they are, with `*name` turned into `var(--name)`; the browser resolves the
references, so a dark value's references read the dark variables of the same element. A value
that could end its declaration or rule (`;`, `{`, `}`, `<`, see css_values.check_safe) is refused
here too, whatever path it came by.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .css_values import check_safe, css_name, to_css

if TYPE_CHECKING:
    from .base import ThemeClass

#: A theme as the page uses it: CSS variable name (without `--`) → value, for light and dark.
Variables = dict[str, str]


def light_and_dark(theme: ThemeClass) -> tuple[Variables, Variables]:
    """(light, dark) CSS values of every variable; dark lists only values that differ from light."""
    light: Variables = {}
    dark: Variables = {}
    for name, value in theme._variables().items():
        # Also catches values assigned as attributes, which skip `.set()`'s checks.
        check_safe(name, value)
        if name.endswith("_dark"):
            if value is not None:
                dark[css_name(name[:-5])] = to_css(value)
        elif value is None:
            raise ValueError(f"theme variable '{name}' is None; only dark variables may be unset")
        else:
            light[css_name(name)] = to_css(value)
    dark = {k: v for k, v in dark.items() if light.get(k) != v}
    return light, dark


def default_variables() -> tuple[Variables, Variables]:
    """The Default theme's (light, dark) variables: what the page bundle already has.

    Read from default_variables.py, written by generate.py (building the Default theme at
    start-up would cost a millisecond in the browser); a unit test keeps it equal to
    `generate.computed_default_variables()`.
    """
    from .default_variables import DARK, LIGHT

    return LIGHT, DARK


def page_variables(theme: ThemeClass) -> dict[str, Variables]:
    """`{"light": {...}, "dark": {...}}`: what the page must set on top of the bundled Default.

    In dark mode the page applies, per variable: the dark entry if any, else the light entry if
    any, else the bundled Default's (its dark value if it has one). So a dark entry is needed
    exactly when the result would otherwise be wrong.
    """
    light, dark = light_and_dark(theme)
    base_light, base_dark = default_variables()
    out_light = {k: v for k, v in light.items() if base_light.get(k) != v}
    out_dark: Variables = {}
    for name, value in light.items():
        wanted = dark.get(name, value)
        shown = out_light[name] if name in out_light else base_dark.get(name, base_light[name])
        if wanted != shown:
            out_dark[name] = wanted
    for name, value in dark.items():  # a dark value for a variable the theme has no light for
        if name not in light and base_dark.get(name, base_light.get(name)) != value:
            out_dark[name] = value
    return {"light": out_light, "dark": out_dark}


def theme_css(theme: ThemeClass) -> str:
    """The whole theme as a stylesheet: `:root` holds the light values, `.dark` the dark ones."""
    light, dark = light_and_dark(theme)
    lines = [":root {", *(f"  --{k}: {v};" for k, v in light.items()), "}"]
    lines += [":root.dark, :root .dark {", *(f"  --{k}: {v};" for k, v in dark.items()), "}"]
    return "\n".join(lines) + "\n"


def body_css(theme: ThemeClass) -> dict[str, str]:
    """The body colours, resolved (Gradio's config field `body_css`)."""
    return {
        "body_background_fill": theme._get_computed_value("body_background_fill"),
        "body_text_color": theme._get_computed_value("body_text_color"),
        "body_background_fill_dark": theme._get_computed_value("body_background_fill_dark"),
        "body_text_color_dark": theme._get_computed_value("body_text_color_dark"),
    }
