"""Test helpers: run one event through the queue like the page does, return its messages."""

from __future__ import annotations

from typing import Any

from blocklite.testing import TestClient


def run_queued(
    client: TestClient, fn_index: int, data: list[Any], session_hash: str = "s1"
) -> list[dict[str, Any]]:
    """Join the queue and read the session's SSE stream until close_stream."""
    joined = client.post(
        "/gradio_api/queue/join",
        json={"data": data, "fn_index": fn_index, "session_hash": session_hash, "event_data": None},
    )
    assert joined.status == 200, joined.text
    stream = client.get(f"/gradio_api/queue/data?session_hash={session_hash}")
    assert stream.status == 200
    assert stream.headers["content-type"].startswith("text/event-stream")
    return stream.sse()


def completed(messages: list[dict[str, Any]]) -> dict[str, Any]:
    done = [m for m in messages if m["msg"] == "process_completed"]
    assert len(done) == 1, messages
    return done[0]
