"""gr.BrowserState: its config, its value travelling like a component's, JSON-only values."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def config_of(demo: gr.Blocks, block: gr.BrowserState) -> dict:
    return next(c for c in demo.get_config_file()["components"] if c["id"] == block.id)


def test_config_carries_default_key_and_secret() -> None:
    with gr.Blocks() as demo:
        saved = gr.BrowserState(["", ""], storage_key="login", secret="s3")
        plain = gr.BrowserState()
    entry = config_of(demo, saved)
    assert entry["type"] == "browserstate"
    assert entry["props"]["value"] == ["", ""]
    assert entry["props"]["storage_key"] == "login" and entry["props"]["secret"] == "s3"
    # No key: the page derives one (see the module's docstring); nothing random in the config.
    assert "storage_key" not in config_of(demo, plain)["props"]
    assert "value" not in config_of(demo, plain)["props"]


def test_value_comes_from_the_page_and_goes_back(client_for: ClientFor) -> None:
    def remember(name: str, names: list[str]) -> tuple[list[str], str]:
        names.append(name)
        return names, ", ".join(names)

    with gr.Blocks() as demo:
        names = gr.BrowserState([])
        box = gr.Textbox()
        shown = gr.Textbox()
        gr.Button().click(remember, [box, names], [names, shown])
    client = client_for(demo)
    # Unlike gr.State, the page sends the stored value, and the new one travels back to it.
    done = completed(run_queued(client, 0, ["Bo", ["Ann"]]))
    assert done["output"]["data"] == [["Ann", "Bo"], "Ann, Bo"]
    assert done["output"]["changed_state_ids"] == []


def test_value_that_is_not_json_is_a_clear_error(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        saved = gr.BrowserState()
        gr.Button().click(lambda: {1, 2}, None, saved)
    done = completed(run_queued(client_for(demo), 0, []))
    assert done["success"] is False
    with pytest.raises(TypeError, match="cannot be stored in the browser"):
        saved.postprocess(object())
    with pytest.raises(TypeError, match="the default value"):
        gr.BrowserState(default_value={"when": object()}, render=False)


def test_bad_storage_key_and_secret_are_refused() -> None:
    with pytest.raises(ValueError, match="storage_key must be a non-empty string"):
        gr.BrowserState(storage_key="", render=False)
    with pytest.raises(TypeError, match="secret must be a string"):
        gr.BrowserState(secret=42, render=False)  # type: ignore[arg-type]


def test_fresh_value_is_a_new_copy_of_the_default() -> None:
    saved = gr.BrowserState({"n": [1]}, render=False)
    first = saved.fresh_value()
    first["n"].append(2)
    assert saved.fresh_value() == {"n": [1]}
