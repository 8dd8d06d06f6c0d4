"""css/js/head from Blocks(...) or launch(...) (launch wins), and css_paths/head_paths read at launch."""

from __future__ import annotations

from pathlib import Path

import pytest

import blocklite as gr


@pytest.fixture(autouse=True)
def _no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    import blocklite.server.serve as serve

    monkeypatch.setattr(serve, "serve", lambda blocks, options: None)


def app(**blocks_kwargs: object) -> gr.Blocks:
    with gr.Blocks(**blocks_kwargs) as demo:  # type: ignore[arg-type]
        gr.Markdown("x")
    return demo


def page(demo: gr.Blocks) -> tuple[object, object, object]:
    config = demo.get_config_file()
    return config["css"], config["js"], config["head"]


def test_blocks_values_reach_the_config_without_launch() -> None:
    demo = app(css=".a{}", js="() => 1", head="<meta name='x'>")
    assert page(demo) == (".a{}", "() => 1", "<meta name='x'>")


def test_launch_values_win_parameter_by_parameter() -> None:
    demo = app(css=".blocks{}", js="() => 'blocks'", head="<meta name='blocks'>")
    demo.launch(css=".launch{}", head="<meta name='launch'>")
    assert page(demo) == (".launch{}", "() => 'blocks'", "<meta name='launch'>")


def test_launch_alone_sets_everything() -> None:
    demo = app()
    assert page(demo) == (None, None, None)
    demo.launch(css=".c{}", js="function f() {}", head="<script>1</script>")
    assert page(demo) == (".c{}", "function f() {}", "<script>1</script>")


def test_css_paths_are_read_at_launch_and_follow_css(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("one.css").write_text("#one { color: red; }", encoding="utf-8")
    (tmp_path / "styles").mkdir()
    Path("styles/two.css").write_text(".two { color: blue; }", encoding="utf-8")
    demo = app()
    demo.launch(css=".first{}", css_paths=["one.css", Path("styles/two.css")])
    Path("one.css").write_text("changed after launch", encoding="utf-8")
    css = demo.get_config_file()["css"]
    assert css == ".first{}\n#one { color: red; }\n.two { color: blue; }"


def test_a_single_css_path_and_blocks_css_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.css").write_text(".a{}", encoding="utf-8")
    Path("b.css").write_text(".b{}", encoding="utf-8")
    demo = app(css_paths="a.css")
    assert demo.get_config_file()["css"] == ".a{}"
    demo.launch(css_paths="b.css")
    assert demo.get_config_file()["css"] == ".b{}"


def test_head_paths_follow_head(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("analytics.html").write_text("<script>window.x = 1</script>", encoding="utf-8")
    demo = app(head="<meta name='a'>")
    demo.launch(head_paths="analytics.html")
    assert demo.get_config_file()["head"] == "<meta name='a'>\n<script>window.x = 1</script>"


def test_a_missing_css_file_is_an_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    demo = app()
    with pytest.raises(FileNotFoundError, match=r"css_paths=: there is no file 'nope.css'"):
        demo.launch(css_paths=["nope.css"])
    with pytest.raises(FileNotFoundError, match=r"head_paths=: there is no file 'x.html'"):
        demo.launch(head_paths="x.html")


def test_bad_types_are_errors_naming_the_parameter() -> None:
    demo = app()
    with pytest.raises(TypeError, match="css= expects a string"):
        demo.launch(css=3)
    with pytest.raises(TypeError, match="css_paths= expects a path or a list"):
        demo.launch(css_paths=3)
    with pytest.raises(TypeError, match="head_paths= expects paths"):
        demo.launch(head_paths=[None])


def test_js_true_is_gradios_transpile_flag_not_code() -> None:
    demo = app(js="() => 1")
    demo.launch(js=True)
    assert demo.get_config_file()["js"] == "() => 1"
    assert app(js=True).get_config_file()["js"] is None


def test_interface_passes_css_js_head_to_its_blocks() -> None:
    demo = gr.Interface(lambda x: x, "textbox", "textbox", css=".i{}", js="() => 0", head="<b>")
    assert page(demo) == (".i{}", "() => 0", "<b>")
