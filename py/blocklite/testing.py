"""An in-process test client for the ASGI app, the same on CPython and inside Pyodide.

Tests call it synchronously. It keeps one event loop for its lifetime, so background work (the
queue's runner) continues between requests as it would in a server. Inside Pyodide, where the
browser's loop cannot be blocked on, it uses a small loop that sleeps instead of polling sockets:
in-process calls do no I/O, so nothing else is needed.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .server.types import ASGIApp, Message


class _SleepingSelector:
    """Stands in for a selector: waits by sleeping, reports no I/O."""

    def select(self, timeout: float | None) -> list[Any]:
        if timeout:
            time.sleep(min(timeout, 0.05))
        return []


class SyncEventLoop(asyncio.BaseEventLoop):
    """A pure-Python event loop for in-process calls, for where `asyncio.run` cannot block."""

    def __init__(self) -> None:
        super().__init__()
        self._selector = _SleepingSelector()

    def _process_events(self, event_list: list[Any]) -> None:
        pass

    def _write_to_self(self) -> None:
        pass

    def run_until_complete(self, future: Any) -> Any:
        # Pyodide's browser loop always counts as running; step aside from it while this one runs.
        outer = asyncio.events._get_running_loop()
        asyncio.events._set_running_loop(None)
        try:
            return super().run_until_complete(future)
        finally:
            asyncio.events._set_running_loop(outer)


def new_event_loop() -> asyncio.AbstractEventLoop:
    if sys.platform == "emscripten":
        return SyncEventLoop()
    return asyncio.new_event_loop()


async def _cancel_background_tasks() -> None:
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks() if task is not current and not task.done()]
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    chunks: list[bytes] = field(default_factory=list)

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode()

    def sse(self) -> list[dict[str, Any]]:
        """The `data:` payloads of an event-stream body, parsed as JSON."""
        return [
            json.loads(line[len("data: ") :])
            for line in self.text.split("\n")
            if line.startswith("data: ")
        ]


class TestClient:
    """`client.get("/config")`, `client.post("/gradio_api/queue/join", json=...)`..."""

    __test__ = False  # not a pytest test class

    def __init__(self, app: ASGIApp | Any, base_url: str = "http://testserver") -> None:
        self.app = getattr(app, "app", app)  # a Blocks or its ASGI app
        self.base_url = base_url
        self.loop = new_event_loop()

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        return self.loop.run_until_complete(coroutine)

    def close(self) -> None:
        """Cancel background work (the queue's runner) and close the loop."""
        self.loop.run_until_complete(_cancel_background_tasks())
        self.loop.close()

    def __enter__(self) -> TestClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        return self.run(self._request(method, path, json_body, content, headers or {}))

    def get(self, path: str, **kwargs: Any) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, json: Any = None, **kwargs: Any) -> Response:
        return self.request("POST", path, json_body=json, **kwargs)

    async def _request(
        self,
        method: str,
        path: str,
        json_body: Any,
        content: bytes | None,
        headers: dict[str, str],
    ) -> Response:
        url = urlsplit(self.base_url + path)
        body = content if content is not None else b""
        header_list = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        if json_body is not None:
            body = json.dumps(json_body).encode()
            header_list.append((b"content-type", b"application/json"))
        header_list.append((b"host", url.netloc.encode()))
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": url.scheme,
            "path": url.path,
            "raw_path": url.path.encode(),
            "root_path": "",
            "query_string": url.query.encode(),
            "headers": header_list,
            "server": ("testserver", 80),
        }
        body_sent = False
        finished = asyncio.Event()

        async def receive() -> Message:
            nonlocal body_sent
            if not body_sent:
                body_sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await finished.wait()
            return {"type": "http.disconnect"}

        status = 0
        response_headers: dict[str, str] = {}
        chunks: list[bytes] = []

        async def send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                for key, value in message.get("headers", []):
                    response_headers[key.decode().lower()] = value.decode()
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))
                if not message.get("more_body", False):
                    finished.set()

        await self.app(scope, receive, send)
        finished.set()
        return Response(status, response_headers, b"".join(chunks), [c for c in chunks if c])
