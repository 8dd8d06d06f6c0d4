"""The queue: concurrency limits and ids, max_size, ranks, cancels, batches."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest

import blocklite as gr
from blocklite.testing import StreamingResponse, TestClient

ClientFor = Callable[..., TestClient]


class Tracker:
    """An async handler that records how many calls overlap."""

    def __init__(self) -> None:
        self.running = 0
        self.most = 0
        self.calls: list[str] = []

    async def __call__(self, x: str) -> str:
        self.running += 1
        self.most = max(self.most, self.running)
        self.calls.append(x)
        await asyncio.sleep(0.02)
        self.running -= 1
        return x


def join_many(
    client: TestClient, fn_index: int, values: list[str], session: str = "q"
) -> StreamingResponse:
    stream = client.open_stream(f"/gradio_api/queue/data?session_hash={session}&keep_open=true")
    for value in values:
        body = {"data": [value], "fn_index": fn_index, "session_hash": session}
        assert client.post("/gradio_api/queue/join", json=body).status == 200
    return stream


def done_count(messages: list[dict]) -> int:
    return sum(m["msg"] == "process_completed" for m in messages)


@pytest.mark.parametrize(("limit", "expected"), [(1, 1), (2, 2), (None, 4)])
def test_concurrency_limit_caps_overlapping_async_calls(
    client_for: ClientFor, limit: int | None, expected: int
) -> None:
    tracker = Tracker()
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(tracker, box, box, concurrency_limit=limit)
    client = client_for(demo)
    stream = join_many(client, 0, ["a", "b", "c", "d"])
    stream.read_until(lambda ms: done_count(ms) == 4)
    assert tracker.most == expected
    assert tracker.calls == ["a", "b", "c", "d"]  # FIFO
    stream.close()


def test_default_concurrency_limit_from_queue(client_for: ClientFor) -> None:
    tracker = Tracker()
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(tracker, box, box)
    demo.queue(default_concurrency_limit=3)
    client = client_for(demo)
    stream = join_many(client, 0, ["a", "b", "c", "d"])
    stream.read_until(lambda ms: done_count(ms) == 4)
    assert tracker.most == 3
    stream.close()


def test_concurrency_id_shares_one_limit_between_listeners(client_for: ClientFor) -> None:
    tracker = Tracker()
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(tracker, box, box, concurrency_id="gpu", concurrency_limit=1)
        gr.Button().click(tracker, box, box, concurrency_id="gpu", concurrency_limit=1)
    client = client_for(demo)
    stream = client.open_stream("/gradio_api/queue/data?session_hash=s&keep_open=true")
    for fn_index in (0, 1, 0, 1):
        client.post(
            "/gradio_api/queue/join",
            json={"data": ["x"], "fn_index": fn_index, "session_hash": "s"},
        )
    stream.read_until(lambda ms: done_count(ms) == 4)
    assert tracker.most == 1
    stream.close()


def test_waiting_events_get_their_rank(client_for: ClientFor) -> None:
    tracker = Tracker()
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(tracker, box, box)
    client = client_for(demo)
    stream = join_many(client, 0, ["a", "b", "c"])
    messages = stream.read_until(lambda ms: done_count(ms) == 3)
    first = {}
    for m in messages:
        if m["msg"] == "estimation":
            first.setdefault(m["event_id"], m)
    assert sorted(m["rank"] for m in first.values()) == [0, 0, 1]  # a started at once; b, c waited
    stream.close()


def test_max_size_refuses_with_503(client_for: ClientFor) -> None:
    gate = asyncio.Event()  # holds the first event running, however slow the machine is

    async def held(x: str) -> str:
        await gate.wait()
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(held, box, box)
    demo.queue(max_size=1)
    client = client_for(demo)
    stream = client.open_stream("/gradio_api/queue/data?session_hash=m&keep_open=true")
    body = {"data": ["x"], "fn_index": 0, "session_hash": "m"}
    assert client.post("/gradio_api/queue/join", json=body).status == 200  # running
    assert client.post("/gradio_api/queue/join", json=body).status == 200  # waiting (1)
    full = client.post("/gradio_api/queue/join", json=body)
    assert full.status == 503 and full.json() == {"detail": "Queue is full."}
    gate.set()
    stream.read_until(lambda ms: done_count(ms) == 2)
    stream.close()


def test_cancel_drops_a_waiting_event_and_stops_a_running_generator(client_for: ClientFor) -> None:
    async def count(n: str) -> object:
        for i in range(1000):
            await asyncio.sleep(0.005)
            yield str(i)

    with gr.Blocks() as demo:
        box = gr.Textbox()
        run = gr.Button().click(count, box, box)
        gr.Button().click(None, None, None, cancels=[run])
    client = client_for(demo)
    stream = client.open_stream("/gradio_api/queue/data?session_hash=c&keep_open=true")
    running = client.post(
        "/gradio_api/queue/join",
        json={"data": ["1"], "fn_index": 0, "session_hash": "c", "event_id": "run1"},
    )
    waiting = client.post(
        "/gradio_api/queue/join",
        json={"data": ["1"], "fn_index": 0, "session_hash": "c", "event_id": "run2"},
    )
    assert running.status == waiting.status == 200
    stream.read_until(lambda ms: sum(m["msg"] == "process_generating" for m in ms) >= 3)
    for event_id in ("run2", "run1"):
        answer = client.post(
            "/gradio_api/cancel", json={"session_hash": "c", "fn_index": 0, "event_id": event_id}
        )
        assert answer.json() == {"success": True}
    messages = stream.read_until(lambda ms: done_count(ms) == 2)
    done = {m["event_id"]: m for m in messages if m["msg"] == "process_completed"}
    assert done["run1"]["output"] == {} and done["run2"]["output"] == {}
    produced = sum(m["msg"] == "process_generating" for m in messages)
    assert produced < 100  # stopped at its next yield, long before 1000
    assert not [m for m in messages if m["msg"] == "process_starts" and m["event_id"] == "run2"]
    assert demo.get_config_file()["dependencies"][1]["cancels"] == [0]
    stream.close()


def test_cancel_stops_a_running_async_handler(client_for: ClientFor) -> None:
    finished: list[str] = []

    async def slow(x: str) -> str:
        await asyncio.sleep(5)
        finished.append(x)
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(slow, box, box)
    client = client_for(demo)
    stream = client.open_stream("/gradio_api/queue/data?session_hash=a&keep_open=true")
    client.post(
        "/gradio_api/queue/join",
        json={"data": ["x"], "fn_index": 0, "session_hash": "a", "event_id": "e"},
    )
    client.post("/gradio_api/cancel", json={"session_hash": "a", "fn_index": 0, "event_id": "e"})
    messages = stream.read_until(lambda ms: done_count(ms) == 1, timeout=2)
    assert [m["output"] for m in messages if m["msg"] == "process_completed"] == [{}]
    assert finished == []
    stream.close()


def test_cancel_route_validates_and_ignores_unknown_events(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        gr.Button().click(lambda: None)
    client = client_for(demo)
    assert client.post("/gradio_api/cancel", json={"session_hash": "x"}).status == 422
    unknown = client.post("/gradio_api/cancel", json={"session_hash": "x", "event_id": "nope"})
    assert unknown.json() == {"success": True}


def test_batch_groups_waiting_calls_and_splits_results(client_for: ClientFor) -> None:
    sizes: list[int] = []

    async def shout(words: list[str]) -> list[list[str]]:
        sizes.append(len(words))
        await asyncio.sleep(0.02)
        return [[w.upper() for w in words]]

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(shout, box, box, batch=True, max_batch_size=3)
    client = client_for(demo)
    stream = join_many(client, 0, ["a", "b", "c", "d", "e"])
    messages = stream.read_until(lambda ms: done_count(ms) == 5)
    results = sorted(m["output"]["data"][0] for m in messages if m["msg"] == "process_completed")
    assert results == ["A", "B", "C", "D", "E"]
    assert sum(sizes) == 5 and max(sizes) == 3 and len(sizes) < 5
    stream.close()


def test_batch_result_of_the_wrong_shape_is_an_error(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(lambda words: "nope", box, box, batch=True)
    client = client_for(demo)
    stream = join_many(client, 0, ["a"])
    messages = stream.read_until(lambda ms: done_count(ms) == 1)
    failed = next(m for m in messages if m["msg"] == "process_completed")
    assert failed["success"] is False and "batched" in failed["output"]["error"]
    stream.close()


def test_queue_false_runs_through_run_route(client_for: ClientFor) -> None:
    def sync_gen() -> Iterator[str]:
        yield "x"

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(str.upper, box, box, queue=False, api_name="up")
    assert demo.get_config_file()["dependencies"][0]["queue"] is False
    assert client_for(demo).post("/gradio_api/run/up", json={"data": ["a"]}).json()["data"] == ["A"]
