"""Property-based fuzzing of every route, in process: whatever arrives, no 5xx from the server's own
code, and the app still serves a normal event afterwards.

The only 500 allowed is Gradio's answer to a handler that failed on `/run` (the body is then an
ErrorOutput, `{"error": ...}`), never `{"detail": "Internal error..."}`. Derandomized, so each run
checks the same cases: FUZZ_EXAMPLES per test (2,000+ in all, see test_the_cases_add_up).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest

if sys.platform == "emscripten":
    pytest.importorskip("hypothesis", reason="hypothesis is not installed in the Pyodide run")
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import blocklite as gr
from blocklite.launch import parse_launch_options
from blocklite.testing import TestClient

#: Every distinct case run, by test: test_the_cases_add_up counts them.
SEEN: dict[str, set[str]] = {}


def seen(test: str, *case: Any) -> None:
    SEEN.setdefault(test, set()).add(repr(case))


#: Examples per fuzz test below; 7 tests.
FUZZ_EXAMPLES = 350
FUZZ_TESTS = 7

FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

ROUTES = [
    ("GET", "/config"),
    ("GET", "/gradio_api/config"),
    ("GET", "/gradio_api/info"),
    ("POST", "/gradio_api/queue/join"),
    ("GET", "/gradio_api/queue/data"),
    ("GET", "/gradio_api/queue/status"),
    ("POST", "/gradio_api/reset"),
    ("POST", "/gradio_api/cancel"),
    ("GET", "/gradio_api/app_id"),
    ("GET", "/theme.css"),
    ("POST", "/gradio_api/run/echo"),
    ("POST", "/gradio_api/api/echo"),
    ("POST", "/gradio_api/run/number"),
]
BODY_ROUTES = [path for method, path in ROUTES if method == "POST"]
FIELDS = ["data", "fn_index", "session_hash", "event_data", "trigger_id", "event_id", "batched"]


def build_demo() -> gr.Blocks:
    with gr.Blocks() as demo:
        text = gr.Textbox()
        shown = gr.JSON()
        number = gr.Number()
        state = gr.State([])
        text.submit(lambda x: x, text, shown, api_name="echo")
        text.change(lambda x: float(x), text, number, api_name="number")
        number.change(lambda n, s: (n, [*s, n]), [number, state], [shown, state], api_name="keep")
    return demo


@pytest.fixture(scope="module")
def app() -> Iterator[tuple[gr.Blocks, TestClient]]:
    demo = build_demo()
    demo.launch_options = parse_launch_options((), {"state_session_capacity": 50})
    client = TestClient(demo)
    yield demo, client
    client.close()


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
field_values = json_values | st.sampled_from([0, 1, 2, 3, -1, 10**9, "s1", "", [], {}, True])


def predict_bodies() -> st.SearchStrategy[Any]:
    """Mostly PredictBody-like objects with some fields of the wrong type, sometimes anything."""
    shaped = st.fixed_dictionaries(
        {},
        optional={
            name: field_values
            | (
                st.lists(st.sampled_from(["1", "NaN", "inf", "x", "1e999"]), max_size=3)
                if name == "data"
                else field_values
            )
            for name in FIELDS
        },
    )
    return shaped | json_values


special_bytes = st.sampled_from(
    [
        b"",
        b"NaN",
        b"[Infinity]",
        b'{"data": [-Infinity], "fn_index": 1, "session_hash": "s"}',
        b'{"data": [1e999], "fn_index": 0}',
        b"[" * 5000,
        b"[" * 900 + b"]" * 900,
        b'{"a":' * 300 + b"1" + b"}" * 300,
        b'{"data": ["\xff\xfe"], "fn_index": 0}',
        b'"\\ud800"',
        b'{"session_hash": ["a"], "data": [], "fn_index": 0}',
        b'{"session_hash": {"a": 1}, "data": ["x"], "fn_index": 0}',
    ]
)


def assert_answered(response: Any, path: str) -> None:
    """No 5xx from the server itself; a 4xx says why; /run's 500 is a handler's failure."""
    handler_failure = (
        response.status == 500
        and ("/run/" in path or "/api/" in path)
        and "error" in response.json()
    )
    assert response.status < 500 or handler_failure, (response.status, response.text[:300])
    if 400 <= response.status < 500:
        assert response.json()["detail"], response.text


def assert_still_serves(client: TestClient) -> None:
    joined = client.post(
        "/gradio_api/queue/join",
        json={"data": ["2"], "fn_index": 1, "session_hash": "check", "event_data": None},
    )
    assert joined.status == 200, joined.text
    messages = client.get("/gradio_api/queue/data?session_hash=check").sse()
    done = [m for m in messages if m["msg"] == "process_completed"]
    assert done and done[-1]["success"] is True and done[-1]["output"]["data"] == [2.0], messages


def post(client: TestClient, path: str, content: bytes, content_type: str | None) -> Any:
    headers = {} if content_type is None else {"content-type": content_type}
    return client.request("POST", path, content=content, headers=headers)


@FUZZ
@given(path=st.sampled_from(BODY_ROUTES), body=predict_bodies())
def test_json_bodies(app: tuple[gr.Blocks, TestClient], path: str, body: Any) -> None:
    seen("json", path, body)
    _, client = app
    assert_answered(post(client, path, json.dumps(body).encode(), "application/json"), path)
    assert_still_serves(client)


@FUZZ
@given(
    path=st.sampled_from(BODY_ROUTES),
    content=st.binary(max_size=200) | special_bytes,
    content_type=st.sampled_from([None, "application/json", "text/plain", "application/x+json"]),
)
def test_raw_bodies(
    app: tuple[gr.Blocks, TestClient], path: str, content: bytes, content_type: str | None
) -> None:
    seen("raw", path, content, content_type)
    _, client = app
    assert_answered(post(client, path, content, content_type), path)
    assert_still_serves(client)


@FUZZ
@given(
    method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
    path=st.sampled_from([p for _, p in ROUTES])
    | st.text(alphabet="/abcgradio_pinfoqueue%?&=.", max_size=40).map(lambda p: "/" + p),
)
def test_methods_and_paths(app: tuple[gr.Blocks, TestClient], method: str, path: str) -> None:
    seen("paths", method, path)
    _, client = app
    if path.endswith("/queue/data"):
        path += "?session_hash=x"  # else a fresh stream for an unknown session (answered too)
    response = client.request(method, path)
    assert_answered(response, path)


@FUZZ
@given(
    query=st.dictionaries(
        st.sampled_from(["session_hash", "keep_open", "x"]), st.text(max_size=300)
    )
)
def test_queue_data_queries(app: tuple[gr.Blocks, TestClient], query: dict[str, str]) -> None:
    from urllib.parse import urlencode

    seen("query", sorted(query.items()))
    _, client = app
    query.pop("keep_open", None)  # a keep_open stream stays open until the client leaves
    response = client.get("/gradio_api/queue/data?" + urlencode(query))
    assert_answered(response, "/gradio_api/queue/data")


@FUZZ
@given(
    typed=st.text(max_size=30) | st.sampled_from(["NaN", "nan", "inf", "-inf", "1e999", "Infinity"])
)
def test_typed_text_through_every_event(app: tuple[gr.Blocks, TestClient], typed: str) -> None:
    """What a user types, through Textbox → JSON and Textbox → Number(float(x)), queued and /run."""
    seen("typed", typed)
    _, client = app
    for fn_index, name in [(0, "echo"), (1, "number")]:
        body = {"data": [typed], "fn_index": fn_index, "session_hash": "typed"}
        assert client.post("/gradio_api/queue/join", json=body).status == 200
        messages = client.get("/gradio_api/queue/data?session_hash=typed").sse()
        assert [m for m in messages if m["msg"] == "process_completed"], messages
        assert_answered(client.post(f"/gradio_api/run/{name}", json={"data": [typed]}), "/run/")
    assert_still_serves(client)


@FUZZ
@given(
    body=st.fixed_dictionaries(
        {}, optional={n: field_values for n in ["event_id", "session_hash", "fn_index"]}
    )
)
def test_cancel_bodies(app: tuple[gr.Blocks, TestClient], body: dict[str, Any]) -> None:
    seen("cancel", body)
    _, client = app
    assert_answered(client.post("/gradio_api/cancel", json=body), "/gradio_api/cancel")
    assert_still_serves(client)


@FUZZ
@given(hashes=st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=8))
def test_fresh_session_hashes_stay_bounded(
    app: tuple[gr.Blocks, TestClient], hashes: list[str]
) -> None:
    seen("sessions", hashes)
    demo, client = app
    for session_hash in hashes:
        body = {"data": [3.0, None], "fn_index": 2, "session_hash": session_hash}
        assert_answered(client.post("/gradio_api/run/keep", json=body), "/run/")
        assert_answered(client.post("/gradio_api/queue/join", json=body), "/join")
    assert len(demo.app.queue.sessions) <= demo.launch_options["state_session_capacity"]
    assert_still_serves(client)


def test_the_cases_add_up() -> None:
    """Runs after the fuzz tests (file order): at least 2,000 distinct cases were checked."""
    counts = {test: len(cases) for test, cases in SEEN.items()}
    assert len(counts) == FUZZ_TESTS, counts
    assert sum(counts.values()) >= 2000, counts
