"""Every theme variable a blocklite theme has, with the Base theme's light and dark values.

Why it exists: Gradio's themes are a fixed vocabulary of CSS variables
(`button_primary_background_fill`, `block_radius`, ...); `.set()` accepts exactly these names (and
`<name>_dark`), and user CSS can use any of them as `var(--button-primary-background-fill)`.
Keeping the vocabulary as one table makes "unknown variable" a precise error and keeps the Base
theme's values in one readable place.

Each entry is `name: (light value, dark value)`; a dark value of None means "no separate dark
value": in dark mode the light value applies, with its `*references` read from the dark
variables. `*name` refers to another variable (`*primary_500`, `*radius_lg`, `*block_border_color`).
"""

from __future__ import annotations

from .colors import SHADES
from .sizes import STEPS

#: The core variables the constructor fills from the hues, sizes and fonts.
HUES = ("primary", "secondary", "neutral")
SIZE_KINDS = ("spacing", "radius", "text")
CORE: tuple[str, ...] = (
    *(f"{hue}_{shade}" for hue in HUES for shade in SHADES),
    *(f"{kind}_{step}" for kind in SIZE_KINDS for step in STEPS),
    "font",
    "font_mono",
)

CHECK_MARK = (
    "url(\"data:image/svg+xml,%3csvg viewBox='0 0 16 16' fill='white' "
    "xmlns='http://www.w3.org/2000/svg'%3e%3cpath d='M6.4 11.6 2.8 8l1.1-1.1 2.5 2.5 5.7-5.7 "
    "1.1 1.1z'/%3e%3c/svg%3e\")"
)
RADIO_DOT = (
    "url(\"data:image/svg+xml,%3csvg viewBox='0 0 16 16' fill='white' "
    "xmlns='http://www.w3.org/2000/svg'%3e%3ccircle cx='8' cy='8' r='3'/%3e%3c/svg%3e\")"
)

