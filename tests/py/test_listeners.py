"""gr.on, decorators, chaining config, value functions, and Blocks called as functions."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def test_gr_on_binds_one_listener_to_several_triggers() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        btn = gr.Button()
        dep = gr.on([btn.click, box.submit], str.upper, box, box)
    assert demo.get_config_file()["dependencies"][dep.id]["targets"] == [
        [btn.id, "click"],
        [box.id, "submit"],
    ]


def test_gr_on_without_triggers_is_live_on_its_inputs() -> None:
    with gr.Blocks() as demo:
        a, b = gr.Number(), gr.Number()
        out = gr.Number()
        dep = gr.on(None, lambda x, y: x + y, [a, b], out)
    config = demo.get_config_file()["dependencies"][dep.id]
    assert config["targets"] == [[a.id, "change"], [b.id, "change"]]
    assert config["trigger_mode"] == "always_last"


def test_decorator_forms(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        out = gr.Textbox()
        btn = gr.Button()

        @btn.click(inputs=box, outputs=out)
        def shout(text: str) -> str:
            return text.upper() + "!"

        @gr.on(triggers=[box.submit], inputs=box, outputs=out)
        def whisper(text: str) -> str:
            return text.lower()

    assert shout("hi") == "HI!"  # the decorator returns the function itself
    client = client_for(demo)
    assert completed(run_queued(client, 0, ["Hey"]))["output"]["data"] == ["HEY!"]
    assert completed(run_queued(client, 1, ["Hey"]))["output"]["data"] == ["hey"]


def test_chaining_config_then_success_failure() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        first = gr.Button().click(str.upper, box, box)
        then = first.then(str.lower, box, box)
        ok = then.success(str.title, box, box)
        bad = ok.failure(str.strip, box, box)
    deps = demo.get_config_file()["dependencies"]
    assert deps[then.id]["trigger_after"] == first.id and deps[then.id]["targets"] == []
    assert deps[ok.id]["trigger_only_on_success"] is True
    assert (
        deps[bad.id]["trigger_only_on_failure"] is True and deps[bad.id]["trigger_after"] == ok.id
    )


def test_value_function_runs_on_load_and_on_input_change(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        x = gr.Number(2)
        y = gr.Number(3)
        product = gr.Number(lambda a, b: a * b, inputs=[x, y])
    deps = demo.get_config_file()["dependencies"]
    load = next(d for d in deps if d["targets"] == [[demo.id, "load"]])
    change = next(d for d in deps if [x.id, "change"] in d["targets"])
    assert load["outputs"] == [product.id] and change["targets"] == [
        [x.id, "change"],
        [y.id, "change"],
    ]
    entry = next(c for c in demo.get_config_file()["components"] if c["id"] == product.id)
    assert "value" not in entry["props"]  # computed by the load event
    done = completed(run_queued(client_for(demo), load["id"], [2, 3]))
    assert done["output"]["data"] == [6.0]


def test_demo_load_listener() -> None:
    with gr.Blocks() as demo:
        out = gr.Textbox()
        demo.load(lambda: "ready", None, out)
    assert demo.get_config_file()["dependencies"][0]["targets"] == [[demo.id, "load"]]


def test_blocks_called_as_a_function() -> None:
    with gr.Blocks() as demo:
        a, b = gr.Number(), gr.Number()
        total, text = gr.Number(), gr.Textbox()
        counter = gr.State(0)
        gr.Button().click(lambda x, y: (x + y, f"{x}+{y}"), [a, b], [total, text], api_name="add")
        gr.Button().click(lambda c: c + 1, counter, [counter, total], api_name="count")

        def count_too(c: int) -> tuple[int, int]:
            return c + 1, c + 1

    demo.fns[1].fn = count_too
    assert demo(1, 2) == (3, "1+2")
    assert demo(4, 5, api_name="add") == (9, "4+5")
    assert demo(fn_index=1) == 1  # the State input is filled from a fresh session
    with pytest.raises(ValueError, match="no endpoint named '/nope'"):
        demo(1, api_name="nope")
    with pytest.raises(TypeError, match="takes 2 input value"):
        demo(1)


def test_async_handler_can_be_called_as_a_function() -> None:
    import asyncio

    async def later(x: float) -> float:
        await asyncio.sleep(0.001)
        return x * 10

    with gr.Blocks() as demo:
        n = gr.Number()
        gr.Button().click(later, n, n)
    assert demo(2) == 20.0


def test_listener_with_a_component_outside_the_blocks_fails_at_definition() -> None:
    stray = gr.Textbox(label="stray", render=False)
    pattern = r"listener 'upper' .*input Textbox\(id=\d+, label='stray'\) is not part"
    with pytest.raises(ValueError, match=pattern), gr.Blocks():
        out = gr.Textbox()

        def upper(text: str) -> str:
            return text.upper()

        gr.Button().click(upper, stray, out)
