"""The little HTTP the server needs: read a request, send JSON, text or an SSE stream.

A plain ASGI app needs no framework; this module is the part of one that blocklite uses, small
enough to import quickly in the browser.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qsl, unquote

from .request_json import BadJSON, parse_json_body
from .types import Receive, Scope, Send
from .wire import encode

#: Largest request body read (bytes), unless the app sets another: `launch(max_json_body_size=)`.
DEFAULT_BODY_LIMIT = 16 * 1024 * 1024


class HTTPError(Exception):
    """Answer the request with `status` and `{"detail": detail}` (or the detail as text)."""

    def __init__(self, status: int, detail: Any, *, plain: bool = False) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        #: Answer with the detail as text/plain (Gradio's upload route does), not JSON.
        self.plain = plain


class ClientDisconnected(Exception):
    """The client went away before its request body was complete."""


class Request:
    """One HTTP request: method, path below the app's root, query, headers and body."""

    def __init__(
        self, scope: Scope, receive: Receive, body_limit: int = DEFAULT_BODY_LIMIT
    ) -> None:
        self.scope = scope
        self.receive = receive
        self.body_limit = body_limit
        self.method: str = scope["method"].upper()
        root_path: str = scope.get("root_path", "")
        path: str = scope["path"]
        if root_path and path.startswith(root_path):
            path = path[len(root_path) :]
        self.path = path or "/"
        raw_query = scope.get("query_string", b"").decode("latin-1")
        self.query = dict(parse_qsl(raw_query, keep_blank_values=True))
        self.headers = {
            key.decode("latin-1").lower(): value.decode("latin-1")
            for key, value in scope.get("headers", [])
        }
        self._body: bytes | None = None

    @property
    def root_url(self) -> str:
        """The app's absolute root URL (no trailing slash), as clients should call it back."""
        scheme = self.scope.get("scheme", "http")
        host = self.headers.get("host")
        if host is None:
            server = self.scope.get("server") or ("127.0.0.1", 80)
            host = f"{server[0]}:{server[1]}"
        return f"{scheme}://{host}{self.scope.get('root_path', '')}".rstrip("/")

    async def body(self) -> bytes:
        """The whole body; past `body_limit` bytes the request is refused with 413 unread."""
        if self._body is None:
            declared = self.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.body_limit:
                raise self._too_large()
            chunks = []
            size = 0
            while True:
                message = await self.receive()
                if message["type"] == "http.disconnect":
                    break
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.body_limit:
                    raise self._too_large()
                chunks.append(chunk)
                if not message.get("more_body", False):
                    break
            self._body = b"".join(chunks)
        return self._body

    async def stream(self) -> AsyncIterator[bytes]:
        """The body chunk by chunk, as it arrives (uploads: never the whole body in memory)."""
        if self._body is not None:
            yield self._body
            return
        while True:
            message = await self.receive()
            if message["type"] == "http.disconnect":
                raise ClientDisconnected
            chunk = message.get("body", b"")
            if chunk:
                yield chunk
            if not message.get("more_body", False):
                return

    def _too_large(self) -> HTTPError:
        return HTTPError(
            413,
            f"Request body is larger than {self.body_limit} bytes "
            "(the app's limit: launch(max_json_body_size=...)).",
        )

    async def json(self) -> Any:
        """The body as JSON (strict: no NaN/Infinity, bounded nesting); a bad body is a 4xx."""
        content_type = self.headers.get("content-type", "").split(";")[0].strip().lower()
        is_json = content_type == "application/json" or content_type.endswith("+json")
        if content_type and not is_json:
            raise HTTPError(415, f"Content-Type must be application/json, not {content_type!r}.")
        try:
            return parse_json_body(await self.body())
        except BadJSON as error:
            raise HTTPError(400, str(error)) from None


def path_param(path: str, prefix: str) -> str:
    """The URL-decoded rest of `path` after `prefix`."""
    return unquote(path[len(prefix) :])


def dumps(payload: Any) -> bytes:
    """A JSON answer's body, encoded like Gradio's (see wire.py); raises WireError."""
    return encode(payload, run_route=True)


def sse_frame(payload: Any) -> bytes:
    """One `data:` frame of the queue's stream, encoded like Gradio's; raises WireError."""
    return b"data: " + encode(payload) + b"\n\n"


async def send_bytes(
    send: Send, status: int, body: bytes, content_type: str, extra: list[tuple[bytes, bytes]] = ()
) -> None:
    headers = [
        (b"content-type", content_type.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": [*headers, *extra]})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def send_json(send: Send, status: int, payload: Any) -> None:
    await send_bytes(send, status, dumps(payload), "application/json")


class EventStream:
    """A `text/event-stream` response: one `data: <json>` frame per message, sent as it comes."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.started = False

    async def start(self) -> None:
        await self._send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/event-stream; charset=utf-8"),
                    (b"cache-control", b"no-cache"),
                ],
            }
        )
        self.started = True

    async def message(self, payload: Any) -> None:
        await self.frames([sse_frame(payload)])

    async def frames(self, frames: list[bytes]) -> None:
        """Several encoded messages (see `sse_frame`) in one body chunk."""
        body = b"".join(frames)
        await self._send({"type": "http.response.body", "body": body, "more_body": True})

    async def end(self) -> None:
        await self._send({"type": "http.response.body", "body": b"", "more_body": False})
