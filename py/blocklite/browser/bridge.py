"""The worker's way into Python: run the app's code, then carry HTTP requests to its ASGI app.

The worker (TypeScript) calls only the five functions here (`boot`, `resume`, `watch_handlers`,
`run_app`, `start_request`), through function proxies. Requests arrive as JSON plus body bytes;
responses go back through a JS callback as they are produced, so a server-sent-event stream
reaches the page chunk by chunk. Only this module knows about `pyodide`;
the rest of blocklite runs unchanged on CPython.
"""

from __future__ import annotations

import asyncio
import importlib.machinery
import json
import linecache
import sys
import time
import traceback
import types
from typing import Any
from urllib.parse import unquote, urlsplit

# What almost every app uses: imported with this module, which the worker imports to call boot(),
# so they are in the build's memory snapshot rather than loaded while the app's code runs.
import blocklite
import blocklite.blocks
import blocklite.components.button
import blocklite.components.number
import blocklite.components.text
import blocklite.events
import blocklite.processing

from .. import app_registry, handler_window
from ..server.served_app import ServedApp
from ..server.session import start_eagerly
from ..server.types import Message

#: app id → (the served app, root path such as "/__blocklite__/app-1").
_apps: dict[str, tuple[ServedApp, str]] = {}

#: The worker's (enter, leave) run marks (see watch_handlers), once it gave them.
_busy_marks: list[Any] = []


def boot() -> None:
    """Make `import gradio` mean blocklite (here only, never on CPython, where importing this
    module must not alias it). The core every app needs came with this module's imports."""
    sys.modules.setdefault("gradio", blocklite)


def resume() -> None:
    """Make a Python restored from the build's memory snapshot behave like a freshly started one.

    The snapshot (scripts/snapshot.mjs) holds the memory of one Python that ran `boot()` at build
    time, so every page would start with the same `random` state: reseed it from the OS. The files
    of the wheel were put back after the restore, at a new time; drop the import system's cached
    directory listings so lazy imports see them. (Not `importlib.invalidate_caches()`: it imports
    `importlib.metadata`, ~90 ms in Pyodide, to clear caches we do not use.)
    """
    random = sys.modules.get("random")
    if random is not None:
        random.seed()
    for finder in list(sys.path_importer_cache.values()):
        if isinstance(finder, importlib.machinery.FileFinder):
            finder.invalidate_caches()


def watch_handlers(enter: Any, leave: Any, stop_requested: Any, wait: Any) -> None:
    """Report every handler run to the worker (so the page knows when the worker is legitimately
    busy) and let the page stop one (handler_window.py). With `wait` (the page is cross-origin
    isolated and shares an interrupt buffer), `time.sleep` waits on that buffer instead, so a
    sleeping handler wakes the moment Stop is pressed rather than when the sleep is over."""
    _busy_marks[:] = [enter, leave]
    handler_window.install(
        handler_window.Watcher(
            enter=lambda event_id: int(enter(event_id)),
            leave=lambda run: leave(run),
            stop_requested=lambda run: bool(stop_requested(run)),
        )
    )
    if wait is not None:
        time.sleep = _interruptible_sleep(wait)


