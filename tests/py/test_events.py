"""Listeners end to end through the ASGI app: inputs, outputs, updates and errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def test_click_runs_the_function_and_returns_one_bare_value(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        name = gr.Textbox()
        out = gr.Textbox()
        gr.Button().click(lambda n: f"Hello {n}!", name, out)
    done = completed(run_queued(client_for(demo), 0, ["Ann"]))
    assert done["success"] is True
    assert done["output"]["data"] == ["Hello Ann!"]


def test_tuple_return_maps_to_outputs_in_order(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        a, b = gr.Number(), gr.Number()
        total, product = gr.Number(), gr.Number()
        gr.Button().click(lambda x, y: (x + y, x * y), [a, b], [total, product])
    done = completed(run_queued(client_for(demo), 0, [3, 4]))
    assert done["output"]["data"] == [7.0, 12.0]


def test_single_output_gets_a_list_bare(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        out = gr.Textbox()
        gr.Button().click(lambda: ["a", "b"], None, out)
    assert completed(run_queued(client_for(demo), 0, []))["output"]["data"] == ["['a', 'b']"]


def test_every_listener_kind_registers(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        out = gr.Textbox()
        box.change(str.upper, box, out)
        box.input(str.lower, box, out)
        box.submit(str.title, box, out)
    config = demo.get_config_file()
    assert [d["targets"] for d in config["dependencies"]] == [
        [[box.id, "change"]],
        [[box.id, "input"]],
        [[box.id, "submit"]],
    ]
    client = client_for(demo)
    assert completed(run_queued(client, 2, ["ab cd"]))["output"]["data"] == ["Ab Cd"]


def test_async_function_runs(client_for: ClientFor) -> None:
    import asyncio

    async def slow_double(x: float) -> float:
        await asyncio.sleep(0.01)
        return x * 2

    with gr.Blocks() as demo:
        n = gr.Number()
        gr.Button().click(slow_double, n, n)
    assert completed(run_queued(client_for(demo), 0, [21]))["output"]["data"] == [42.0]


def test_set_of_inputs_gives_one_dict(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        a, b = gr.Number(), gr.Number()
        out = gr.Number()
        gr.Button().click(lambda values: values[a] - values[b], {a, b}, out)
    assert completed(run_queued(client_for(demo), 0, [10, 4]))["output"]["data"] == [6.0]


def test_update_and_returned_component_change_only_given_props(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox(label="keep")
        row = gr.Row()
        gr.Button().click(
            lambda: (gr.Textbox(visible=False, lines=4), gr.update(visible=False)), None, [box, row]
        )
    data = completed(run_queued(client_for(demo), 0, []))["output"]["data"]
    assert data == [
        {"__type__": "update", "visible": False, "lines": 4},
        {"__type__": "update", "visible": False},
    ]


def test_wrong_number_of_returned_values_is_an_error_naming_the_listener(
    client_for: ClientFor,
) -> None:
    def two() -> tuple[int, int, int]:
        return 1, 2, 3

    with gr.Blocks() as demo:
        a, b = gr.Number(), gr.Number()
        gr.Button("Go").click(two, None, [a, b])
    done = completed(run_queued(client_for(demo), 0, []))
    assert done["success"] is False
    assert "'two'" in done["output"]["error"]
    assert "2 outputs but returned 3" in done["output"]["error"]


def test_dict_with_unknown_component_is_an_error(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        a, other = gr.Number(), gr.Number(label="other")
        gr.Button().click(lambda: {other: 1}, None, a)
    done = completed(run_queued(client_for(demo), 0, []))
    assert done["success"] is False
    assert (
        "Number(id=" in done["output"]["error"]
        and "not one of its outputs" in done["output"]["error"]
    )


def test_handler_exception_hides_message_unless_show_error(
    client_for: ClientFor, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(x: str) -> str:
        raise ValueError("secret detail")

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(broken, box, box)
    client = client_for(demo)
    done = completed(run_queued(client, 0, ["x"]))
    assert done["success"] is False
    assert done["output"]["error"] is None
    assert "ValueError: secret detail" in capsys.readouterr().err  # full traceback to the console

    demo.launch_options.values["show_error"] = True
    done = completed(run_queued(client, 0, ["x"]))
    assert done["output"]["error"] == "secret detail"


def test_gr_error_always_reaches_the_page(client_for: ClientFor) -> None:
    def refuse(x: str) -> str:
        raise gr.Error("bad name", duration=3, title="Oops")

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(refuse, box, box)
    done = completed(run_queued(client_for(demo), 0, ["x"]))
    assert done["output"] == {"error": "bad name", "duration": 3, "visible": True, "title": "Oops"}
    assert done["title"] == "Oops"


def test_app_keeps_working_after_an_error(client_for: ClientFor) -> None:
    def maybe(x: float) -> float:
        if x < 0:
            raise ValueError("negative")
        return x

    with gr.Blocks() as demo:
        n = gr.Number()
        gr.Button().click(maybe, n, n)
    client = client_for(demo)
    assert completed(run_queued(client, 0, [-1]))["success"] is False
    assert completed(run_queued(client, 0, [5]))["output"]["data"] == [5.0]


def test_number_bounds_violation_is_an_error_event(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        n = gr.Number(maximum=3)
        gr.Button().click(lambda x: x, n, n)
    done = completed(run_queued(client_for(demo), 0, [9]))
    assert done["success"] is False
    assert "greater than maximum value 3" in done["output"]["error"]


def test_inputs_must_be_components_at_definition_time() -> None:
    with gr.Blocks(), pytest.raises(TypeError, match=r"click\('f'\): inputs must be components"):

        def f(x: str) -> str:
            return x

        gr.Button().click(f, "not a component", None)


def test_api_names_default_to_function_names_and_stay_unique() -> None:
    def greet(name: str) -> str:
        return name

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(greet, box, box)
        gr.Button().click(greet, box, box)
        gr.Button().click(lambda x: x, box, box, api_name="custom")
        gr.Button().click(greet, box, box, api_name=False)
    deps = demo.get_config_file()["dependencies"]
    assert [d["api_name"] for d in deps] == ["greet", "greet_1", "custom", "false"]
    assert deps[3]["api_visibility"] == "private"


def test_trigger_mode_defaults_follow_gradio() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.change(str.upper, box, box)
        box.submit(str.upper, box, box)
        box.input(str.upper, box, box, trigger_mode="multiple")
        gr.Button().click(str.upper, box, box).then(str.lower, box, box)
    modes = [d["trigger_mode"] for d in demo.get_config_file()["dependencies"]]
    assert modes == ["always_last", "once", "multiple", "once", "once"]


def test_skip_per_output_and_for_all_outputs(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        a, b = gr.Textbox(), gr.Textbox()
        gr.Button().click(lambda: ("x", gr.skip()), None, [a, b])
        gr.Button().click(lambda: gr.skip(), None, [a, b])
        gr.Button().click(lambda: gr.update(visible=False), None, [a, b])
    client = client_for(demo)
    skip = {"__type__": "update"}
    assert completed(run_queued(client, 0, []))["output"]["data"] == ["x", skip]
    assert completed(run_queued(client, 1, []))["output"]["data"] == [skip, skip]
    # Any other lone value is still one value for two outputs: an error naming the listener.
    assert completed(run_queued(client, 2, []))["success"] is False


def test_property_updates_change_what_this_session_accepts(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        radio = gr.Radio([1, 2, 3], label="n")
        slider = gr.Slider(0, 10, label="s")
        out = gr.Textbox()
        gr.Button().click(
            lambda: (gr.update(choices=[("Four", 4), ("Five", 5)], value=5), gr.update(maximum=20)),
            None,
            [radio, slider],
        )
        gr.Button().click(lambda r, s: f"{r}:{s}", [radio, slider], out)
    client = client_for(demo)
    update = completed(run_queued(client, 0, [], session_hash="A"))
    assert update["output"]["data"][0] == {
        "__type__": "update",
        "choices": [["Four", 4], ["Five", 5]],
        "value": 5,
    }
    assert completed(run_queued(client, 1, [4, 15], session_hash="A"))["output"]["data"] == ["4:15"]
    # Another session still sees the components as built.
    other = completed(run_queued(client, 1, [4, 15], session_hash="B"))
    assert other["success"] is False
