"""An in-process test client for the ASGI app, the same on CPython and inside Pyodide.

Tests call it synchronously. It keeps one event loop for its lifetime (see server/sync.py), so
background work continues between requests as it would in a server.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .server.sync import new_event_loop
from .server.types import ASGIApp, Message


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
        chunk_size: int | None = None,
    ) -> Response:
        """One request; with `chunk_size` its body arrives in pieces of that size, as a real
        server (or the browser bridge) delivers a large one."""
        return self.run(self._request(method, path, json_body, content, headers or {}, chunk_size))

    def get(self, path: str, **kwargs: Any) -> Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, json: Any = None, **kwargs: Any) -> Response:
        return self.request("POST", path, json_body=json, **kwargs)

    def _scope_and_body(
        self, method: str, path: str, json_body: Any, content: bytes | None, headers: dict[str, str]
    ) -> tuple[dict[str, Any], bytes]:
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
        return scope, body

    async def _request(
        self,
        method: str,
        path: str,
        json_body: Any,
        content: bytes | None,
        headers: dict[str, str],
        chunk_size: int | None = None,
    ) -> Response:
        scope, body = self._scope_and_body(method, path, json_body, content, headers)
        exchange = _Exchange(scope, body, chunk_size)
        await self.app(exchange.scope, exchange.receive, exchange.send)
        exchange.finished.set()
        return exchange.response()

    def open_stream(self, path: str) -> StreamingResponse:
        """Start a GET whose body streams (SSE) without waiting for it to end."""
        exchange = _Exchange(*self._scope_and_body("GET", path, None, None, {}))

        async def start() -> asyncio.Task[None]:
            return asyncio.ensure_future(self.app(exchange.scope, exchange.receive, exchange.send))

        return StreamingResponse(self, exchange, self.run(start()))


class _Exchange:
    """One in-process request: feeds the body, then waits; collects the response."""

    def __init__(self, scope: dict[str, Any], body: bytes, chunk_size: int | None = None) -> None:
        self.scope = scope
        self.body = body
        self.chunk_size = chunk_size or max(len(body), 1)
        self.offset = 0
        self.body_sent = False
        self.finished = asyncio.Event()
        self.status = 0
        self.headers: dict[str, str] = {}
        self.chunks: list[bytes] = []

    async def receive(self) -> Message:
        if not self.body_sent:
            piece = self.body[self.offset : self.offset + self.chunk_size]
            self.offset += len(piece)
            self.body_sent = self.offset >= len(self.body)
            return {"type": "http.request", "body": piece, "more_body": not self.body_sent}
        await self.finished.wait()
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            for key, value in message.get("headers", []):
                self.headers[key.decode().lower()] = value.decode()
        elif message["type"] == "http.response.body":
            self.chunks.append(bytes(message.get("body", b"")))
            if not message.get("more_body", False):
                self.finished.set()

    def response(self) -> Response:
        return Response(
            self.status, self.headers, b"".join(self.chunks), [c for c in self.chunks if c]
        )


class StreamingResponse:
    """A response still being sent: read what arrived so far, then disconnect."""

    def __init__(self, client: TestClient, exchange: _Exchange, task: asyncio.Task[None]) -> None:
        self._client = client
        self._exchange = exchange
        self._task = task

    def messages(self) -> list[dict[str, Any]]:
        return self._exchange.response().sse()

    def read_until(
        self, done: Callable[[list[dict[str, Any]]], bool], timeout: float = 5.0
    ) -> list[dict[str, Any]]:
        """Let the app run until `done(messages so far)` holds; fail after `timeout` seconds."""

        async def wait() -> None:
            deadline = time.monotonic() + timeout
            while not done(self.messages()):
                if time.monotonic() > deadline or self._task.done():
                    raise AssertionError(f"stream did not get there; it sent {self.messages()}")
                await asyncio.sleep(0.001)

        self._client.run(wait())
        return self.messages()

    @property
    def chunks(self) -> list[bytes]:
        """The body chunks sent so far, as the app sent them."""
        return self._exchange.response().chunks

    @property
    def ended(self) -> bool:
        return self._task.done()

    def close(self) -> None:
        """Disconnect like a browser closing its EventSource, and wait for the app to stop."""
        self._exchange.finished.set()
        self._client.run(asyncio.wait_for(self._task, 5))
