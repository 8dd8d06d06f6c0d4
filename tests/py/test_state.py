"""gr.State: per-session copies, change detection, time_to_live, delete_callback, bad defaults."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.state import SessionState
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def counter_app() -> tuple[gr.Blocks, gr.State]:
    def add(item: str, items: list[str]) -> tuple[list[str], str]:
        items.append(item)
        return items, ", ".join(items)

    with gr.Blocks() as demo:
        items = gr.State([])
        box = gr.Textbox()
        shown = gr.Textbox()
        gr.Button().click(add, [box, items], [items, shown])
        items.change(lambda xs: len(xs), items, gr.Number())
    return demo, items


def test_each_session_gets_its_own_copy_of_the_default(client_for: ClientFor) -> None:
    demo, _ = counter_app()
    client = client_for(demo)
    # Interleaved sessions: each sees only its own items.
    a1 = completed(run_queued(client, 0, ["a1", None], session_hash="A"))
    b1 = completed(run_queued(client, 0, ["b1", None], session_hash="B"))
    a2 = completed(run_queued(client, 0, ["a2", None], session_hash="A"))
    b2 = completed(run_queued(client, 0, ["b2", None], session_hash="B"))
    assert a1["output"]["data"] == [None, "a1"]  # State values never travel
    assert a2["output"]["data"][1] == "a1, a2"
    assert b1["output"]["data"][1] == "b1"
    assert b2["output"]["data"][1] == "b1, b2"


def test_changed_state_ids_name_states_with_change_listeners(client_for: ClientFor) -> None:
    demo, items = counter_app()
    done = completed(run_queued(client_for(demo), 0, ["x", None]))
    # Mutated in place and returned: still a change (compared with the value stored before).
    assert done["output"]["changed_state_ids"] == [items.id]


def test_unchanged_value_and_skip_do_not_fire_change(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        state = gr.State(5)
        gr.Button().click(lambda s: s, state, state)
        gr.Button().click(lambda: gr.skip(), None, state)
        state.change(lambda s: s, state, gr.Number())
    client = client_for(demo)
    assert completed(run_queued(client, 0, [None]))["output"]["changed_state_ids"] == []
    assert completed(run_queued(client, 1, []))["output"]["changed_state_ids"] == []


def test_state_is_skipped_in_api_info_and_config_value() -> None:
    demo, items = counter_app()
    entry = next(c for c in demo.get_config_file()["components"] if c["id"] == items.id)
    assert entry["type"] == "state" and entry["skip_api"] is True
    assert "value" not in entry["props"]
    info = demo.app  # noqa: F841 - building the app must not fail
    from blocklite.server.config import build_api_info

    params = build_api_info(demo)["named_endpoints"]["/add"]["parameters"]
    assert [p["component"] for p in params] == ["Textbox"]


def test_time_to_live_resets_and_calls_delete_callback() -> None:
    deleted: list[object] = []
    now = [0.0]
    state = gr.State([1], time_to_live=10, delete_callback=deleted.append, render=False)
    store = SessionState(clock=lambda: now[0])
    store.set(state, [1, 2])
    now[0] = 5
    assert store.get(state) == [1, 2]
    now[0] = 16
    assert store.get(state) == [1]  # expired: a fresh copy of the default
    assert deleted == [[1, 2]]


def test_close_runs_delete_callbacks() -> None:
    deleted: list[object] = []
    state = gr.State("x", delete_callback=deleted.append, render=False)
    store = SessionState()
    store.set(state, "y")
    store.close([state])
    assert deleted == ["y"]


def test_default_that_cannot_be_deep_copied_fails_at_definition() -> None:
    with pytest.raises(TypeError, match=r"gr\.State: the default value .* cannot be deep-copied"):
        gr.State(threading.Lock(), render=False)


def test_page_leaving_runs_delete_callbacks(client_for: ClientFor) -> None:
    deleted: list[object] = []
    with gr.Blocks() as demo:
        state = gr.State(0, delete_callback=deleted.append)
        gr.Button().click(lambda s: s + 1, state, state)
    client = client_for(demo)
    stream = client.open_stream("/gradio_api/queue/data?session_hash=bye&keep_open=true")
    client.post(
        "/gradio_api/queue/join", json={"data": [None], "fn_index": 0, "session_hash": "bye"}
    )
    stream.read_until(lambda ms: any(m["msg"] == "process_completed" for m in ms))
    assert deleted == []
    stream.close()  # the page went away
    assert deleted == [1]
    assert "bye" not in demo.app.queue.sessions
