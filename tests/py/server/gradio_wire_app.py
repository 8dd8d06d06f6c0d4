"""Real Gradio's side of test_gradio_wire.py (run with .bench-venv's Python, never imported).

Serves wire_cases.build(gradio) on a free port, runs every event of wire_cases.events() queued
(SSE) and through /run, and prints one JSON document: the outcomes, and orjson's encoding of each
case value as Gradio's stream writes it.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
import uuid
from typing import Any

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/py

import gradio
import orjson
import wire_cases


def post(base: str, path: str, body: Any) -> tuple[int, Any]:
    request = urllib.request.Request(
        base + path, data=json.dumps(body).encode(), headers={"content-type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def queued(base: str, fn_index: int, typed: str) -> dict[str, Any]:
    session_hash = uuid.uuid4().hex[:11]
    body = {"data": [typed], "fn_index": fn_index, "session_hash": session_hash}
    status, _ = post(base, "/gradio_api/queue/join", body)
    assert status == 200
    url = f"{base}/gradio_api/queue/data?session_hash={session_hash}"
    with urllib.request.urlopen(url, timeout=30) as stream:
        for line in stream.read().decode().split("\n"):
            if line.startswith("data: ") and '"process_completed"' in line:
                message = json.loads(line[len("data: ") :])
                return wire_cases.outcome(message["success"], message["output"])
    raise AssertionError(f"no process_completed for {typed!r}")


def main() -> None:
    demo = wire_cases.build(gradio)
    demo.queue()
    _, base, _ = demo.launch(prevent_thread_lock=True, quiet=True)
    base = base.rstrip("/")
    outcomes = {}
    for fn_index, api_name, inputs in wire_cases.events():
        for typed in inputs:
            status, answer = post(base, f"/gradio_api/run/{api_name}", {"data": [typed]})
            run = wire_cases.outcome(status == 200, answer)
            outcomes[f"{api_name}({typed})"] = {"queued": queued(base, fn_index, typed), "run": run}
    stream = {}
    for name, value in wire_cases.cases().items():
        try:
            stream[name] = json.loads(orjson.dumps(value, default=str))
        except TypeError as error:
            stream[name] = f"unencodable: {error}"
    demo.close()
    print(json.dumps({"version": gradio.__version__, "events": outcomes, "stream": stream}))


if __name__ == "__main__":
    main()
