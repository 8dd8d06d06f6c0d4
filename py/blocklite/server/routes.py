"""Gradio's HTTP routes, answered from a served app (served_app.py): the ASGI entry point.

No web framework: a table of (method, path) → handler and a prefix match for routes with a
parameter. Every failure is an HTTP answer with a JSON `detail`, never an exception escaping to the
transport (in the browser that would leave the page waiting forever). Handlers only parse the
request and shape the answer; what they answer with (config, API info, the queue) is the served
app's.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from ..files.cache import parse_file_size
from ..processing import CallContext
from ..request import Request as HandlerRequest
from .component_server import call_server_function
from .config import API_PREFIX
from .execution import execute, failure_message
from .file_route import send_file
from .http import (
    ClientDisconnected,
    EventStream,
    HTTPError,
    Request,
    dumps,
    path_param,
    send_bytes,
    send_json,
)
from .messages import error_answer, error_output, estimation, join_answer, success_answer
from .queue import check_session_hash, parse_predict_body
from .types import Receive, Scope, Send
from .upload import receive_upload
from .wire import WireError

if TYPE_CHECKING:
    from .served_app import ServedApp

Handler = Callable[[Request, Send], Awaitable[None]]


class Routes:
    """`routes(scope, receive, send)` for one served app; HTTP only (no websocket routes yet)."""

    def __init__(self, served: ServedApp) -> None:
        self.served = served
        self.blocks = served.blocks
        self.queue = served.queue
        self._routes: dict[tuple[str, str], Handler] = {
            ("GET", "/config"): self.config,
            ("GET", f"{API_PREFIX}/config"): self.config,
            ("GET", f"{API_PREFIX}/info"): self.info,
            ("POST", f"{API_PREFIX}/queue/join"): self.queue_join,
            ("GET", f"{API_PREFIX}/queue/data"): self.queue_data,
            ("GET", f"{API_PREFIX}/queue/status"): self.queue_status,
            ("POST", f"{API_PREFIX}/reset"): self.reset,
            ("POST", f"{API_PREFIX}/cancel"): self.cancel,
            ("GET", f"{API_PREFIX}/app_id"): self.app_id,
            ("GET", "/theme.css"): self.theme_css,
            ("POST", f"{API_PREFIX}/upload"): self.upload,
            ("GET", f"{API_PREFIX}/upload_progress"): self.upload_progress,
            ("POST", f"{API_PREFIX}/component_server"): self.component_server,
            ("POST", f"{API_PREFIX}/component_server/"): self.component_server,
        }
        self._prefix_routes: list[tuple[str, str, Handler]] = [
            ("POST", f"{API_PREFIX}/run/", self.run),
            ("POST", f"{API_PREFIX}/api/", self.run),
            ("GET", f"{API_PREFIX}/file=", self.file),
            ("HEAD", f"{API_PREFIX}/file=", self.file),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send, self.served.shutdown)
            return
        if scope["type"] == "websocket":  # no websocket routes: refused (the server answers 403)
            await receive()
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":
            raise RuntimeError(f"blocklite: unsupported ASGI scope type {scope['type']!r}")
        request = Request(scope, receive, self.blocks.launch_options["max_json_body_size"])
        self.served.files.root_url = request.root_url
        stream_started = False

        async def tracking_send(message: dict[str, Any]) -> None:
            nonlocal stream_started
            stream_started = stream_started or message["type"] == "http.response.start"
            await send(message)

        try:
            handler = self._find(request)
            await handler(request, tracking_send)
        except HTTPError as error:
            if stream_started:
                pass
            elif error.plain:
                body = str(error.detail).encode()
                await send_bytes(send, error.status, body, "text/plain; charset=utf-8")
            else:
                await send_json(send, error.status, error_answer(error.detail))
        except ClientDisconnected:
            return  # nobody is left to answer
        except Exception as error:
            print(f"blocklite: internal error on {request.method} {request.path}:", file=sys.stderr)
            traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
            if not stream_started:
                await send_json(send, 500, error_answer(f"Internal error: {error}"))

    def _find(self, request: Request) -> Handler:
        handler = self._routes.get((request.method, request.path))
        if handler is not None:
            return handler
        for method, prefix, prefixed in self._prefix_routes:
            if request.method == method and request.path.startswith(prefix):
                return prefixed
        known_paths = {path for _, path in self._routes} | {p for _, p, _ in self._prefix_routes}
        if request.path in known_paths or any(
            request.path.startswith(p) for _, p, _ in self._prefix_routes
        ):
            raise HTTPError(405, f"Method {request.method} not allowed on {request.path}.")
        raise HTTPError(404, f"Not found: {request.method} {request.path}")

    # -- routes ----------------------------------------------------------------------------------

    async def config(self, request: Request, send: Send) -> None:
        await send_json(send, 200, self.served.config(request.root_url))

    async def info(self, request: Request, send: Send) -> None:
        all_endpoints = request.query.get("all_endpoints", "").lower() == "true"
        await send_json(send, 200, self.served.api_info(all_endpoints))

    async def queue_join(self, request: Request, send: Send) -> None:
        body = await request.json()
        event_id = self.queue.join(body, handler_request(request, body))
        await send_json(send, 200, join_answer(event_id))

    async def queue_data(self, request: Request, send: Send) -> None:
        session_hash = request.query.get("session_hash")
        if not session_hash:
            raise HTTPError(400, "Query parameter 'session_hash' is required.")
        check_session_hash(session_hash)
        keep_open = request.query.get("keep_open", "").lower() == "true"
        await self.queue.stream(
            session_hash, request.receive, EventStream(send), keep_open=keep_open
        )

    async def queue_status(self, request: Request, send: Send) -> None:
        await send_json(send, 200, estimation(None, None, 0))

    async def cancel(self, request: Request, send: Send) -> None:
        """`POST /gradio_api/cancel {session_hash, fn_index, event_id}`: stop or drop an event."""
        body = await request.json()
        if not isinstance(body, dict) or not isinstance(body.get("event_id"), str):
            raise HTTPError(422, "Cancel needs a JSON object with 'event_id' and 'session_hash'.")
        session_hash = body.get("session_hash", "")
        if session_hash != "":
            check_session_hash(session_hash)
        fn_index = body.get("fn_index")
        if fn_index is not None and (isinstance(fn_index, bool) or not isinstance(fn_index, int)):
            raise HTTPError(422, f"'fn_index' must be an integer, got {type(fn_index).__name__}.")
        self.queue.cancel(session_hash, body["event_id"])
        await send_json(send, 200, success_answer())

    async def reset(self, request: Request, send: Send) -> None:
        await send_json(send, 200, success_answer())

    async def upload(self, request: Request, send: Send) -> None:
        """`POST /gradio_api/upload`: multipart `files` → their paths in the app's cache."""
        options = self.blocks.launch_options
        limit = parse_file_size(options["max_file_size"])
        paths = await receive_upload(request, self.served.files, limit, self.served.uploads)
        await send_json(send, 200, paths)

    async def upload_progress(self, request: Request, send: Send) -> None:
        upload_id = request.query.get("upload_id")
        if not upload_id:
            raise HTTPError(400, "Query parameter 'upload_id' is required.")
        await self.served.uploads.stream(upload_id, EventStream(send))

    async def file(self, request: Request, send: Send) -> None:
        """`GET /gradio_api/file=PATH`: a file the app may serve (files/cache.py), else 403."""
        requested = request.path[len(f"{API_PREFIX}/file=") :]  # the path is decoded once already
        await send_file(request, send, self.served.files, requested)

    async def component_server(self, request: Request, send: Send) -> None:
        """A component's server function (FileExplorer's `ls`): component_server.py."""
        answer = call_server_function(self.blocks, await request.json())
        await send_json(send, 200, answer)

    async def theme_css(self, request: Request, send: Send) -> None:
        """The app's theme as one stylesheet (Gradio's route; blocklite's page uses the config)."""
        css = self.served.theme_css().encode()
        await send_bytes(send, 200, css, "text/css; charset=utf-8")

    async def app_id(self, request: Request, send: Send) -> None:
        await send_json(send, 200, {"app_id": self.served.app_id})

    async def run(self, request: Request, send: Send) -> None:
        """`POST /gradio_api/run/{api_name}`: call without the queue; `fn_index` wins if given."""
        body = await request.json()
        if not isinstance(body, dict):
            raise HTTPError(422, "Request body must be a JSON object with 'data'.")
        if body.get("fn_index") is None:
            api_name = path_param(request.path, f"{API_PREFIX}/run/").strip("/")
            names = {dep.api_name: dep.id for dep in self.blocks.fns}
            if api_name not in names:
                raise HTTPError(404, f"No endpoint named '/{api_name}'.")
            body["fn_index"] = names[api_name]
        dep, data, session_hash = parse_predict_body(self.blocks, body, need_session=False)
        state = self.queue.session(session_hash).state if session_hash else None
        call = CallContext(
            request=handler_request(request, body), event_data=body.get("event_data")
        )
        if state is not None:
            call.state = state
        try:
            output = await execute(self.blocks, dep, data, call)
            answer = dumps(output)
        except WireError as error:  # like a handler's failure (Gradio answers those with 500)
            reason = f"The output could not be sent: {error}."
            await send_json(send, 500, error_output(reason))
            return
        except Exception as error:
            failed = failure_message(self.blocks, dep, "", error)
            await send_json(send, 500, failed["output"])
            return
        await send_bytes(send, 200, answer, "application/json")


def handler_request(request: Request, body: Any) -> HandlerRequest:
    """The `gr.Request` a handler sees for this HTTP request."""
    session_hash = body.get("session_hash") if isinstance(body, dict) else None
    client = request.scope.get("client") or (None, None)
    return HandlerRequest(
        headers=request.headers,
        query_params=request.query,
        session_hash=session_hash if isinstance(session_hash, str) else None,
        url=request.root_url + request.path,
        client_host=client[0],
    )


async def _lifespan(receive: Receive, send: Send, on_shutdown: Callable[[], None]) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            on_shutdown()
            await send({"type": "lifespan.shutdown.complete"})
            return
