"""What reaches the page: a diff against the bundled Default, the config fields, /theme.css."""

from __future__ import annotations

from pathlib import Path

import pytest

import blocklite as gr
from blocklite.themes.css_variables import (
    body_css,
    default_variables,
    light_and_dark,
    page_variables,
)
from blocklite.themes.default_config import DEFAULT_FIELDS
from blocklite.themes.generate import (
    computed_default_variables,
    default_theme_css,
    default_variables_module,
)

REPO = Path(__file__).resolve().parents[3]
BUILT_IN = ["Base", "Default", "Origin", "Soft", "Monochrome", "Glass", "Ocean", "Citrus"]


def on_the_page(payload: dict[str, dict[str, str]], dark: bool) -> dict[str, str]:
    """What each variable ends up as on an app root: the page's cascade, simulated.

    Layers: the bundled Default (light rule; dark rule on `.dark`), then the app's theme (light
    rule on `#app`, dark rule on `#app.dark`); a later layer wins, within one layer `.dark` wins.
    """
    base_light, base_dark = default_variables()
    values = dict(base_light)
    if dark:
        values.update(base_dark)
    values.update(payload["light"])
    if dark:
        values.update(payload["dark"])
    return values


@pytest.mark.parametrize("name", BUILT_IN)
def test_payload_over_the_bundled_default_gives_the_whole_theme(name: str) -> None:
    theme = getattr(gr.themes, name)().set(
        block_radius="*radius_xl", slider_color="#123456", slider_color_dark="#654321"
    )
    light, dark = light_and_dark(theme)
    payload = page_variables(theme)
    assert on_the_page(payload, dark=False) == light
    assert on_the_page(payload, dark=True) == {**light, **dark}


def test_set_on_the_default_theme_sends_only_what_changed() -> None:
    theme = gr.themes.Default().set(button_primary_background_fill="*primary_200")
    assert page_variables(theme) == {
        "light": {"button-primary-background-fill": "var(--primary-200)"},
        # its dark value is unchanged, but the light entry would hide the bundled dark one
        "dark": {"button-primary-background-fill": "var(--primary-600)"},
    }
    theme = gr.themes.Default().set(color_accent_soft_dark="*neutral_600")
    assert page_variables(theme) == {
        "light": {},
        "dark": {"color-accent-soft": "var(--neutral-600)"},
    }


def test_config_fields_for_default_and_other_themes() -> None:
    with gr.Blocks() as plain:
        gr.Markdown("x")
    config = plain.get_config_file()
    assert {k: config[k] for k in DEFAULT_FIELDS} == DEFAULT_FIELDS
    assert DEFAULT_FIELDS["body_css"] == body_css(gr.themes.Default())
    with gr.Blocks(theme=gr.themes.Soft().set(block_radius="3px")) as soft:
        gr.Markdown("x")
    config = soft.get_config_file()
    assert config["theme"] == "soft" and config["theme_hash"] != "default"
    assert config["theme_vars"]["light"]["block-radius"] == "3px"
    assert config["body_css"]["body_background_fill"] == "#f9fafb"  # Soft's tinted page


def test_config_follows_changes_made_after_the_blocks_was_built() -> None:
    theme = gr.themes.Default()
    with gr.Blocks(theme=theme) as demo:
        gr.Markdown("x")
    first = demo.get_config_file()["theme_hash"]
    assert demo.get_config_file()["theme_hash"] == first  # cached
    theme.set(block_radius="1px")
    assert demo.get_config_file()["theme_vars"]["light"] == {"block-radius": "1px"}


def test_theme_css_route_serves_the_whole_theme(client_for) -> None:  # type: ignore[no-untyped-def]
    with gr.Blocks(theme="monochrome") as demo:
        gr.Markdown("x")
    response = client_for(demo.app).get("/theme.css")
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/css")
    css = response.text
    assert ":root {" in css and ":root.dark, :root .dark {" in css
    assert "--button-primary-background-fill: var(--neutral-900);" in css
    with gr.Blocks() as plain:
        gr.Markdown("x")
    assert "--primary-500: #f97316;" in client_for(plain.app).get("/theme.css").text


def test_ready_made_default_variables_are_up_to_date() -> None:
    assert default_variables() == computed_default_variables(), "run: python3 scripts/theme_css.py"
    from blocklite.themes import default_variables as module

    source = Path(module.__file__).with_suffix(".py")
    if source.exists():  # the wheel (Pyodide) has bytecode only; the dicts are compared above
        assert source.read_text() == default_variables_module()


def test_bundled_default_css_is_up_to_date() -> None:
    target = REPO / "js" / "theme-default.css"
    if not target.exists():
        pytest.skip("js/ is not mounted here (the Pyodide run sees tests/ only)")
    assert target.read_text() == default_theme_css(), "run: python3 scripts/theme_css.py"
