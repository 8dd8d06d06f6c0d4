"""Theme values cannot break out of their CSS declaration (`/theme.css` writes them as they are)."""

from __future__ import annotations

import json
import warnings

import pytest

import blocklite as gr
from blocklite.themes.css_variables import page_variables, theme_css

EVIL = "red;} body{display:none} :root{x:y"
UNSAFE = [
    EVIL,
    "red } body { display: none",
    "a{b",
    "red; color: blue",
    "</style><script>alert(1)</script>",
    "\\7d body",  # a CSS escape of '}'
    "\\00007B",  # '{' with leading zeros
    "\\3b x",  # ';'
    "\\}",
]


@pytest.mark.parametrize("value", UNSAFE)
def test_set_refuses_values_that_could_end_the_declaration(value: str) -> None:
    with pytest.raises(ValueError, match=r"theme variable 'slider_color' = .* may not contain"):
        gr.themes.Default().set(slider_color=value)
    with pytest.raises(ValueError, match="theme variable 'block_radius_dark'"):
        gr.themes.Soft().set(block_radius_dark=value)


def test_ordinary_values_and_every_built_in_theme_pass() -> None:
    theme = gr.themes.Default().set(
        slider_color="rgb(1 2 3 / 0.5)",
        block_shadow="0 1px 2px 0 *primary_200, inset 0 0 0 1px #000",
        body_background_fill="url('data:image/svg+xml,%3csvg%3e%3c/svg%3e')",
        font="'Fira Code', monospace",
        block_title_text_color="\\7e-ish",  # an escape of '~' is fine
    )
    assert theme.slider_color == "rgb(1 2 3 / 0.5)"
    for name in ["Base", "Default", "Origin", "Soft", "Monochrome", "Glass", "Ocean", "Citrus"]:
        css = theme_css(getattr(gr.themes, name)())
        body = css.replace(";\n", "\n").replace(" {\n", "\n").replace("}\n", "\n")
        assert not any(c in body for c in "{};<"), name


def test_one_trailing_semicolon_is_dropped_as_gradio_writes_some() -> None:
    theme = gr.themes.Base().set(button_transition="all 0.1s; ", button_transform_hover="none;")
    assert theme.button_transition == "all 0.1s" and theme.button_transform_hover == "none"
    with pytest.raises(ValueError, match="button_transition"):
        gr.themes.Base().set(button_transition="all 0.1s;;")


def test_from_dict_checks_values_and_names() -> None:
    good = gr.themes.Soft().to_dict()
    assert gr.themes.Base.from_dict(good)._get_theme_css() == gr.themes.Soft()._get_theme_css()
    bad = {"theme": {**good["theme"], "block_radius": EVIL}}
    with pytest.raises(ValueError, match=r"theme variable 'block_radius' = .* may not contain"):
        gr.themes.Base.from_dict(bad)
    for key in ["x: red;} body{display:none} :root{--y", "set", "_variables"]:
        named = {"theme": {key: "red"}}
        with pytest.raises(ValueError, match=r"theme dict: .* (not a theme variable name|method)"):
            gr.themes.Base.from_dict(named)


def test_load_checks_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "theme.json"
    path.write_text(json.dumps({"theme": {"button_primary_background_fill_dark": EVIL}}))
    with pytest.raises(ValueError, match="'button_primary_background_fill_dark'"):
        gr.themes.Base.load(str(path))
    # A theme Gradio dumped from Citrus carries "all 0.1s;": it loads, without the ';'.
    path.write_text(json.dumps({"theme": {"button_transition": "all 0.1s;"}}))
    assert gr.themes.Base.load(str(path)).button_transition == "all 0.1s"


def test_values_assigned_as_attributes_are_caught_when_the_css_is_written(client_for) -> None:  # type: ignore[no-untyped-def]
    theme = gr.themes.Default()
    theme.slider_color = EVIL  # skips .set()
    with pytest.raises(ValueError, match="theme variable 'slider_color'"):
        theme_css(theme)
    with pytest.raises(ValueError, match="theme variable 'slider_color'"):
        page_variables(theme)
    with gr.Blocks(theme=gr.themes.Soft()) as demo:
        gr.Markdown("x")
    demo.theme.slider_color = EVIL
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        response = client_for(demo.app).get("/theme.css")
    assert response.status == 500
    assert not response.headers["content-type"].startswith("text/css")


def test_font_names_cannot_carry_css() -> None:
    for name in ["Evil}", "a;b", "x{", "</style>", "Two\nLines"]:
        with pytest.raises(ValueError, match=r"font family .* may not contain"):
            gr.themes.GoogleFont(name)
    assert str(gr.themes.Font("It's")) == "'It\\'s'"