def _interruptible_sleep(wait: Any) -> Any:
    """`time.sleep` that blocks in `wait(ms)` (Atomics.wait on the interrupt flag; it raises the
    pending interrupt itself when woken by one), resuming when an ignored interrupt woke it."""

    def sleep(seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            wait(left * 1000)

    return sleep


def _error_line(error: BaseException, filename: str) -> int | None:
    if isinstance(error, SyntaxError) and error.filename == filename:
        return error.lineno
    line = None
    for frame, lineno in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename == filename:
            line = lineno
    return line


def _describe_app_error(error: BaseException, filename: str) -> dict[str, Any]:
    # Drop this module's frames: the user's code starts at the first frame after them.
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    text = "".join(traceback.format_exception(type(error), error, tb))
    return {
        "name": type(error).__name__,
        "message": str(error),
        "traceback": text,
        "lineno": _error_line(error, filename),
    }


def run_app(code: str, app_id: str, root_url: str, filename: str) -> str:
    """Run the app's code as `__main__` and register the Blocks it launched (or created last)."""
    # Tracebacks show the app's own lines, as they would for a file.
    linecache.cache[filename] = (len(code), None, code.splitlines(keepends=True), filename)
    main = types.ModuleType("__main__")
    main.__file__ = filename
    sys.modules["__main__"] = main
    with app_registry.collect() as run:  # the Blocks this code builds and launches
        try:
            exec(compile(code, filename, "exec"), main.__dict__)
        except BaseException as error:  # the app's own code: report everything, even SystemExit
            return json.dumps({"ok": False, "error": _describe_app_error(error, filename)})
    app = run.app
    if app is None:
        message = "The app's code created no gr.Blocks: nothing to show."
        return json.dumps(
            {
                "ok": False,
                "error": {
                    "name": "ValueError",
                    "message": message,
                    "traceback": message,
                    "lineno": None,
                },
            }
        )
    _apps[app_id] = (app.app, urlsplit(root_url).path.rstrip("/"))
    return json.dumps({"ok": True})


class Exchange:
    """One request in flight: feeds the ASGI app its body and, later, the disconnect."""

    def __init__(self, app: Any, scope: dict[str, Any], body: Any, respond: Any) -> None:
        self._body = body
        self._body_size = _body_length(body)
        self._body_read = 0
        self._body_sent = False
        # Taking in a body of several chunks keeps the worker busy between event-loop turns; the
        # page is told (as for a handler run), so a slow upload is not taken for a hung worker.
        self._busy_run: Any = None
        if self._body_size > BODY_CHUNK and _busy_marks:
            self._busy_run = _busy_marks[0]("")
        self._disconnected = asyncio.Event()
        self._respond = respond
        self._head: tuple[int, str] | None = None
        # Run until the request first waits, right now: most requests (config, queue/join) finish
        # without waiting, so their response leaves in this same call, with no event-loop hop.
        self.done = start_eagerly(self._run(app, scope))

    def disconnect(self) -> None:
        self._disconnected.set()

    def _not_busy(self) -> None:
        if self._busy_run is not None:
            run, self._busy_run = self._busy_run, None
            _busy_marks[1](run)

    async def _receive(self) -> Message:
        if not self._body_sent:
            # The body crosses into Python a chunk at a time (an upload never sits here whole).
            start = self._body_read
            end = min(start + BODY_CHUNK, self._body_size)
            self._body_read = end
            self._body_sent = end >= self._body_size
            more = not self._body_sent
            chunk = _body_slice(self._body, start, end)
            if self._body_sent:
                self._body = None
                self._not_busy()
            return {"type": "http.request", "body": chunk, "more_body": more}
        await self._disconnected.wait()
        return {"type": "http.disconnect"}

    async def _send(self, message: Message) -> None:
        from pyodide.ffi import to_js  # type: ignore[import-not-found]

        if message["type"] == "http.response.start":
            headers = [
                [key.decode("latin-1"), value.decode("latin-1")]
                for key, value in message.get("headers", [])
            ]
            head = (message["status"], json.dumps(headers))
            if any(k.lower() == "content-type" and "event-stream" in v for k, v in headers):
                # An event stream's first message may come much later: the page must see it open.
                self._respond("start", *head)
            else:
                # Held back so the head and the first body chunk cross to the page in one message.
                self._head = head
        elif message["type"] == "http.response.body":
            chunk = to_js(bytes(message.get("body", b"")))
            more = message.get("more_body", False)
            if self._head is not None:
                status, headers_json = self._head
                self._head = None
                self._respond("start", status, headers_json, chunk, more)
            else:
                self._respond("body", chunk, more)

    async def _run(self, app: Any, scope: dict[str, Any]) -> None:
        try:
            await app(scope, self._receive, self._send)
            if self._head is not None:  # a head without a body: let the page see it anyway
                status, headers_json = self._head
                self._head = None
                self._respond("start", status, headers_json)
        except BaseException as error:
            traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
            self._respond(
                "error", json.dumps({"name": type(error).__name__, "message": str(error)})
            )
        finally:
            self._not_busy()
            self._disconnected.set()


#: How much of a request body Python receives at once.
BODY_CHUNK = 1 << 20


def _body_length(body: Any) -> int:
    """The byte length of a request body: a JS Uint8Array (its proxy), bytes, or None."""
    if body is None:
        return 0
    return int(body.length) if hasattr(body, "to_bytes") else len(body)


def _body_slice(body: Any, start: int, end: int) -> bytes:
    if body is None or start >= end:
        return b""
    if hasattr(body, "to_bytes"):  # copy only this slice out of the JS buffer
        return bytes(body.subarray(start, end).to_bytes())
    return bytes(body[start:end])


def _scope(request: dict[str, Any], root_path: str) -> dict[str, Any]:
    url = urlsplit(request["url"])
    headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in request["headers"]]
    if not any(key == b"host" for key, _ in headers):
        headers.append((b"host", url.netloc.encode("latin-1")))
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": request["method"].upper(),
        "scheme": url.scheme,
        "path": unquote(url.path),
        "raw_path": url.path.encode("latin-1"),
        "root_path": root_path,
        "query_string": url.query.encode("latin-1"),
        "headers": headers,
        "server": (url.hostname or "localhost", url.port or 80),
        "client": ("127.0.0.1", 0),
    }


def start_request(app_id: str, request_json: str, body: Any, respond: Any) -> Exchange | None:
    """Start one HTTP request to the app; the response goes to `respond` as it is produced.

    Returns the Exchange while the response is still being produced (an SSE stream), or None when
    it is already complete (most requests), which spares the worker an await per request.
    """
    try:
        app, root_path = _apps[app_id]
        request = json.loads(request_json)
        exchange = Exchange(app, _scope(request, root_path), body, respond)
        return None if exchange.done.done() else exchange
    except Exception as error:
        reason = f"no app {app_id!r} is running" if isinstance(error, KeyError) else str(error)
        respond("error", json.dumps({"name": type(error).__name__, "message": reason}))
        return None
