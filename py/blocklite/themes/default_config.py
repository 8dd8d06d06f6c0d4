"""The config fields of an app that uses the Default theme (which the page bundle already has).

Why it exists: most apps never set a theme; building their config must not import the themes
package at all (start-up time), so these constant fields live apart from the code that computes
the fields of other themes (app_theme.py).
"""

from __future__ import annotations

from typing import Any

DEFAULT_FIELDS: dict[str, Any] = {
    "theme": "default",
    "theme_hash": "default",
    "body_css": {
        "body_background_fill": "white",
        "body_text_color": "#27272a",
        "body_background_fill_dark": "#0f0f11",
        "body_text_color_dark": "#f4f4f5",
    },
    "theme_vars": {"light": {}, "dark": {}},
}
