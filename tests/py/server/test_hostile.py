"""What a hostile (or just unlucky) client sends: the server answers every request, with a 4xx
and a reason for a bad one, keeps serving the session after an output JSON cannot carry, and keeps
a bounded number of sessions and undelivered messages."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.launch import parse_launch_options
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]
JOIN = "/gradio_api/queue/join"


@pytest.fixture
def demo() -> gr.Blocks:
    def circular(text: str) -> Any:
        loop: list[Any] = [text]
        loop.append(loop)
        return loop

    def yields_then_breaks(text: str) -> Any:
        yield {"ok": text}
        yield circular(text)
        yield {"never": "sent"}

    with gr.Blocks() as demo:
        text = gr.Textbox()
        as_json = gr.JSON()
        as_number = gr.Number()
        text.submit(lambda x: x, text, as_json, api_name="echo_json")  # 0
        text.change(lambda x: float(x), text, as_number, api_name="as_float")  # 1
        text.blur(circular, text, as_json, api_name="circular")  # 2
        text.focus(yields_then_breaks, text, as_json, api_name="breaks")  # 3
    return demo


def limited(demo: gr.Blocks, **options: Any) -> gr.Blocks:
    """The app as if launched with these options (launch() itself would serve it on CPython)."""
    demo.launch_options = parse_launch_options((), options)
    return demo


def ok_event(client: TestClient, session_hash: str = "s1") -> None:
    """A normal event still runs and is answered on the same session."""
    done = completed(run_queued(client, 1, ["2.5"], session_hash))
    assert done["success"] is True and done["output"]["data"] == [2.5]


@pytest.mark.parametrize("typed", ["NaN", "nan", "inf", "-inf", "1e999", "Infinity"])
def test_non_finite_numbers_arrive_as_null_and_the_session_goes_on(
    client_for: ClientFor, demo: gr.Blocks, typed: str
) -> None:
    client = client_for(demo)
    done = completed(run_queued(client, 1, [typed]))
    assert done["success"] is True and done["output"]["data"] == [None]
    ok_event(client)
    answer = client.post("/gradio_api/run/as_float", json={"data": [typed]})
    assert answer.status == 200 and answer.json()["data"] == [None]


@pytest.mark.parametrize("typed", ["NaN", "nan", "Infinity", "1e999", "[NaN]"])
def test_json_text_with_nan_is_a_gradio_error_and_the_session_goes_on(
    client_for: ClientFor, demo: gr.Blocks, typed: str
) -> None:
    client = client_for(demo)
    done = completed(run_queued(client, 0, [typed]))
    assert done["success"] is False
    assert done["output"]["error"].startswith("Invalid JSON string: ")
    ok_event(client)


def test_an_output_json_cannot_carry_fails_that_event_only(
    client_for: ClientFor, demo: gr.Blocks
) -> None:
    client = client_for(demo)
    done = completed(run_queued(client, 2, ["x"]))
    assert done["success"] is False
    assert "circular reference" in done["output"]["error"]
    ok_event(client)
    answer = client.post("/gradio_api/run/circular", json={"data": ["x"]})
    assert answer.status == 500 and "circular reference" in answer.json()["error"]


def test_a_generator_whose_yield_cannot_be_sent_stops_with_an_error(
    client_for: ClientFor, demo: gr.Blocks
) -> None:
    client = client_for(demo)
    messages = run_queued(client, 3, ["x"])
    generating = [m for m in messages if m["msg"] == "process_generating"]
    assert [m["output"]["data"] for m in generating] == [[{"ok": "x"}]]
    done = completed(messages)
    assert done["success"] is False and "circular reference" in done["output"]["error"]
    assert "never" not in json.dumps(messages)
    ok_event(client)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("session_hash", ["a"]),
        ("session_hash", {"a": 1}),
        ("session_hash", 5),
        ("session_hash", "x" * 300),
        ("fn_index", "0"),
        ("fn_index", 1.5),
        ("fn_index", True),
        ("fn_index", [0]),
        ("data", {"a": 1}),
        ("data", "text"),
        ("trigger_id", "3"),
        ("trigger_id", True),
        ("event_id", 7),
        ("event_id", ["e"]),
        ("batched", "yes"),
        ("simple_format", 1),
    ],
)
@pytest.mark.parametrize("route", [JOIN, "/gradio_api/run/as_float"])
def test_wrong_json_types_are_422_with_the_field_named(
    client_for: ClientFor, demo: gr.Blocks, route: str, field: str, value: Any
) -> None:
    client = client_for(demo)
    body = {"data": ["1"], "fn_index": 1, "session_hash": "s1", field: value}
    answer = client.post(route, json=body)
    assert answer.status == 422, answer.text
    assert field in answer.json()["detail"]
    ok_event(client)


@pytest.mark.parametrize(
    ("content", "headers", "status", "reason"),
    [
        (b"[" * 1000 + b"]" * 1000, {}, 400, "nested more than"),
        (b'{"data": [Infinity], "fn_index": 1, "session_hash": "s"}', {}, 400, "Infinity"),
        (b'{"data": [NaN], "fn_index": 1, "session_hash": "s"}', {}, 400, "NaN"),
        (b'{"data": [1e999], "fn_index": 1, "session_hash": "s"}', {}, 400, "out of range"),
        (b'{"data": ["\xff"], "fn_index": 1}', {}, 400, "UTF-8"),
        (b'{"data": [', {}, 400, "not valid JSON"),
        (b"[]", {}, 422, "JSON object"),
        (b"{}", {"content-type": "text/plain"}, 415, "application/json"),
    ],
)
@pytest.mark.parametrize("route", [JOIN, "/gradio_api/run/as_float", "/gradio_api/cancel"])
def test_bad_bodies_are_4xx_with_a_reason(
    client_for: ClientFor,
    demo: gr.Blocks,
    route: str,
    content: bytes,
    headers: dict[str, str],
    status: int,
    reason: str,
) -> None:
    client = client_for(demo)
    answer = client.post(route, content=content, headers=headers)
    assert answer.status == status, answer.text
    assert reason in answer.json()["detail"]


def test_unknown_routes_and_methods(client_for: ClientFor, demo: gr.Blocks) -> None:
    client = client_for(demo)
    assert client.get("/gradio_api/nothing").status == 404
    assert client.request("DELETE", "/config").status == 405
    assert client.get("/gradio_api/queue/join").status == 405
    assert client.post("/gradio_api/run/nothing", json={"data": []}).status == 404
    bad_hash = client.get("/gradio_api/queue/data?session_hash=" + "x" * 300)
    assert bad_hash.status == 422


def test_bodies_past_the_limit_are_413_and_the_limit_is_configurable(
    client_for: ClientFor, demo: gr.Blocks
) -> None:
    client = client_for(demo)
    big = json.dumps({"data": ["1" * (17 * 1024 * 1024)], "fn_index": 1}).encode()
    answer = client.post("/gradio_api/run/as_float", content=big)
    assert answer.status == 413 and "max_json_body_size" in answer.json()["detail"]
    limited(demo, max_json_body_size=1000)
    small = client.post("/gradio_api/run/as_float", json={"data": ["1" * 2000], "fn_index": 1})
    assert small.status == 413 and "1000 bytes" in small.json()["detail"]
    assert client.post("/gradio_api/run/as_float", json={"data": ["3"]}).json()["data"] == [3.0]
    with pytest.raises(ValueError, match="max_json_body_size"):
        parse_launch_options((), {"max_json_body_size": 0})


def test_run_with_fresh_session_hashes_keeps_at_most_capacity_sessions(
    client_for: ClientFor, demo: gr.Blocks
) -> None:
    client = client_for(limited(demo, state_session_capacity=3))
    for index in range(20):
        body = {"data": ["1"], "session_hash": f"fresh-{index}"}
        assert client.post("/gradio_api/run/as_float", json=body).status == 200
    assert list(demo.app.queue.sessions) == ["fresh-17", "fresh-18", "fresh-19"]


def test_joins_never_read_are_bounded_by_capacity_and_time(
    client_for: ClientFor, demo: gr.Blocks
) -> None:
    client = client_for(limited(demo, state_session_capacity=5))
    queue = demo.app.queue
    for index in range(50):
        body = {"data": ["1"], "fn_index": 1, "session_hash": f"unread-{index}"}
        assert client.post(JOIN, json=body).status == 200
    assert len(queue.sessions) == 5
    queue.unclaimed_seconds = 0.05
    body = {"data": ["1"], "fn_index": 1, "session_hash": "late"}
    assert client.post(JOIN, json=body).status == 200
    client.run(asyncio.sleep(0.2))
    assert "late" not in queue.sessions
    stream = client.get("/gradio_api/queue/data?session_hash=late").sse()
    assert stream[0]["msg"] == "unexpected_error" and stream[0]["session_not_found"] is True
    ok_event(client, "after")


def test_a_live_session_is_kept_and_an_evicted_stream_ends(
    client_for: ClientFor, demo: gr.Blocks
) -> None:
    client = client_for(limited(demo, state_session_capacity=2))
    page = client.open_stream("/gradio_api/queue/data?session_hash=page&keep_open=true")
    client.post(JOIN, json={"data": ["1"], "fn_index": 1, "session_hash": "page"})
    for index in range(5):  # idle sessions go first: the page's stays
        client.post("/gradio_api/run/as_float", json={"data": ["1"], "session_hash": f"r{index}"})
    assert "page" in demo.app.queue.sessions
    assert completed(page.messages())["output"]["data"] == [1.0]
    demo.app.queue.end_session(demo.app.queue.sessions["page"])
    client.run(asyncio.sleep(0.01))
    assert page.ended


def test_a_websocket_is_refused_not_crashed_on(client_for: ClientFor, demo: gr.Blocks) -> None:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "websocket.connect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "websocket", "path": "/gradio_api/queue/join", "headers": []}
    client_for(demo).run(demo.app(scope, receive, send))
    assert sent == [{"type": "websocket.close", "code": 1008}]
