"""The flat built-in themes: `gr.themes.Default`, `Origin`, `Soft` and `Monochrome`.

Why it exists: each built-in theme is the Base theme with other constructor defaults (hues, sizes,
fonts) and a handful of `.set()` overrides that give it its character, as Gradio's do:

- Default: orange on zinc, solid buttons, white bordered inputs (Gradio 5/6's look);
- Origin: Gradio 4's look: soft orange gradients on buttons, drop shadows, gray neutrals;
- Soft: indigo/purple, white cards on a tinted page, highlighted labels, rounder corners;
- Monochrome: black and white, square corners, black primary and white bordered secondary
  buttons, a serif font;
- Glass, Ocean and Citrus (gradient_themes.py): gradients and lifted shadows.

The list of built-in theme names is app_theme.py's (`built_in()`).

Fonts are only named (see fonts.py): nothing is downloaded; every stack ends in generic families.
"""

from __future__ import annotations

from . import colors, fonts, sizes
from .base import Base, FontArg, Hue, SizeArg

SANS = fonts.SANS
MONO = fonts.MONO
MONTSERRAT = fonts.LocalFont("Montserrat", weights=(400, 700))
LORA = fonts.LocalFont("Lora")


class Default(Base):
    """Gradio's default theme: orange primary, blue secondary, zinc neutrals."""

    def __init__(
        self,
        *,
        primary_hue: Hue = colors.orange,
        secondary_hue: Hue = colors.blue,
        neutral_hue: Hue = colors.zinc,
        spacing_size: SizeArg = sizes.spacing_md,
        radius_size: SizeArg = sizes.radius_md,
        text_size: SizeArg = sizes.text_md,
        font: FontArg = (fonts.SOURCE_SANS, *SANS),
        font_mono: FontArg = MONO,
    ) -> None:
        super().__init__(
            primary_hue=primary_hue,
            secondary_hue=secondary_hue,
            neutral_hue=neutral_hue,
            spacing_size=spacing_size,
            radius_size=radius_size,
            text_size=text_size,
            font=font,
            font_mono=font_mono,
        )
        self.name = "default"
        super().set(
            border_color_accent_subdued="*primary_200",
            input_background_fill="white",
            input_background_fill_dark="*neutral_800",
            input_border_width="1px",
            input_shadow_focus="0 0 0 *shadow_spread *secondary_50, *shadow_inset",
            input_shadow_focus_dark="0 0 0 *shadow_spread *neutral_700, *shadow_inset",
            checkbox_label_background_fill="*background_fill_primary",
            checkbox_label_background_fill_dark="*neutral_800",
            checkbox_label_background_fill_hover="*background_fill_secondary",
            checkbox_label_background_fill_hover_dark="*checkbox_label_background_fill",
            error_background_fill_dark="*neutral_900",
            stat_background_fill="linear-gradient(to right, *primary_400, *primary_200)",
            stat_background_fill_dark="linear-gradient(to right, *primary_400, *primary_600)",
            button_border_width="0px",
            button_cancel_background_fill=colors.red.c500,
            button_cancel_background_fill_dark=colors.red.c700,
            button_cancel_background_fill_hover=colors.red.c600,
            button_cancel_background_fill_hover_dark=colors.red.c800,
            button_cancel_text_color="white",
            button_cancel_text_color_dark="white",
            button_cancel_text_color_hover="white",
            button_cancel_text_color_hover_dark="white",
        )


