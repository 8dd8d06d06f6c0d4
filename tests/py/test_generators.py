"""Generators and async generators stream every yield as it is produced."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator

from helpers import completed, run_queued

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def generating(messages: list[dict]) -> list[list]:
    return [m["output"]["data"] for m in messages if m["msg"] == "process_generating"]


def test_sync_generator_streams_diffs_then_full_final_value(client_for: ClientFor) -> None:
    def count(n: float) -> Iterator[str]:
        text = ""
        for i in range(int(n)):
            text += str(i)
            yield text

    with gr.Blocks() as demo:
        n = gr.Number()
        out = gr.Textbox()
        gr.Button().click(count, n, out)
    messages = run_queued(client_for(demo), 0, [4])
    assert generating(messages) == [
        ["0"],
        [[["append", [], "1"]]],
        [[["append", [], "2"]]],
        [[["append", [], "3"]]],
    ]
    assert all(m["output"]["is_generating"] for m in messages if m["msg"] == "process_generating")
    done = completed(messages)
    assert done["output"]["data"] == ["0123"] and done["output"]["is_generating"] is False
    assert demo.get_config_file()["dependencies"][0]["types"]["generator"] is True


def test_async_generator_streams(client_for: ClientFor) -> None:
    async def ticks() -> object:
        for word in ["a", "b", "c"]:
            await asyncio.sleep(0.001)
            yield word

    with gr.Blocks() as demo:
        out = gr.Textbox()
        gr.Button().click(ticks, None, out)
    messages = run_queued(client_for(demo), 0, [])
    assert generating(messages) == [["a"], [[["replace", [], "b"]]], [[["replace", [], "c"]]]]
    assert completed(messages)["output"]["data"] == ["c"]


def test_blocking_sleep_does_not_hold_back_earlier_yields(client_for: ClientFor) -> None:
    def slow() -> Iterator[str]:
        yield "first"
        time.sleep(0.3)
        yield "second"

    with gr.Blocks() as demo:
        out = gr.Textbox()
        gr.Button().click(slow, None, out)
    client = client_for(demo)
    stream = client.open_stream("/gradio_api/queue/data?session_hash=g&keep_open=true")
    started = time.monotonic()
    client.post("/gradio_api/queue/join", json={"data": [], "fn_index": 0, "session_hash": "g"})
    seen_first = stream.read_until(lambda ms: bool(generating(ms)))
    assert generating(seen_first)[0] == ["first"]
    stream.read_until(lambda ms: any(m["msg"] == "process_completed" for m in ms))
    assert time.monotonic() - started >= 0.3
    # "first" was on the wire before the sleep ended: it came in an earlier chunk than "second".
    first_chunk = next(i for i, c in enumerate(stream.chunks) if b'"first"' in c)
    second_chunk = next(i for i, c in enumerate(stream.chunks) if b'"second"' in c)
    assert first_chunk < second_chunk
    stream.close()


def test_generator_error_midway_reports_failure_after_the_yields(client_for: ClientFor) -> None:
    def breaks() -> Iterator[str]:
        yield "ok"
        raise gr.Error("stopped")

    with gr.Blocks() as demo:
        out = gr.Textbox()
        gr.Button().click(breaks, None, out)
    messages = run_queued(client_for(demo), 0, [])
    assert generating(messages) == [["ok"]]
    assert completed(messages)["output"]["error"] == "stopped"
