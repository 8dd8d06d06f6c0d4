"""The ASGI routes (server/routes.py) and how they answer bad requests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


@pytest.fixture
def demo() -> gr.Blocks:
    def greet(name: str) -> str:
        return f"Hello {name}!"

    with gr.Blocks(title="Greeter") as demo:
        name = gr.Textbox(label="Name")
        out = gr.Textbox(label="Greeting")
        gr.Button("Greet").click(greet, name, out)
    return demo


def test_config_speaks_gradio_protocol_and_reports_root(
    client_for: ClientFor, demo: gr.Blocks
) -> None:
    client = client_for(demo)
    client.base_url = "http://127.0.0.1:8000"
    config = client.get("/config").json()
    assert config["protocol"] == "sse_v3"
    assert config["api_prefix"] == "/gradio_api"
    assert config["enable_queue"] is True
    assert config["title"] == "Greeter"
    assert config["root"] == "http://127.0.0.1:8000"
    dep = config["dependencies"][0]
    assert dep["targets"] == [[demo.fns[0].targets[0][0], "click"]]
    assert dep["backend_fn"] is True and dep["queue"] is None
    assert config["layout"]["id"] == demo.id


def test_root_includes_the_mount_path(demo: gr.Blocks) -> None:
    from blocklite.server.http import Request

    scope = {
        "type": "http",
        "method": "GET",
        "scheme": "http",
        "path": "/__blocklite__/app-1/config",
        "root_path": "/__blocklite__/app-1",
        "query_string": b"",
        "headers": [(b"host", b"localhost:8080")],
    }
    request = Request(scope, None)  # type: ignore[arg-type]
    assert request.path == "/config"
    assert request.root_url == "http://localhost:8080/__blocklite__/app-1"


def test_api_info_lists_named_endpoints(client_for: ClientFor, demo: gr.Blocks) -> None:
    info = client_for(demo).get("/gradio_api/info").json()
    endpoint = info["named_endpoints"]["/greet"]
    assert endpoint["parameters"][0]["parameter_name"] == "name"
    assert endpoint["parameters"][0]["component"] == "Textbox"
    assert endpoint["returns"][0]["label"] == "Greeting"
    assert info["unnamed_endpoints"] == {}


def test_queue_messages_come_in_gradio_order(client_for: ClientFor, demo: gr.Blocks) -> None:
    messages = run_queued(client_for(demo), 0, ["Ann"])
    assert [m["msg"] for m in messages] == [
        "estimation",
        "process_starts",
        "process_completed",
        "close_stream",
    ]
    assert len({m["event_id"] for m in messages[:3]}) == 1
    assert messages[-1]["event_id"] is None


def test_sse_sends_each_message_when_produced_not_at_the_end(client_for: ClientFor) -> None:
    import asyncio

    async def slow(x: str) -> str:
        await asyncio.sleep(0.05)
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(slow, box, box)
    client = client_for(demo)
    stream = client.open_stream("/gradio_api/queue/data?session_hash=h&keep_open=true")
    client.post("/gradio_api/queue/join", json={"data": ["A"], "fn_index": 0, "session_hash": "h"})
    early = stream.read_until(lambda ms: any(m["msg"] == "process_starts" for m in ms))
    assert not [m for m in early if m["msg"] == "process_completed"]  # sent while still running
    stream.read_until(lambda ms: any(m["msg"] == "process_completed" for m in ms))
    chunks = stream.chunks
    assert len(chunks) >= 2
    assert all(chunk.startswith(b"data: ") and chunk.endswith(b"\n\n") for chunk in chunks)
    stream.close()


def test_run_route_calls_without_queue(client_for: ClientFor, demo: gr.Blocks) -> None:
    client = client_for(demo)
    by_name = client.post("/gradio_api/run/greet", json={"data": ["Bo"], "session_hash": "x"})
    assert by_name.status == 200
    assert by_name.json()["data"] == ["Hello Bo!"]
    by_index = client.post("/gradio_api/run/predict", json={"data": ["Cy"], "fn_index": 0})
    assert by_index.json()["data"] == ["Hello Cy!"]
    assert client.post("/gradio_api/run/nope", json={"data": []}).status == 404


def test_run_route_reports_errors_with_500(client_for: ClientFor) -> None:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(lambda x: 1 / 0, box, box, api_name="boom")
    response = client_for(demo).post("/gradio_api/run/boom", json={"data": ["x"]})
    assert response.status == 500
    assert response.json() == {"error": None}


def test_unknown_route_is_404_with_json_reason(client_for: ClientFor, demo: gr.Blocks) -> None:
    response = client_for(demo).get("/gradio_api/nothing-here")
    assert response.status == 404
    assert response.json() == {"detail": "Not found: GET /gradio_api/nothing-here"}


def test_wrong_method_is_405(client_for: ClientFor, demo: gr.Blocks) -> None:
    assert client_for(demo).get("/gradio_api/queue/join").status == 405


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        ({"data": ["x"], "session_hash": "s"}, 400, "No function index provided."),
        ({"data": ["x"], "fn_index": 7, "session_hash": "s"}, 422, "Unknown fn_index 7"),
        ({"data": ["x"], "fn_index": "0", "session_hash": "s"}, 422, "must be an integer"),
        ({"data": ["x"], "fn_index": 0}, 400, "Session hash not found."),
        (
            {"data": ["x", "y"], "fn_index": 0, "session_hash": "s"},
            422,
            "takes 1 input value(s) but 'data' has 2",
        ),
        ({"data": "x", "fn_index": 0, "session_hash": "s"}, 422, "'data' must be a list"),
        (["not", "an", "object"], 422, "JSON object"),
    ],
)
def test_bad_join_gets_4xx_with_reason_and_app_stays_usable(
    client_for: ClientFor, demo: gr.Blocks, body: object, status: int, reason: str
) -> None:
    client = client_for(demo)
    response = client.post("/gradio_api/queue/join", json=body)
    assert response.status == status
    assert reason in response.json()["detail"]
    assert completed(run_queued(client, 0, ["Ann"]))["output"]["data"] == ["Hello Ann!"]


def test_malformed_json_is_400(client_for: ClientFor, demo: gr.Blocks) -> None:
    response = client_for(demo).request(
        "POST",
        "/gradio_api/queue/join",
        content=b"{nope",
        headers={"content-type": "application/json"},
    )
    assert response.status == 400
    assert "not valid JSON" in response.json()["detail"]


def test_stream_for_unknown_session_says_so(client_for: ClientFor, demo: gr.Blocks) -> None:
    messages = client_for(demo).get("/gradio_api/queue/data?session_hash=ghost").sse()
    assert messages == [
        {
            "msg": "unexpected_error",
            "event_id": None,
            "message": "Session not found.",
            "session_not_found": True,
            "success": False,
        }
    ]


def test_stream_requires_session_hash(client_for: ClientFor, demo: gr.Blocks) -> None:
    assert client_for(demo).get("/gradio_api/queue/data").status == 400


def test_events_of_two_sessions_go_to_their_own_streams(
    client_for: ClientFor, demo: gr.Blocks
) -> None:
    client = client_for(demo)
    for session, name in [("one", "A"), ("two", "B")]:
        client.post(
            "/gradio_api/queue/join", json={"data": [name], "fn_index": 0, "session_hash": session}
        )
    two = completed(client.get("/gradio_api/queue/data?session_hash=two").sse())
    one = completed(client.get("/gradio_api/queue/data?session_hash=one").sse())
    assert one["output"]["data"] == ["Hello A!"]
    assert two["output"]["data"] == ["Hello B!"]


def _completed_count(messages: list[dict]) -> int:
    return sum(m["msg"] == "process_completed" for m in messages)


def test_keep_open_stream_opens_before_joining_and_serves_many_events(
    client_for: ClientFor, demo: gr.Blocks
) -> None:
    client = client_for(demo)
    stream = client.open_stream("/gradio_api/queue/data?session_hash=early&keep_open=true")
    for n, name in enumerate(["A", "B", "C"], start=1):
        joined = client.post(
            "/gradio_api/queue/join", json={"data": [name], "fn_index": 0, "session_hash": "early"}
        )
        assert joined.status == 200
        messages = stream.read_until(lambda ms, n=n: _completed_count(ms) == n)
    done = [m for m in messages if m["msg"] == "process_completed"]
    assert [m["output"]["data"] for m in done] == [["Hello A!"], ["Hello B!"], ["Hello C!"]]
    assert not [m for m in messages if m["msg"] == "close_stream"]
    assert not stream.ended
    stream.close()
    assert stream.ended


def test_disconnect_stops_a_waiting_stream(client_for: ClientFor, demo: gr.Blocks) -> None:
    client = client_for(demo)
    client.post("/gradio_api/queue/join", json={"data": ["A"], "fn_index": 0, "session_hash": "d"})
    first = client.get("/gradio_api/queue/data?session_hash=d").sse()
    assert first[-1]["msg"] == "close_stream"
    # A second stream for the same session waits for more events until the client leaves.
    stream = client.open_stream("/gradio_api/queue/data?session_hash=d")
    stream.read_until(lambda ms: True)
    assert not stream.ended
    stream.close()
    assert stream.ended


def test_client_may_name_its_event_and_bad_names_are_replaced(
    client_for: ClientFor, demo: gr.Blocks
) -> None:
    client = client_for(demo)
    body = {"data": ["A"], "fn_index": 0, "session_hash": "n", "event_id": "mine-1"}
    assert client.post("/gradio_api/queue/join", json=body).json() == {"event_id": "mine-1"}
    wrong_type = client.post("/gradio_api/queue/join", json={**body, "event_id": 5})
    assert wrong_type.status == 422 and "event_id" in wrong_type.json()["detail"]
    for bad in ["", "x" * 65, "new\nline"]:
        chosen = client.post("/gradio_api/queue/join", json={**body, "event_id": bad}).json()
        assert chosen["event_id"] != bad and len(chosen["event_id"]) == 32
    messages = client.get("/gradio_api/queue/data?session_hash=n").sse()
    assert completed([m for m in messages if m.get("event_id") == "mine-1"])["success"] is True