class Origin(Base):
    """Gradio 4's look: subdued orange gradient buttons, drop shadows, gray neutrals."""

    def __init__(
        self,
        *,
        primary_hue: Hue = colors.orange,
        secondary_hue: Hue = colors.blue,
        neutral_hue: Hue = colors.gray,
        spacing_size: SizeArg = sizes.spacing_md,
        radius_size: SizeArg = sizes.radius_md,
        text_size: SizeArg = sizes.text_md,
        font: FontArg = (fonts.SOURCE_SANS, *SANS),
        font_mono: FontArg = MONO,
    ) -> None:
        super().__init__(
            primary_hue=primary_hue,
            secondary_hue=secondary_hue,
            neutral_hue=neutral_hue,
            spacing_size=spacing_size,
            radius_size=radius_size,
            text_size=text_size,
            font=font,
            font_mono=font_mono,
        )
        self.name = "origin"
        gradient = "linear-gradient(to bottom right, {}, {})"
        to_top = "linear-gradient(to top, {}, {})"
        super().set(
            block_shadow="*shadow_drop",
            border_color_accent_subdued="*primary_200",
            form_gap_width="1px",
            input_background_fill="white",
            input_background_fill_dark="*neutral_800",
            input_border_width="1px",
            input_shadow="0 0 0 *shadow_spread transparent, *shadow_inset",
            input_shadow_focus="0 0 0 *shadow_spread *secondary_50, *shadow_inset",
            input_shadow_focus_dark="0 0 0 *shadow_spread *neutral_700, *shadow_inset",
            checkbox_label_shadow="*shadow_drop",
            checkbox_label_background_fill=to_top.format("*neutral_50", "white"),
            checkbox_label_background_fill_dark=to_top.format("*neutral_900", "*neutral_800"),
            checkbox_label_background_fill_hover=to_top.format("*neutral_100", "white"),
            checkbox_label_background_fill_hover_dark=to_top.format("*neutral_900", "*neutral_800"),
            stat_background_fill="linear-gradient(to right, *primary_400, *primary_200)",
            stat_background_fill_dark="linear-gradient(to right, *primary_400, *primary_600)",
            error_background_fill_dark="*neutral_900",
            button_transition="none",
            button_border_width="1px",
            button_border_width_dark="1px",
            button_primary_shadow="*shadow_drop",
            button_primary_shadow_hover="*shadow_drop_lg",
            button_primary_shadow_active="*shadow_inset",
            button_primary_background_fill=gradient.format("*primary_100", "*primary_300"),
            button_primary_background_fill_dark=gradient.format("*primary_500", "*primary_600"),
            button_primary_background_fill_hover=gradient.format("*primary_100", "*primary_200"),
            button_primary_background_fill_hover_dark=gradient.format(
                "*primary_500", "*primary_500"
            ),
            button_primary_border_color="*primary_200",
            button_primary_border_color_dark="*primary_500",
            button_primary_border_color_hover="*button_primary_border_color",
            button_primary_text_color="*primary_600",
            button_primary_text_color_dark="white",
            button_secondary_background_fill=gradient.format("*neutral_100", "*neutral_200"),
            button_secondary_background_fill_dark=gradient.format("*neutral_600", "*neutral_700"),
            button_secondary_background_fill_hover=gradient.format("*neutral_100", "*neutral_100"),
            button_secondary_background_fill_hover_dark=gradient.format(
                "*neutral_600", "*neutral_600"
            ),
            button_secondary_text_color="*neutral_800",
            button_secondary_border_color_hover_dark="*neutral_600",
            button_secondary_shadow="*shadow_drop",
            button_secondary_shadow_hover="*shadow_drop_lg",
            button_secondary_shadow_active="*shadow_inset",
            button_cancel_background_fill=gradient.format(colors.red.c100, colors.red.c200),
            button_cancel_background_fill_dark=gradient.format(colors.red.c600, colors.red.c700),
            button_cancel_background_fill_hover=gradient.format(colors.red.c100, colors.red.c100),
            button_cancel_background_fill_hover_dark=gradient.format(
                colors.red.c600, colors.red.c600
            ),
            button_cancel_border_color=colors.red.c200,
            button_cancel_border_color_dark=colors.red.c600,
            button_cancel_border_color_hover=colors.red.c200,
            button_cancel_border_color_hover_dark=colors.red.c600,
            button_cancel_text_color=colors.red.c600,
            button_cancel_text_color_dark="white",
        )


