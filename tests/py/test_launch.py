"""launch(): Gradio's parameters accepted, unknown ones rejected, browser-only notes."""

from __future__ import annotations

import pytest

import blocklite as gr
from blocklite.launch import LAUNCH_PARAMETERS, parse_launch_options


def test_every_documented_parameter_is_accepted() -> None:
    options = parse_launch_options(
        (), {name: LAUNCH_PARAMETERS[name] for name in LAUNCH_PARAMETERS}
    )
    assert options.given == frozenset(LAUNCH_PARAMETERS)


def test_unknown_keyword_raises_type_error_like_python() -> None:
    with gr.Blocks() as demo:
        gr.Markdown("x")
    with pytest.raises(TypeError, match="unexpected keyword argument 'shareable'"):
        demo.launch(shareable=True)


def test_too_many_positional_arguments() -> None:
    with pytest.raises(TypeError, match="at most"):
        parse_launch_options(tuple(range(len(LAUNCH_PARAMETERS) + 1)), {})


def test_browser_meaningless_parameters_are_noted_once(capsys: pytest.CaptureFixture[str]) -> None:
    options = parse_launch_options((), {"share": True, "server_port": 7861, "show_error": True})
    assert sorted(options.ignored_in_browser()) == ["server_port", "share"]
    options.note_ignored()
    err = capsys.readouterr().err
    assert err.count("blocklite: launch() ignores") == 1
    assert "server_port, share" in err
    assert options.show_error is True


def test_show_error_reaches_the_config(monkeypatch: pytest.MonkeyPatch) -> None:
    import blocklite.server.serve as serve

    monkeypatch.setattr(serve, "serve", lambda blocks, options: None)
    with gr.Blocks() as demo:
        gr.Markdown("x")
    demo.launch(show_error=True)
    assert demo.get_config_file()["show_error"] is True
