"""The built-in themes: each distinct the way Gradio's are, and selectable by name."""

from __future__ import annotations

import itertools

import pytest

import blocklite as gr
from blocklite.themes import colors
from blocklite.themes.css_variables import page_variables

BUILT_IN = ["Base", "Default", "Origin", "Soft", "Monochrome", "Glass", "Ocean", "Citrus"]


def test_every_built_in_theme_has_its_name_and_every_variable() -> None:
    names = {cls: getattr(gr.themes, cls)().name for cls in BUILT_IN}
    assert names == {cls: cls.lower() for cls in BUILT_IN}
    base_vars = set(gr.themes.Base()._variables())
    for cls in BUILT_IN:
        assert base_vars <= set(getattr(gr.themes, cls)()._variables()), cls


def test_built_in_themes_all_look_different() -> None:
    payloads = {cls: page_variables(getattr(gr.themes, cls)()) for cls in BUILT_IN}
    assert payloads["Default"] == {"light": {}, "dark": {}}  # the page bundle already has it
    for a, b in itertools.combinations(BUILT_IN, 2):
        assert payloads[a] != payloads[b], (a, b)


def test_each_theme_has_its_character() -> None:
    soft, mono = gr.themes.Soft(), gr.themes.Monochrome()
    glass, ocean = gr.themes.Glass(), gr.themes.Ocean()
    citrus, origin = gr.themes.Citrus(), gr.themes.Origin()
    default = gr.themes.Default()
    assert default._get_computed_value("button_primary_background_fill") == colors.orange.c500
    # Soft: indigo, white cards on a tinted page, highlighted labels.
    assert soft.primary_500 == colors.indigo.c500
    assert soft._get_computed_value("block_background_fill") == "white"
    assert soft._get_computed_value("block_title_background_fill") == colors.indigo.c100
    # Monochrome: black primary buttons, white bordered secondary ones, square corners, serif.
    assert mono._get_computed_value("button_primary_background_fill") == colors.neutral.c900
    assert mono._get_computed_value("button_secondary_background_fill") == "white"
    assert mono._get_computed_value("button_secondary_border_color") == colors.neutral.c900
    assert mono._get_computed_value("block_radius") == "0px"
    assert mono.font.endswith("serif") and "sans" not in mono.font
    # Glass: vertical gradients; Ocean: diagonal blue-green gradients.
    assert glass.button_primary_background_fill.startswith("linear-gradient(180deg")
    ocean_fill = ocean._get_computed_value("button_primary_background_fill")
    assert ocean_fill.startswith("linear-gradient(120deg") and colors.sky.c500 in ocean_fill
    assert colors.emerald.c300 in ocean_fill
    # Citrus: yellow, buttons that lift; Origin: Gradio 4's gradient buttons with shadows.
    assert citrus.primary_500 == colors.amber.c500 and citrus.button_transform_hover != "none"
    assert origin.button_primary_background_fill.startswith("linear-gradient")
    assert origin._get_computed_value("button_primary_shadow") != "none"


def test_theme_names_select_built_in_themes() -> None:
    for name in ["soft", "Monochrome", "default", " glass "]:
        with gr.Blocks(theme=name) as demo:
            gr.Markdown("x")
        assert demo.get_config_file()["theme"] == name.strip().lower()


@pytest.mark.parametrize(
    ("theme", "error", "message"),
    [
        ("seafoam", ValueError, "unknown theme 'seafoam'; built-in themes are 'base', 'default'"),
        ("gradio/seafoam", ValueError, "cannot be downloaded offline"),
        (gr.themes.Soft, TypeError, "is a class; pass an instance: gr.themes.Soft()"),
        (42, TypeError, "theme must be a gr.themes theme or a theme name"),
    ],
)
def test_bad_themes_fail_at_blocks_and_launch(theme: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message.replace("(", "\\(").replace(")", "\\)")):
        gr.Blocks(theme=theme)
    with gr.Blocks() as demo:
        gr.Markdown("x")
    with pytest.raises(error, match="launch\\(\\)"):
        demo.launch(theme=theme)


def test_launch_theme_wins_over_blocks_theme(monkeypatch: pytest.MonkeyPatch) -> None:
    import blocklite.server.serve as serve

    monkeypatch.setattr(serve, "serve", lambda blocks, options: None)
    with gr.Blocks(theme=gr.themes.Soft()) as demo:
        gr.Markdown("x")
    assert demo.get_config_file()["theme"] == "soft"
    demo.launch(theme="ocean")
    assert demo.get_config_file()["theme"] == "ocean"


def test_interface_takes_a_theme_like_blocks() -> None:
    demo = gr.Interface(lambda x: x, "textbox", "textbox", theme=gr.themes.Monochrome())
    assert demo.get_config_file()["theme"] == "monochrome"
    tabbed = gr.TabbedInterface([demo], ["One"], theme="citrus")
    assert tabbed.get_config_file()["theme"] == "citrus"


def test_an_app_without_a_theme_does_not_import_the_theme_machinery() -> None:
    import subprocess
    import sys

    if sys.platform == "emscripten":
        pytest.skip("no subprocesses in Pyodide (bench/theme_cost.mjs checks this there)")
    import os
    from pathlib import Path

    import blocklite

    code = (
        "import sys, blocklite as gr\n"
        "with gr.Blocks() as demo:\n    gr.Button('x')\n"
        "demo.get_config_file()\n"
        "print(gr.__file__)\n"
        "heavy = ['base', 'catalog', 'colors', 'css_variables', 'flat_themes', 'app_theme']\n"
        "print(any(f'blocklite.themes.{m}' in sys.modules for m in heavy))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(blocklite.__file__).parents[1])}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    where, imported = out.stdout.split()
    assert where == blocklite.__file__ and imported == "False"