class Soft(Base):
    """Indigo/purple on a tinted page: white cards, highlighted labels, rounder corners."""

    def __init__(
        self,
        *,
        primary_hue: Hue = colors.indigo,
        secondary_hue: Hue = colors.indigo,
        neutral_hue: Hue = colors.gray,
        spacing_size: SizeArg = sizes.spacing_md,
        radius_size: SizeArg = sizes.radius_md,
        text_size: SizeArg = sizes.text_md,
        font: FontArg = (MONTSERRAT, *SANS),
        font_mono: FontArg = MONO,
    ) -> None:
        super().__init__(
            primary_hue=primary_hue,
            secondary_hue=secondary_hue,
            neutral_hue=neutral_hue,
            spacing_size=spacing_size,
            radius_size=radius_size,
            text_size=text_size,
            font=font,
            font_mono=font_mono,
        )
        self.name = "soft"
        super().set(
            background_fill_primary="*neutral_50",
            block_background_fill="white",
            block_border_width="0px",
            block_radius="*radius_sm",
            block_shadow="none",
            panel_border_width="1px",
            shadow_drop="0 1px 4px 0 rgb(0 0 0 / 0.1)",
            shadow_drop_lg="0 2px 5px 0 rgb(0 0 0 / 0.1)",
            shadow_spread="6px",
            block_label_background_fill="*primary_100",
            block_label_background_fill_dark="*primary_600",
            block_label_text_color="*primary_500",
            block_label_text_color_dark="white",
            block_label_text_weight="600",
            block_label_radius="*radius_md",
            block_label_margin="*spacing_md",
            block_label_text_size="*text_md",
            block_label_padding="*spacing_sm *spacing_md",
            block_title_background_fill="*block_label_background_fill",
            block_title_text_color="*primary_500",
            block_title_text_color_dark="white",
            block_title_text_weight="600",
            block_title_radius="*block_label_radius",
            block_title_padding="*block_label_padding",
            input_background_fill="white",
            input_border_color="*neutral_50",
            input_radius="*radius_sm",
            input_shadow="*shadow_drop",
            input_shadow_focus="*shadow_drop_lg",
            slider_color="*primary_500",
            slider_color_dark="*primary_600",
            checkbox_shadow="none",
            checkbox_border_width="1px",
            checkbox_border_color="*neutral_100",
            checkbox_border_color_dark="*neutral_600",
            checkbox_background_color_selected="*primary_600",
            checkbox_background_color_selected_dark="*primary_700",
            checkbox_border_color_focus="*primary_500",
            checkbox_border_color_focus_dark="*primary_600",
            checkbox_border_color_selected="*primary_600",
            checkbox_border_color_selected_dark="*primary_700",
            checkbox_label_shadow="*shadow_drop_lg",
            checkbox_label_background_fill_selected="*primary_500",
            checkbox_label_background_fill_selected_dark="*primary_600",
            checkbox_label_text_color_selected="white",
            button_large_radius="*radius_md",
            button_medium_radius="*radius_md",
            button_small_radius="*radius_md",
            button_primary_background_fill="*primary_500",
            button_primary_background_fill_hover="*primary_400",
            button_primary_background_fill_hover_dark="*primary_500",
            button_primary_text_color="white",
            button_primary_shadow="*shadow_drop_lg",
            button_primary_shadow_hover="*shadow_drop_lg",
            button_primary_shadow_active="*shadow_inset",
            button_secondary_background_fill="white",
            button_secondary_background_fill_hover="*neutral_100",
            button_secondary_background_fill_hover_dark="*primary_500",
            button_secondary_text_color="*neutral_800",
            button_secondary_shadow="*shadow_drop_lg",
            button_secondary_shadow_hover="*shadow_drop_lg",
            button_secondary_shadow_active="*shadow_inset",
        )


class Monochrome(Base):
    """Black and white like a newspaper: square corners, black buttons, a serif font."""

    def __init__(
        self,
        *,
        primary_hue: Hue = colors.neutral,
        secondary_hue: Hue = colors.neutral,
        neutral_hue: Hue = colors.neutral,
        spacing_size: SizeArg = sizes.spacing_lg,
        radius_size: SizeArg = sizes.radius_none,
        text_size: SizeArg = sizes.text_md,
        font: FontArg = (LORA, "ui-serif", "Georgia", "serif"),
        font_mono: FontArg = MONO,
    ) -> None:
        super().__init__(
            primary_hue=primary_hue,
            secondary_hue=secondary_hue,
            neutral_hue=neutral_hue,
            spacing_size=spacing_size,
            radius_size=radius_size,
            text_size=text_size,
            font=font,
            font_mono=font_mono,
        )
        self.name = "monochrome"
        super().set(
            # black text and labels, a subdued grey that stays readable
            body_text_color="*neutral_900",
            body_text_color_subdued="*neutral_700",
            background_fill_primary_dark="*neutral_900",
            background_fill_secondary_dark="*neutral_800",
            shadow_drop_lg="0 1px 4px 0 rgb(0 0 0 / 0.1)",
            block_shadow_dark="*shadow_drop_lg",
            block_label_text_color="*body_text_color",
            block_label_text_size="*text_md",
            block_label_text_weight="600",
            block_title_text_color="*body_text_color",
            block_title_text_weight="600",
            slider_color="*neutral_900",
            slider_color_dark="*neutral_500",
            # buttons: primary black, secondary white with a black border, 2px borders
            button_border_width="2px",
            button_large_padding="*spacing_lg",
            button_small_padding="*spacing_sm",
            button_primary_background_fill="*neutral_900",
            button_primary_background_fill_dark="*neutral_600",
            button_primary_background_fill_hover="*neutral_700",
            button_primary_background_fill_hover_dark="*neutral_600",
            button_primary_border_color="*neutral_900",
            button_secondary_background_fill="white",
            button_secondary_background_fill_dark="*neutral_700",
            button_secondary_background_fill_hover="white",
            button_secondary_border_color="*neutral_900",
            button_secondary_border_color_hover="*neutral_400",
            button_secondary_text_color="*neutral_900",
            button_secondary_text_color_hover="*neutral_400",
            button_cancel_border_color="*neutral_900",
            # checkbox labels look like secondary buttons, selected ones like primary buttons
            checkbox_background_color="*input_background_fill",
            checkbox_label_padding="*spacing_sm",
            checkbox_label_border_width="*button_border_width",
            checkbox_label_border_color="*checkbox_background_color",
            checkbox_label_border_color_hover="*button_secondary_border_color_hover",
            checkbox_label_border_color_selected="*button_primary_border_color",
            checkbox_label_background_fill_selected="*button_primary_background_fill",
            checkbox_label_text_color_selected="*button_primary_text_color",
        )
