"""gr.themes: core variables from hues/sizes/fonts, references, .set(), dark values, errors."""

from __future__ import annotations

import pytest

import blocklite as gr
from blocklite.themes import colors, sizes


def test_constructor_fills_the_core_palette_sizes_and_fonts() -> None:
    theme = gr.themes.Default(primary_hue="red", spacing_size="sm", radius_size="none")
    assert theme.primary_500 == colors.red.c500 == "#ef4444"
    assert theme.secondary_500 == colors.blue.c500  # Default's secondary hue
    assert theme.neutral_950 == colors.zinc.c950
    assert [theme.spacing_xxs, theme.spacing_md, theme.spacing_xxl] == ["1px", "4px", "12px"]
    assert theme.radius_lg == "0px"
    assert theme.text_md == sizes.text_md.md == "14px"


def test_color_and_size_objects_and_full_size_names_are_accepted() -> None:
    mine = gr.themes.Color(*[f"#0000{i:02x}" for i in range(11)], name="mine")
    theme = gr.themes.Base(
        primary_hue=mine,
        secondary_hue=gr.themes.colors.pink,
        neutral_hue="mine",
        radius_size=gr.themes.sizes.radius_lg,
        text_size="text_lg",
        spacing_size=gr.themes.Size("1px", "2px", "3px", "4px", "5px", "6px", "7px"),
    )
    assert theme.primary_50 == "#000000" and theme.neutral_950 == "#00000a"
    assert theme.secondary_500 == colors.pink.c500
    assert theme.radius_xl == "16px" and theme.text_md == "16px" and theme.spacing_xxl == "7px"
    assert len(colors.PREDEFINED) == 22 and gr.themes.utils.colors.red is colors.red


def test_fonts_are_quoted_except_generic_families_and_never_fetched() -> None:
    theme = gr.themes.Default(
        font=[gr.themes.GoogleFont("Inconsolata"), "Arial", "sans-serif"],
        font_mono=gr.themes.Font("Fira Code"),
    )
    assert theme.font == "'Inconsolata', 'Arial', sans-serif"
    assert theme.font_mono == "'Fira Code'"
    assert gr.themes.Base().font.endswith("ui-sans-serif, system-ui, sans-serif")
    with gr.Blocks(theme=theme) as demo:
        gr.Markdown("x")
    config = demo.get_config_file()
    assert config["stylesheets"] == []  # nothing to download: offline
    assert config["theme_vars"]["light"]["font"] == "'Inconsolata', 'Arial', sans-serif"


def test_references_resolve_through_other_variables() -> None:
    theme = gr.themes.Default()
    # button_primary_border_color_hover → *primary_500 → orange 500
    assert theme._get_computed_value("button_primary_border_color_hover") == "#f97316"
    assert theme._get_computed_value("block_border_color") == colors.zinc.c200
    assert theme._get_computed_value("block_border_color_dark") == colors.zinc.c700
    assert theme._get_computed_value("button_small_padding") == "4px calc(1.5 * 4px)"


def test_set_with_core_and_variable_references() -> None:
    theme = gr.themes.Default(primary_hue="blue", radius_size="md").set(
        button_primary_background_fill="*primary_200",
        button_primary_border_color="*button_primary_background_fill",
        button_large_radius="*radius_xl",
        loader_color="#FF0000",
    )
    assert theme._get_computed_value("button_primary_background_fill") == colors.blue.c200
    assert theme._get_computed_value("button_primary_border_color") == colors.blue.c200
    assert theme._get_computed_value("button_large_radius") == "12px"
    assert theme.loader_color == "#FF0000"


def test_dark_values_draw_from_dark_versions() -> None:
    """The theming guide's example: a light-only reference reads the dark value in dark mode."""
    theme = gr.themes.Default().set(
        button_primary_background_fill="#FF0000",
        button_primary_background_fill_dark="#AAAAAA",
        button_primary_border_color="*button_primary_background_fill",
        button_primary_border_color_dark="*button_primary_background_fill",
    )
    assert theme._get_computed_value("button_primary_border_color") == "#FF0000"
    assert theme._get_computed_value("button_primary_border_color_dark") == "#AAAAAA"
    # A variable without a dark value uses its light value, whose references read dark values.
    assert not hasattr(theme, "color_accent_dark")
    assert theme._get_computed_value("color_accent_dark") == colors.orange.c500


def test_set_returns_the_theme_and_none_leaves_a_variable_alone() -> None:
    theme = gr.themes.Soft()
    before = theme.block_radius
    assert theme.set(block_radius=None, slider_color="red") is theme
    assert theme.block_radius == before and theme.slider_color == "red"


def test_unknown_variable_names_are_a_clear_error() -> None:
    with pytest.raises(TypeError, match="unknown theme variable 'buton_primary_background_fill'"):
        gr.themes.Default().set(buton_primary_background_fill="red")
    with pytest.raises(TypeError, match="did you mean 'block_radius'"):
        gr.themes.Default().set(block_raduis="4px")
    with pytest.raises(TypeError, match="unknown theme variable 'set'"):
        gr.themes.Default().set(set="x")


def test_dark_references_and_self_references_are_refused() -> None:
    with pytest.raises(ValueError, match="refer to '\\*primary_500' instead"):
        gr.themes.Default().set(slider_color="*primary_500_dark")
    with pytest.raises(ValueError, match="leave the dark variable unset"):
        gr.themes.Default().set(slider_color_dark="*slider_color")
    with pytest.raises(TypeError, match="must be a string"):
        gr.themes.Default().set(slider_color=["red"])


def test_unknown_references_warn_but_are_kept() -> None:
    with pytest.warns(UserWarning, match="refers to '\\*primery_500'"):
        theme = gr.themes.Default().set(slider_color="*primery_500")
    assert theme.slider_color == "*primery_500"


def test_bad_hues_and_sizes_name_the_parameter() -> None:
    with pytest.raises(ValueError, match="primary_hue='reddish' is not a known colour"):
        gr.themes.Default(primary_hue="reddish")
    with pytest.raises(ValueError, match="radius_size='huge' is not a known radius size"):
        gr.themes.Default(radius_size="huge")
    with pytest.raises(TypeError, match=r"neutral_hue must be a gr\.themes\.Color"):
        gr.themes.Default(neutral_hue=3)  # type: ignore[arg-type]


def test_dump_and_load_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    theme = gr.themes.Soft().set(block_radius="3px")
    path = tmp_path / "theme.json"
    theme.dump(str(path))
    loaded = gr.themes.Base.load(str(path))
    assert loaded.block_radius == "3px" and loaded.primary_500 == colors.indigo.c500
    assert loaded.name == "soft" and loaded._get_theme_css() == theme._get_theme_css()


def test_hub_themes_are_refused_offline() -> None:
    with pytest.raises(ValueError, match="offline"):
        gr.Theme.from_hub("gradio/seafoam")
