"""A session's outgoing messages and the SSE stream (`queue/data`) that carries them.

Messages are written to the session's open stream *the moment they are posted*, in the poster's own
call (an eager task), not on a later turn of the event loop. In the browser this matters twice: a
quick event's messages leave inside the `queue/join` call, so the page gets them with the join's
answer; and a handler that blocks the single worker thread (a sync generator sleeping between
yields) still gets every yield out before it blocks again. With no stream open, messages wait.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from ..state import SessionState
from . import messages
from .http import EventStream
from .messages import QueueMessage
from .types import Receive

HEARTBEAT_SECONDS = 15.0

Sink = Callable[[list[QueueMessage]], Awaitable[None]]


def start_eagerly(coroutine: Any) -> asyncio.Future[Any]:
    """Start a task that runs right away, up to its first wait (Python 3.12+), instead of on the
    loop's next turn."""
    if sys.version_info >= (3, 12):
        return asyncio.Task(coroutine, loop=asyncio.get_running_loop(), eager_start=True)
    return asyncio.ensure_future(coroutine)


class Session:
    """One browser tab (or client): its pending events and its outgoing messages."""

    def __init__(self, session_hash: str) -> None:
        self.session_hash = session_hash
        self.pending_events: set[str] = set()
        self.state = SessionState()
        self._outbox: list[QueueMessage] = []
        self._sink: Sink | None = None
        self._flushing = False

    def post(self, message: QueueMessage) -> None:
        """Queue a message and, if a stream is open, send it now."""
        self._outbox.append(message)
        self._flush_soon()

    def _flush_soon(self) -> None:
        if self._sink is not None and not self._flushing and self._outbox:
            start_eagerly(self._flush())

    async def _flush(self) -> None:
        self._flushing = True
        try:
            while self._outbox and self._sink is not None:
                sink = self._sink
                batch, self._outbox = self._outbox, []
                try:
                    await sink(batch)
                except Exception:  # the stream broke: keep the messages for the next one
                    self.requeue(batch)
                    self.detach(sink)
        finally:
            self._flushing = False

    def attach(self, sink: Sink) -> None:
        """Make `sink` the session's stream (replacing any other) and send what is waiting."""
        self._sink = sink
        self._flush_soon()

    def detach(self, sink: Sink) -> None:
        if self._sink is sink:
            self._sink = None

    def requeue(self, messages: list[QueueMessage]) -> None:
        """Put back messages a closing stream did not send, ahead of newer ones."""
        self._outbox[:0] = messages

    async def stream(self, out: EventStream, receive: Receive, *, keep_open: bool) -> bool:
        """Serve `queue/data` for this session until `close_stream` (or for good with `keep_open`,
        until the client disconnects). Returns whether the client disconnected."""
        finished = asyncio.Event()

        async def sink(batch: list[QueueMessage]) -> None:
            if finished.is_set():
                self.requeue(batch)
                return
            if keep_open:
                batch = [m for m in batch if m["msg"] != "close_stream"]
            else:
                for index, message in enumerate(batch):
                    if message["msg"] == "close_stream":
                        self.requeue(batch[index + 1 :])
                        batch = batch[: index + 1]
                        finished.set()
                        self.detach(sink)
                        break
            if batch:
                await out.messages(batch)

        disconnect = asyncio.ensure_future(_wait_for_disconnect(receive))
        closed = asyncio.ensure_future(finished.wait())
        heartbeat = asyncio.ensure_future(self._heartbeat())
        self.attach(sink)
        try:
            await asyncio.wait({disconnect, closed}, return_when=asyncio.FIRST_COMPLETED)
            if not disconnect.done():
                await out.end()
            return disconnect.done()
        finally:
            finished.set()
            self.detach(sink)
            for task in (disconnect, closed, heartbeat):
                task.cancel()

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            self.post(messages.heartbeat())


async def _wait_for_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
