"""The gradient themes: `gr.themes.Glass`, `Ocean` and `Citrus`.

Why it exists: these three built-in themes draw their character from gradients and shadows rather
than flat colours (see flat_themes.py for the flat ones):

- Glass: blue on slate, glassy vertical gradients on buttons and inputs, compact sizes;
- Ocean: emerald and sky, horizontal blue-green gradients on buttons, very round corners;
- Citrus: amber/yellow on stone, tinted focused inputs, buttons that lift on hover and press down.
"""

from __future__ import annotations

from . import colors, fonts, sizes
from .base import Base, FontArg, Hue, SizeArg

SANS = fonts.SANS
MONO = fonts.MONO

UBUNTU = fonts.LocalFont("Ubuntu", weights=(400,))
ROBOTO_MONO = fonts.LocalFont("Roboto Mono")


class Glass(Base):
    """Blue on slate with glassy vertical gradients on buttons and inputs; compact."""

    def __init__(
        self,
        *,
        primary_hue: Hue = colors.blue,
        secondary_hue: Hue = colors.slate,
        neutral_hue: Hue = colors.slate,
        spacing_size: SizeArg = sizes.spacing_sm,
        radius_size: SizeArg = sizes.radius_sm,
        text_size: SizeArg = sizes.text_sm,
        font: FontArg = ("Optima", "Candara", "Noto Sans", "source-sans-pro", "sans-serif"),
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
        self.name = "glass"
        glass = "linear-gradient(180deg, {} 0%, {} 30%)"
        super().set(
            body_background_fill_dark="*secondary_800",
            background_fill_primary_dark="*neutral_700",
            background_fill_secondary="*secondary_100",
            background_fill_secondary_dark="*secondary_800",
            border_color_primary_dark="*secondary_600",
            shadow_inset="rgba(0,0,0,0.05) 0px 1px 2px 0px inset",
            block_background_fill="*secondary_50",
            block_background_fill_dark="*secondary_800",
            block_border_color_dark="*secondary_600",
            block_border_width="0px",
            block_border_width_dark="1px",
            panel_border_width="1px",
            block_label_background_fill="*secondary_200",
            block_label_background_fill_dark="*secondary_700",
            block_label_border_color_dark="*secondary_600",
            block_label_text_color="*secondary_500",
            block_label_text_size="*text_md",
            block_label_text_weight="600",
            block_title_text_color="*secondary_500",
            block_title_text_weight="600",
            checkbox_background_color_dark="*secondary_400",
            checkbox_border_width="0px",
            checkbox_border_width_dark="0px",
            checkbox_label_border_color_dark="*secondary_700",
            checkbox_label_border_width="1px",
            checkbox_label_border_width_dark="1px",
            input_background_fill="linear-gradient(0deg, *secondary_100 0%, white 100%)",
            input_background_fill_dark="*secondary_600",
            input_border_color_dark="*secondary_600",
            input_border_color_focus_dark="*secondary_500",
            input_border_width="1px",
            table_even_background_fill_dark="*neutral_700",
            table_odd_background_fill_dark="*neutral_700",
            button_border_width="1px",
            button_primary_background_fill=glass.format("*primary_100", "*primary_200"),
            button_primary_background_fill_dark=glass.format("*primary_500", "*primary_600"),
            button_primary_background_fill_hover=glass.format("*primary_100", "*primary_200"),
            button_primary_background_fill_hover_dark=glass.format("*primary_500", "*primary_600"),
            button_primary_border_color="*primary_200",
            button_primary_border_color_hover="*button_primary_border_color",
            button_primary_text_color="*body_text_color",
            button_primary_shadow_active="*shadow_inset",
            button_secondary_background_fill=glass.format("*secondary_100", "*secondary_200"),
            button_secondary_background_fill_dark=glass.format("*secondary_500", "*secondary_600"),
            button_secondary_background_fill_hover=glass.format("*secondary_100", "*secondary_200"),
            button_secondary_background_fill_hover_dark=glass.format(
                "*secondary_500", "*secondary_600"
            ),
            button_secondary_shadow_active="*shadow_inset",
        )


class Ocean(Base):
    """Emerald and sky: horizontal blue-green gradients on buttons, very round corners."""

    def __init__(
        self,
        *,
        primary_hue: Hue = colors.emerald,
        secondary_hue: Hue = colors.sky,
        neutral_hue: Hue = colors.zinc,
        spacing_size: SizeArg = sizes.spacing_md,
        radius_size: SizeArg = sizes.radius_xxl,
        text_size: SizeArg = sizes.text_md,
        font: FontArg = (fonts.PLEX_SANS, *SANS),
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
        self.name = "ocean"
        wave = "linear-gradient(120deg, {} 0%, {} 60%, {} 100%)"
        super().set(
            block_shadow="*shadow_drop_lg",
            button_border_width="0px",
            button_transform_hover="scale(1.02)",
            button_transition="all 0.1s ease-in-out",
            slider_color="*primary_400",
            slider_color_dark="*primary_500",
            button_primary_background_fill=wave.format(
                "*secondary_500", "*primary_300", "*primary_400"
            ),
            button_primary_background_fill_hover=wave.format(
                "*secondary_400", "*primary_300", "*primary_300"
            ),
            button_primary_background_fill_dark=wave.format(
                "*secondary_600", "*primary_500", "*primary_600"
            ),
            button_primary_background_fill_hover_dark=wave.format(
                "*secondary_500", "*primary_500", "*primary_500"
            ),
            button_primary_text_color="*button_secondary_text_color",
            button_primary_text_color_dark="*button_secondary_text_color",
            button_primary_shadow_dark="none",
            button_primary_shadow_hover="0 1px 3px 0 *primary_200, 0 1px 2px -1px *primary_200",
            button_secondary_background_fill=wave.format(
                "*neutral_300", "*neutral_100", "*neutral_200"
            ),
            button_secondary_background_fill_hover=wave.format(
                "*neutral_200", "*neutral_100", "*neutral_100"
            ),
            button_secondary_background_fill_dark=wave.format(
                "*neutral_700", "*neutral_600", "*neutral_700"
            ),
            button_secondary_background_fill_hover_dark=wave.format(
                "*neutral_600", "*neutral_600", "*neutral_700"
            ),
            button_secondary_shadow_dark="none",
            button_secondary_shadow_hover="*shadow_drop_lg",
            checkbox_label_border_width="1px",
            checkbox_label_background_fill_selected=wave.format(
                "*primary_400", "*primary_300", "*primary_400"
            ),
            checkbox_label_background_fill_selected_dark=wave.format(
                "*primary_600", "*primary_500", "*primary_600"
            ),
            checkbox_label_border_color_selected="*primary_400",
            checkbox_label_border_color_selected_dark="*primary_600",
            checkbox_background_color_selected="*primary_400",
            checkbox_background_color_selected_dark="*primary_600",
            checkbox_label_text_color_selected="*button_secondary_text_color",
            checkbox_label_text_color_selected_dark="*button_secondary_text_color",
        )


class Citrus(Base):
    """Amber/yellow on stone: tinted focused inputs, buttons that lift on hover and press down."""

    def __init__(
        self,
        *,
        primary_hue: Hue = colors.amber,
        secondary_hue: Hue = colors.amber,
        neutral_hue: Hue = colors.stone,
        spacing_size: SizeArg = sizes.spacing_lg,
        radius_size: SizeArg = sizes.radius_md,
        text_size: SizeArg = sizes.text_md,
        font: FontArg = (UBUNTU, *SANS),
        font_mono: FontArg = (ROBOTO_MONO, "ui-monospace", "Consolas", "monospace"),
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
        self.name = "citrus"
        lift = "0px {} 0px 0px {}"
        super().set(
            background_fill_primary="*neutral_50",
            block_background_fill="*neutral_100",
            block_border_width="1px",
            block_border_color="*neutral_300",
            block_shadow=lift.format("3px", "*neutral_300"),
            block_shadow_dark=lift.format("3px", "*neutral_700"),
            block_label_shadow="none",
            panel_border_width="1px",
            slider_color="*primary_400",
            slider_color_dark="*primary_500",
            input_background_fill="*neutral_50",
            input_background_fill_dark="*neutral_900",
            input_background_fill_focus="*primary_50",
            input_background_fill_focus_dark="none",
            input_border_width="1px",
            input_shadow=lift.format("-1px", "*neutral_300"),
            input_shadow_dark=lift.format("-1px", "*neutral_700"),
            input_shadow_focus=lift.format("-1px", "*primary_300"),
            input_shadow_focus_dark=lift.format("-1px", "*primary_600"),
            checkbox_shadow="none",
            checkbox_label_background_fill="*neutral_200",
            checkbox_label_background_fill_dark="*neutral_700",
            checkbox_label_background_fill_hover="*checkbox_label_background_fill",
            checkbox_label_background_fill_hover_dark="*checkbox_label_background_fill",
            checkbox_label_background_fill_selected="*primary_400",
            checkbox_label_background_fill_selected_dark="*primary_500",
            checkbox_label_border_color_selected="*primary_300",
            checkbox_label_border_color_selected_dark="*primary_600",
            checkbox_label_border_width="2px",
            checkbox_label_border_width_dark="2px",
            checkbox_label_text_color_selected_dark="*button_primary_text_color",
            checkbox_background_color_dark="*neutral_400",
            checkbox_background_color_selected_dark="*primary_600",
            button_border_width="0px",
            button_transform_hover="translateY(-2px)",
            button_transform_active="translateY(1px)",
            button_transition="all 0.1s",
            button_primary_background_fill="*primary_500",
            button_primary_background_fill_hover="*button_primary_background_fill",
            button_primary_background_fill_hover_dark="*button_primary_background_fill",
            button_primary_background_fill_dark="*primary_600",
            button_primary_text_color="*button_secondary_text_color",
            button_primary_text_color_dark="*button_secondary_text_color",
            button_primary_shadow=lift.format("3px", "*primary_400"),
            button_primary_shadow_hover=lift.format("5px", "*primary_400"),
            button_primary_shadow_active=lift.format("2px", "*primary_400"),
            button_primary_shadow_dark=lift.format("3px", "*primary_700"),
            button_primary_shadow_hover_dark=lift.format("5px", "*primary_700"),
            button_primary_shadow_active_dark=lift.format("2px", "*primary_700"),
            button_secondary_background_fill="*primary_400",
            button_secondary_background_fill_hover="*button_secondary_background_fill",
            button_secondary_background_fill_hover_dark="*button_secondary_background_fill",
            button_secondary_background_fill_dark="*primary_500",
            button_secondary_text_color_dark="*neutral_900",
            button_secondary_shadow=lift.format("3px", "*primary_300"),
            button_secondary_shadow_hover=lift.format("5px", "*primary_300"),
            button_secondary_shadow_active=lift.format("2px", "*primary_300"),
            button_secondary_shadow_dark=lift.format("3px", "*primary_600"),
            button_secondary_shadow_hover_dark=lift.format("5px", "*primary_600"),
            button_secondary_shadow_active_dark=lift.format("2px", "*primary_600"),
            button_cancel_background_fill=colors.red.c500,
            button_cancel_background_fill_dark=colors.red.c700,
            button_cancel_background_fill_hover=colors.red.c600,
            button_cancel_background_fill_hover_dark=colors.red.c800,
            button_cancel_text_color="white",
            button_cancel_text_color_dark="white",
            button_cancel_text_color_hover="white",
            button_cancel_text_color_hover_dark="white",
            button_cancel_shadow=lift.format("3px", "rgb(248 113 113)"),
            button_cancel_shadow_hover=lift.format("5px", "rgb(248 113 113)"),
            button_cancel_shadow_active=lift.format("2px", "rgb(248 113 113)"),
            button_cancel_shadow_dark=lift.format("3px", "rgb(220 38 38)"),
            button_cancel_shadow_hover_dark=lift.format("5px", "rgb(220 38 38)"),
            button_cancel_shadow_active_dark=lift.format("2px", "rgb(220 38 38)"),
        )
