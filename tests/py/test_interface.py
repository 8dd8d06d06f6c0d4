"""Interface (its four kinds, shortcuts, live, extra inputs), Examples, TabbedInterface, nesting."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def types_in(demo: gr.Blocks) -> list[str]:
    return [c["type"] for c in demo.get_config_file()["components"]]


def test_standard_interface_from_shortcuts_runs(client_for: ClientFor) -> None:
    demo = gr.Interface(lambda name, n: name * int(n), ["text", "number"], "text", title="Repeat")
    assert demo.kind == "standard" and demo.get_config_file()["mode"] == "interface"
    assert types_in(demo).count("textbox") == 2 and "number" in types_in(demo)
    submit = next(d for d in demo.get_config_file()["dependencies"] if d["api_name"] == "predict")
    assert completed(run_queued(client_for(demo), submit["id"], ["ab", 2]))["output"]["data"] == [
        "abab"
    ]
    markdown = [
        c["props"]["value"] for c in demo.get_config_file()["components"] if c["type"] == "markdown"
    ]
    assert "# Repeat" in markdown


def test_interface_kinds() -> None:
    assert gr.Interface(lambda: "x", None, "text").kind == "output_only"
    assert gr.Interface(lambda x: None, "text", None).kind == "input_only"
    box = gr.Textbox(render=False)
    assert gr.Interface(str.upper, box, box).kind == "unified"
    generate = [c for c in gr.Interface(lambda: "x", None, "text").get_config_file()["components"]
                if c["type"] == "button"]  # fmt: skip
    assert generate[0]["props"]["value"] == "Generate"


def test_live_interface_has_no_submit_and_listens_to_changes() -> None:
    demo = gr.Interface(str.upper, "text", "text", live=True)
    assert "button" not in types_in(demo)
    predict = next(d for d in demo.get_config_file()["dependencies"] if d["api_name"] == "predict")
    assert all(event == "change" for _, event in predict["targets"])


def test_additional_inputs_sit_in_an_accordion(client_for: ClientFor) -> None:
    demo = gr.Interface(
        lambda text, times: text * int(times),
        "text",
        "text",
        additional_inputs=[gr.Slider(1, 5, 2)],
    )
    accordion = next(c for c in demo.get_config_file()["components"] if c["type"] == "accordion")
    assert (
        accordion["props"]["label"] == "Additional Inputs" and accordion["props"]["open"] is False
    )
    predict = next(d for d in demo.get_config_file()["dependencies"] if d["api_name"] == "predict")
    assert completed(run_queued(client_for(demo), predict["id"], ["x", 3]))["output"]["data"] == [
        "xxx"
    ]


def test_chatbot_shortcut_is_a_chatbot_output(client_for: ClientFor) -> None:
    demo = gr.Interface(lambda m: [{"role": "user", "content": m}], "text", "chatbot")
    chatbot = next(c for c in demo.get_config_file()["components"] if c["type"] == "chatbot")
    predict = next(d for d in demo.get_config_file()["dependencies"] if d["api_name"] == "predict")
    data = completed(run_queued(client_for(demo), predict["id"], ["hi"]))["output"]["data"]
    assert chatbot["id"] in predict["outputs"]
    assert data[0][0]["role"] == "user"
    assert data[0][0]["content"] == [{"type": "text", "text": "hi"}]


def test_unknown_shortcut_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="Unknown component 'webcam'"):
        gr.Interface(str.upper, "webcam", "text")


def test_examples_fill_inputs_restoring_their_config(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name", lines=2)
        count = gr.Number(label="Count")
        examples = gr.Examples([["Ann", 1], ["Bo", 2]], [name, count])
    dataset = next(c for c in demo.get_config_file()["components"] if c["type"] == "dataset")
    assert dataset["props"]["samples"] == [["Ann", 1.0], ["Bo", 2.0]]
    assert dataset["props"]["components"] == ["textbox", "number"]
    click = next(
        d
        for d in demo.get_config_file()["dependencies"]
        if d["targets"] == [[examples.dataset.id, "click"]]
    )
    data = (
        client_for(demo)
        .post("/gradio_api/run/predict", json={"data": [1], "fn_index": click["id"]})
        .json()["data"]
    )
    assert data[0] == {"__type__": "update", "label": "Name", "lines": 2, "value": "Bo"}
    assert data[1] == {"__type__": "update", "label": "Count", "value": 2.0}


def test_cached_examples_run_once_and_fill_outputs(client_for: ClientFor) -> None:
    calls: list[str] = []

    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    with gr.Blocks() as demo:
        box, out = gr.Textbox(), gr.Textbox()
        examples = gr.Examples(["hi", "yo"], box, out, fn=shout, cache_examples=True)
    assert calls == ["hi", "yo"]
    click = next(
        d
        for d in demo.get_config_file()["dependencies"]
        if d["targets"] == [[examples.dataset.id, "click"]]
    )
    client = client_for(demo)
    data = client.post(
        "/gradio_api/run/predict", json={"data": [1], "fn_index": click["id"]}
    ).json()["data"]
    assert data[1] == "YO" and calls == ["hi", "yo"]  # no new call


def test_examples_with_the_wrong_width_fail() -> None:
    with pytest.raises(ValueError, match="example 0 has 1 value"), gr.Blocks():
        gr.Examples([["only one"]], [gr.Textbox(), gr.Textbox()])


def test_tabbed_interface_and_nested_blocks_keep_listeners_apart(client_for: ClientFor) -> None:
    upper = gr.Interface(str.upper, "text", "text", api_name="upper")
    lower = gr.Interface(str.lower, "text", "text", api_name="lower")
    demo = gr.TabbedInterface([upper, lower], ["Up", "Down"])
    config = demo.get_config_file()
    ids = [d["id"] for d in config["dependencies"]]
    assert ids == list(range(len(ids)))  # renumbered, no clashes
    tabs = [c["props"]["label"] for c in config["components"] if c["type"] == "tabitem"]
    assert tabs == ["Up", "Down"]
    lower_dep = next(d for d in config["dependencies"] if d["api_name"] == "lower")
    assert completed(run_queued(client_for(demo), lower_dep["id"], ["MiXeD"]))["output"][
        "data"
    ] == ["mixed"]