#: name → (light value, dark value or None) of every variable besides the core ones.
VARIABLES: dict[str, tuple[str, str | None]] = {
    # body
    "body_background_fill": ("*background_fill_primary", "*background_fill_primary"),
    "body_text_color": ("*neutral_800", "*neutral_100"),
    "body_text_size": ("*text_md", None),
    "body_text_color_subdued": ("*neutral_500", "*neutral_400"),
    "body_text_weight": ("400", None),
    "embed_radius": ("*radius_sm", None),
    # element colours
    "background_fill_primary": ("white", "*neutral_950"),
    "background_fill_secondary": ("*neutral_50", "*neutral_900"),
    "border_color_accent": ("*primary_300", "*neutral_600"),
    "border_color_accent_subdued": ("*border_color_accent", "*border_color_accent"),
    "border_color_primary": ("*neutral_200", "*neutral_700"),
    "color_accent": ("*primary_500", None),
    "color_accent_soft": ("*primary_50", "*neutral_700"),
    # text
    "link_text_color": ("*secondary_600", "*secondary_500"),
    "link_text_color_active": ("*secondary_600", "*secondary_500"),
    "link_text_color_hover": ("*secondary_700", "*secondary_400"),
    "link_text_color_visited": ("*secondary_500", "*secondary_600"),
    "prose_text_size": ("*text_md", None),
    "prose_text_weight": ("400", None),
    "prose_header_text_weight": ("600", None),
    "code_background_fill": ("*neutral_100", "*neutral_800"),
    # shadows
    "shadow_drop": ("rgba(0,0,0,0.05) 0px 1px 2px 0px", None),
    "shadow_drop_lg": ("0 1px 3px 0 rgb(0 0 0 / 0.1), 0 1px 2px -1px rgb(0 0 0 / 0.1)", None),
    "shadow_inset": ("rgba(0,0,0,0.05) 0px 2px 4px 0px inset", None),
    "shadow_spread": ("3px", "1px"),
    # layout atoms
    "block_background_fill": ("*background_fill_primary", "*neutral_800"),
    "block_border_color": ("*border_color_primary", "*border_color_primary"),
    "block_border_width": ("1px", None),
    "block_info_text_color": ("*body_text_color_subdued", "*body_text_color_subdued"),
    "block_info_text_size": ("*text_sm", None),
    "block_info_text_weight": ("400", None),
    "block_label_background_fill": ("*background_fill_primary", "*background_fill_secondary"),
    "block_label_border_color": ("*border_color_primary", "*border_color_primary"),
    "block_label_border_width": ("1px", None),
    "block_label_shadow": ("*block_shadow", None),
    "block_label_text_color": ("*neutral_500", "*neutral_200"),
    "block_label_margin": ("0", None),
    "block_label_padding": ("*spacing_sm *spacing_lg", None),
    "block_label_radius": ("calc(*radius_sm - 1px) 0 calc(*radius_sm - 1px) 0", None),
    "block_label_right_radius": ("0 calc(*radius_sm - 1px) 0 calc(*radius_sm - 1px)", None),
    "block_label_text_size": ("*text_sm", None),
    "block_label_text_weight": ("400", None),
    "block_padding": ("*spacing_xl calc(*spacing_xl + 2px)", None),
    "block_radius": ("*radius_sm", None),
    "block_shadow": ("none", None),
    "block_title_background_fill": ("none", None),
    "block_title_border_color": ("none", None),
    "block_title_border_width": ("0px", None),
    "block_title_text_color": ("*neutral_500", "*neutral_200"),
    "block_title_padding": ("0", None),
    "block_title_radius": ("none", None),
    "block_title_text_size": ("*text_md", None),
    "block_title_text_weight": ("400", None),
    "container_radius": ("*radius_sm", None),
    "form_gap_width": ("0px", None),
    "layout_gap": ("*spacing_xxl", None),
    "panel_background_fill": ("*background_fill_secondary", "*background_fill_secondary"),
    "panel_border_color": ("*border_color_primary", "*border_color_primary"),
    "panel_border_width": ("0", None),
    "section_header_text_size": ("*text_md", None),
    "section_header_text_weight": ("400", None),
    # component atoms
    "accordion_text_color": ("*body_text_color", "*body_text_color"),
    "table_text_color": ("*body_text_color", "*body_text_color"),
    "chatbot_text_size": ("*text_lg", None),
    "checkbox_background_color": ("*background_fill_primary", "*neutral_800"),
    "checkbox_background_color_focus": ("*checkbox_background_color", "*checkbox_background_color"),
    "checkbox_background_color_hover": ("*checkbox_background_color", "*checkbox_background_color"),
    "checkbox_background_color_selected": ("*color_accent", "*color_accent"),
    "checkbox_border_color": ("*neutral_300", "*neutral_700"),
    "checkbox_border_color_focus": ("*color_accent", "*color_accent"),
    "checkbox_border_color_hover": ("*neutral_300", "*neutral_600"),
    "checkbox_border_color_selected": ("*color_accent", "*color_accent"),
    "checkbox_border_radius": ("*radius_sm", None),
    "checkbox_border_width": ("*input_border_width", "*input_border_width"),
    "checkbox_check": (CHECK_MARK, None),
    "radio_circle": (RADIO_DOT, None),
    "checkbox_shadow": ("*input_shadow", None),
    "checkbox_label_background_fill": (
        "*button_secondary_background_fill",
        "*button_secondary_background_fill",
    ),
    "checkbox_label_background_fill_hover": (
        "*button_secondary_background_fill_hover",
        "*button_secondary_background_fill_hover",
    ),
    "checkbox_label_background_fill_selected": (
        "*checkbox_label_background_fill",
        "*checkbox_label_background_fill",
    ),
    "checkbox_label_border_color": ("*border_color_primary", "*border_color_primary"),
    "checkbox_label_border_color_hover": (
        "*checkbox_label_border_color",
        "*checkbox_label_border_color",
    ),
    "checkbox_label_border_color_selected": (
        "*checkbox_label_border_color",
        "*checkbox_label_border_color",
    ),
    "checkbox_label_border_width": ("*input_border_width", "*input_border_width"),
    "checkbox_label_gap": ("*spacing_lg", None),
    "checkbox_label_padding": ("*spacing_md calc(2 * *spacing_md)", None),
    "checkbox_label_shadow": ("none", None),
    "checkbox_label_shadow_hover": ("*checkbox_label_shadow", None),
    "checkbox_label_shadow_active": ("*checkbox_label_shadow", None),
    "checkbox_label_text_size": ("*text_md", None),
    "checkbox_label_text_weight": ("400", None),
    "checkbox_label_text_color": ("*body_text_color", "*body_text_color"),
    "checkbox_label_text_color_selected": (
        "*checkbox_label_text_color",
        "*checkbox_label_text_color",
    ),
    "error_background_fill": ("#fef2f2", "*background_fill_primary"),
    "error_border_color": ("#b91c1c", "#ef4444"),
    "error_border_width": ("1px", None),
    "error_text_color": ("#b91c1c", "#fef2f2"),
    "error_icon_color": ("#b91c1c", "#ef4444"),
    "input_background_fill": ("*neutral_100", "*neutral_700"),
    "input_background_fill_focus": ("*input_background_fill", None),
    "input_background_fill_hover": ("*input_background_fill", "*input_background_fill"),
    "input_border_color": ("*border_color_primary", "*border_color_primary"),
    "input_border_color_focus": ("*secondary_300", "*neutral_700"),
    "input_border_color_hover": ("*input_border_color", "*input_border_color"),
    "input_border_width": ("0px", None),
    "input_padding": ("*spacing_xl", None),
    "input_placeholder_color": ("*neutral_400", "*neutral_500"),
    "input_radius": ("*radius_sm", None),
    "input_shadow": ("none", None),
    "input_shadow_focus": ("*input_shadow", None),
    "input_text_size": ("*text_md", None),
    "input_text_weight": ("400", None),
    "loader_color": ("*color_accent", None),
    "slider_color": ("*color_accent", None),
    "stat_background_fill": ("*primary_300", "*primary_500"),
    "table_border_color": ("*neutral_300", "*neutral_700"),
    "table_even_background_fill": ("white", "*neutral_950"),
    "table_odd_background_fill": ("*neutral_50", "*neutral_900"),
    "table_radius": ("*radius_sm", None),
    "table_row_focus": ("*color_accent_soft", "*color_accent_soft"),
    # buttons
    "button_border_width": ("*input_border_width", None),
    "button_transform_hover": ("none", None),
    "button_transform_active": ("none", None),
    "button_transition": ("all 0.2s ease", None),
    "button_large_padding": ("*spacing_lg calc(2 * *spacing_lg)", None),
    "button_large_radius": ("*radius_md", None),
    "button_large_text_size": ("*text_lg", None),
    "button_large_text_weight": ("600", None),
    "button_medium_padding": ("*spacing_md calc(2 * *spacing_md)", None),
    "button_medium_radius": ("*radius_md", None),
    "button_medium_text_size": ("*text_md", None),
    "button_medium_text_weight": ("600", None),
    "button_small_padding": ("*spacing_sm calc(1.5 * *spacing_sm)", None),
    "button_small_radius": ("*radius_md", None),
    "button_small_text_size": ("*text_sm", None),
    "button_small_text_weight": ("400", None),
    "button_primary_background_fill": ("*primary_500", "*primary_600"),
    "button_primary_background_fill_hover": ("*primary_600", "*primary_700"),
    "button_primary_border_color": ("*primary_500", "*primary_600"),
    "button_primary_border_color_hover": ("*primary_500", "*primary_500"),
    "button_primary_text_color": ("white", "white"),
    "button_primary_text_color_hover": ("*button_primary_text_color", "*button_primary_text_color"),
    "button_primary_shadow": ("none", None),
    "button_primary_shadow_hover": ("*button_primary_shadow", "*button_primary_shadow"),
    "button_primary_shadow_active": ("*button_primary_shadow", "*button_primary_shadow"),
    "button_secondary_background_fill": ("*neutral_200", "*neutral_600"),
    "button_secondary_background_fill_hover": ("*neutral_300", "*neutral_700"),
    "button_secondary_border_color": ("*neutral_200", "*neutral_600"),
    "button_secondary_border_color_hover": ("*neutral_200", "*neutral_500"),
    "button_secondary_text_color": ("black", "white"),
    "button_secondary_text_color_hover": (
        "*button_secondary_text_color",
        "*button_secondary_text_color",
    ),
    "button_secondary_shadow": ("*button_primary_shadow", None),
    "button_secondary_shadow_hover": ("*button_secondary_shadow", "*button_secondary_shadow"),
    "button_secondary_shadow_active": ("*button_secondary_shadow", "*button_secondary_shadow"),
    "button_cancel_background_fill": (
        "*button_secondary_background_fill",
        "*button_secondary_background_fill",
    ),
    "button_cancel_background_fill_hover": (
        "*button_secondary_background_fill_hover",
        "*button_secondary_background_fill_hover",
    ),
    "button_cancel_border_color": (
        "*button_secondary_border_color",
        "*button_secondary_border_color",
    ),
    "button_cancel_border_color_hover": (
        "*button_secondary_border_color_hover",
        "*button_secondary_border_color_hover",
    ),
    "button_cancel_text_color": ("*button_secondary_text_color", "*button_secondary_text_color"),
    "button_cancel_text_color_hover": ("*button_secondary_text_color_hover", "white"),
    "button_cancel_shadow": ("*button_secondary_shadow", "*button_secondary_shadow"),
    "button_cancel_shadow_hover": (
        "*button_secondary_shadow_hover",
        "*button_secondary_shadow_hover",
    ),
    "button_cancel_shadow_active": (
        "*button_secondary_shadow_active",
        "*button_secondary_shadow_active",
    ),
}

#: Every name `.set()` accepts without the `_dark` suffix.
KNOWN: frozenset[str] = frozenset(CORE) | frozenset(VARIABLES)
