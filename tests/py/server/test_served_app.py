"""`ServedApp`: the server side built from a finished Blocks, and what Blocks delegates to it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest

import blocklite as gr
from blocklite.server.queue import EventQueue
from blocklite.server.served_app import ServedApp
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def _adder() -> gr.Blocks:
    def add(a: float, b: float) -> float:
        return a + b

    with gr.Blocks(title="Adder") as demo:
        a, b, total = gr.Number(), gr.Number(), gr.Number()
        gr.Button("Add").click(add, [a, b], total, api_name="add")
    return demo


def test_blocks_app_is_one_served_app_over_the_blocks() -> None:
    demo = _adder()
    served = demo.app
    assert isinstance(served, ServedApp)
    assert demo.app is served  # built once
    assert served.blocks is demo
    assert isinstance(served.queue, EventQueue)
    assert served.app_id == id(demo)


def test_config_and_api_info_come_from_the_served_app(client_for: ClientFor) -> None:
    demo = _adder()
    served = ServedApp(demo)
    assert served.config() == demo.get_config_file()
    assert served.config("http://h/app")["root"] == "http://h/app"
    client = client_for(served)  # a ServedApp is itself the ASGI application
    assert client.get("/gradio_api/info").json() == served.api_info()
    assert list(served.api_info()["named_endpoints"]) == ["/add"]
    assert client.get("/gradio_api/app_id").json() == {"app_id": id(demo)}


def test_settings_given_after_it_was_built_still_apply(monkeypatch: pytest.MonkeyPatch) -> None:
    import blocklite.server.serve as serve

    monkeypatch.setattr(serve, "serve", lambda app, options: None)
    demo = _adder()
    served = demo.app
    assert served.config()["show_error"] is False
    demo.launch(show_error=True)
    assert demo.app is served
    assert served.config()["show_error"] is True


@pytest.mark.parametrize("platform", ["linux", "emscripten"])
def test_launch_serves_on_cpython_and_only_notes_in_the_browser(
    platform: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import blocklite.server.serve as serve

    calls: list[tuple[Any, Any]] = []
    monkeypatch.setattr(serve, "serve", lambda app, options: calls.append((app, options)))
    demo = _adder()
    monkeypatch.setattr(sys, "platform", platform)
    assert demo.launch(server_port=7861) is demo
    monkeypatch.undo()
    if platform == "emscripten":  # the worker serves it: launch() only says what it ignores
        assert calls == []
        assert "launch() ignores server_port in the browser" in capsys.readouterr().err
    else:
        assert calls == [(demo.app, demo.launch_options)]
        assert calls[0][1]["server_port"] == 7861


def test_direct_calls_run_through_the_served_app() -> None:
    demo = _adder()
    assert demo.app.call(1, 2) == 3
    assert demo.app.call(1, 2, api_name="/add") == 3
    assert demo(2, 3, fn_index=0) == 5
    assert demo.app.dependency(None, "add") is demo.fns[0]
    with pytest.raises(ValueError, match="no endpoint named '/nope'"):
        demo.app.call(1, 2, api_name="nope")
    with pytest.raises(ValueError, match="no Python event with fn_index 4"):
        demo.app.call(1, 2, fn_index=4)


def test_a_blocks_is_not_an_output_but_takes_its_own_listeners() -> None:
    with gr.Blocks() as outer:
        out = gr.Textbox()
    with pytest.raises(TypeError, match="outputs must be components or layouts"):
        outer.load(lambda: "x", None, outer)
    tabbed = gr.Interface(lambda x: x, "textbox", "textbox")  # a Blocks subclass: same check
    with gr.Blocks(), pytest.raises(TypeError, match="outputs must be components or layouts"):
        gr.Button().click(lambda: None, None, tabbed)
    outer.load(lambda: "ready", None, out)  # outside any `with`: registers in the Blocks itself
    assert outer.fns[-1].targets == [(outer.id, "load")]
