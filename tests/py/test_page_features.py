"""Progress, timers, page events, js= and listener options, as the server describes them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def progress_of(messages: list[dict]) -> list[dict]:
    return [m["progress_data"][0] for m in messages if m["msg"] == "progress"]


def test_progress_fraction_and_steps(client_for: ClientFor) -> None:
    def work(x: str, progress: gr.Progress = gr.Progress()) -> str:
        progress(0.25, desc="warming up")
        progress((3, 4), desc="almost")
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(work, box, box)
    messages = run_queued(client_for(demo), 0, ["a"])
    assert progress_of(messages) == [
        {"index": None, "length": None, "unit": "steps", "progress": 0.25, "desc": "warming up"},
        {"index": 3, "length": 4, "unit": "steps", "progress": None, "desc": "almost"},
    ]
    assert completed(messages)["output"]["data"] == ["a"]


def test_progress_tqdm_reports_items_and_merges_bursts(client_for: ClientFor) -> None:
    def loop(progress=gr.Progress()) -> str:
        total = 0
        for i in progress.tqdm(range(500), desc="summing"):
            total += i
        return str(total)

    with gr.Blocks() as demo:
        out = gr.Textbox()
        gr.Button().click(loop, None, out)
    messages = run_queued(client_for(demo), 0, [])
    reports = progress_of(messages)
    assert reports[0]["index"] == 0 and reports[-1]["index"] == 500
    assert all(r["length"] == 500 and r["desc"] == "summing" for r in reports)
    assert len(reports) < 50  # merged, not one message per item
    assert completed(messages)["output"]["data"] == [str(sum(range(500)))]


def test_progress_outside_an_event_is_silent() -> None:
    progress = gr.Progress()
    assert progress(0.5) == 0.5
    assert list(progress.tqdm([1, 2])) == [1, 2]


def test_timer_config_tick_and_updates(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        timer = gr.Timer(0.5, active=False)
        out = gr.Number()
        timer.tick(lambda: 1, None, out)
        gr.Button().click(lambda: gr.Timer(active=True), None, timer)
    config = demo.get_config_file()
    entry = next(c for c in config["components"] if c["id"] == timer.id)
    assert (
        entry["type"] == "timer"
        and entry["props"]["value"] == 0.5
        and entry["props"]["active"] is False
    )
    assert config["dependencies"][0]["targets"] == [[timer.id, "tick"]]
    data = completed(run_queued(client_for(demo), 1, []))["output"]["data"]
    assert data == [{"__type__": "update", "active": True}]
    with pytest.raises(ValueError, match="positive number of seconds"):
        gr.Timer(0, render=False)


def test_every_on_a_value_function_ticks_a_timer() -> None:
    with gr.Blocks() as demo:
        clock = gr.Number(lambda: 42, every=0.25)
        shared = gr.Timer(1)
        other = gr.Textbox(lambda: "hi", every=shared)
    config = demo.get_config_file()
    timers = {c["id"]: c for c in config["components"] if c["type"] == "timer"}
    ticks = [d for d in config["dependencies"] if d["targets"] and d["targets"][0][1] == "tick"]
    assert {tuple(d["outputs"]) for d in ticks} == {(clock.id,), (other.id,)}
    own = next(d for d in ticks if d["outputs"] == [clock.id])["targets"][0][0]
    assert timers[own]["props"]["value"] == 0.25
    assert next(d for d in ticks if d["outputs"] == [other.id])["targets"][0][0] == shared.id


def test_unload_and_load_targets() -> None:
    with gr.Blocks() as demo:
        demo.load(lambda: None)
        demo.unload(lambda: None)
    targets = [d["targets"] for d in demo.get_config_file()["dependencies"]]
    assert targets == [[[demo.id, "load"]], [[demo.id, "unload"]]]


def test_js_listeners() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(None, box, box, js="(x) => x.toUpperCase()")
        gr.Button().click(str.lower, box, box, js="(x) => x + '!'")
        gr.Button().click(lambda: gr.update(visible=False), None, box, js=True)
    deps = demo.get_config_file()["dependencies"]
    assert (deps[0]["backend_fn"], deps[0]["js"]) == (False, "(x) => x.toUpperCase()")
    assert (deps[1]["backend_fn"], deps[1]["js"]) == (True, "(x) => x + '!'")
    # js=True: run at once in the (local) worker, outside the queue.
    assert (deps[2]["js"], deps[2]["queue"]) == (None, False)


def test_listener_options_reach_the_config() -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(str.upper, box, box, show_api=False)
        gr.Button().click(str.upper, box, box, api_visibility="private", api_name=None)
        gr.Button().click(
            str.upper,
            box,
            box,
            show_progress="minimal",
            show_progress_on=[box],
            scroll_to_output=True,
            preprocess=False,
            postprocess=False,
            key="k1",
        )
    deps = demo.get_config_file()["dependencies"]
    assert deps[0]["api_visibility"] == "undocumented"
    assert deps[1]["api_visibility"] == "private"
    assert deps[2]["show_progress"] == "minimal"
    assert deps[2]["show_progress_on"] == [box.id]
    assert deps[2]["scroll_to_output"] is True
    from blocklite.server.config import build_api_info

    assert list(build_api_info(demo)["named_endpoints"]) == ["/upper_2"]
    assert list(build_api_info(demo, all_endpoints=True)["named_endpoints"]) == [
        "/upper",
        "/upper_2",
    ]
