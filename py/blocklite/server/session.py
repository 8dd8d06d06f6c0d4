"""A session's outgoing messages and the SSE stream (`queue/data`) that carries them.

Messages are written to the session's open stream *the moment they are posted*, in the poster's own
call (an eager task), not on a later turn of the event loop. In the browser this matters twice: a
quick event's messages leave inside the `queue/join` call, so the page gets them with the join's
answer; and a handler that blocks the single worker thread (a sync generator sleeping between
yields) still gets every yield out before it blocks again. With no stream open, messages wait,
for a bounded time (UNCLAIMED_SECONDS).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from ..state import SessionState
from . import messages
from .http import EventStream, sse_frame
from .messages import QueueMessage
from .types import Receive

HEARTBEAT_SECONDS = 15.0

#: How long messages wait for a stream before their session is dropped (EventQueue can change it).
UNCLAIMED_SECONDS = 60.0

#: A posted message with its encoded `data:` frame (the message is kept for its `msg`).
Outgoing = tuple[QueueMessage, bytes]

Sink = Callable[[list[Outgoing]], Awaitable[None]]


def start_eagerly(coroutine: Any) -> asyncio.Future[Any]:
    """Start a task that runs right away, up to its first wait (Python 3.12+), instead of on the
    loop's next turn."""
    if sys.version_info >= (3, 12):
        return asyncio.Task(coroutine, loop=asyncio.get_running_loop(), eager_start=True)
    return asyncio.ensure_future(coroutine)


class Session:
    """One browser tab (or client): its pending events and its outgoing messages.

    Each message is encoded when it is posted (`post` raises WireError for one that cannot be, so
    the poster answers with an error instead); the outbox holds only frames that can be sent.
    Messages that wait with no stream open for `unclaimed_seconds` end the session
    (`on_unclaimed`): a client that joins and never reads does not keep them for ever.
    """

    def __init__(
        self,
        session_hash: str,
        *,
        unclaimed_seconds: float = UNCLAIMED_SECONDS,
        on_unclaimed: Callable[[Session], None] | None = None,
    ) -> None:
        self.session_hash = session_hash
        self.pending_events: set[str] = set()
        self.state = SessionState()
        self.closed = False
        self.unclaimed_seconds = unclaimed_seconds
        self._on_unclaimed = on_unclaimed
        self._outbox: list[Outgoing] = []
        self._sink: Sink | None = None
        self._flushing = False
        self._waiting_since: float | None = None
        self._ended = asyncio.Event()

    @property
    def streaming(self) -> bool:
        """Whether a `queue/data` stream is open for this session now."""
        return self._sink is not None

    def post(self, message: QueueMessage) -> None:
        """Queue a message and, if a stream is open, send it now. Raises WireError (and queues
        nothing) for a message that cannot be encoded; a closed session drops what it is given."""
        frame = sse_frame(message)
        if self.closed:
            return
        self._outbox.append((message, frame))
        if self._sink is None:
            self._note_waiting()
        self._flush_soon()

    def close(self) -> None:
        """End the session: drop undelivered messages and end its open stream, if any."""
        self.closed = True
        self._outbox.clear()
        self._ended.set()

    def _note_waiting(self) -> None:
        if self._waiting_since is not None or self._on_unclaimed is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._waiting_since = loop.time()
        loop.call_later(self.unclaimed_seconds, self._check_unclaimed)

    def _check_unclaimed(self) -> None:
        if self.closed or self._waiting_since is None:
            return
        if self._sink is not None or not self._outbox:
            self._waiting_since = None
            return
        loop = asyncio.get_running_loop()
        left = self._waiting_since + self.unclaimed_seconds - loop.time()
        if left > 0:
            loop.call_later(left, self._check_unclaimed)
        elif self._on_unclaimed is not None:
            self._on_unclaimed(self)

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
                except Exception:  # the transport broke: the next stream gets what was not sent
                    self.requeue(batch)
                    self.detach(sink)
        finally:
            self._flushing = False

    def attach(self, sink: Sink) -> None:
        """Make `sink` the session's stream (replacing any other) and send what is waiting."""
        self._sink = sink
        self._waiting_since = None
        self._flush_soon()

    def detach(self, sink: Sink) -> None:
        if self._sink is sink:
            self._sink = None
            if self._outbox:
                self._note_waiting()

    def requeue(self, messages: list[Outgoing]) -> None:
        """Put back messages a closing stream did not send, ahead of newer ones. (Only whole,
        encoded frames come back here: a message that failed to encode never entered the outbox.)"""
        if not self.closed:
            self._outbox[:0] = messages

    async def stream(self, out: EventStream, receive: Receive, *, keep_open: bool) -> bool:
        """Serve `queue/data` for this session until `close_stream` (or for good with `keep_open`,
        until the client disconnects or the session ends). Returns whether the client
        disconnected."""
        finished = asyncio.Event()

        async def sink(batch: list[Outgoing]) -> None:
            if finished.is_set():
                self.requeue(batch)
                return
            if keep_open:
                batch = [m for m in batch if m[0]["msg"] != "close_stream"]
            else:
                for index, (message, _) in enumerate(batch):
                    if message["msg"] == "close_stream":
                        self.requeue(batch[index + 1 :])
                        batch = batch[: index + 1]
                        finished.set()
                        self.detach(sink)
                        break
            if batch:
                await out.frames([frame for _, frame in batch])

        disconnect = asyncio.ensure_future(_wait_for_disconnect(receive))
        closed = asyncio.ensure_future(finished.wait())
        ended = asyncio.ensure_future(self._ended.wait())
        heartbeat = asyncio.ensure_future(self._heartbeat())
        self.attach(sink)
        try:
            await asyncio.wait({disconnect, closed, ended}, return_when=asyncio.FIRST_COMPLETED)
            if not disconnect.done():
                await out.end()
            return disconnect.done()
        finally:
            finished.set()
            self.detach(sink)
            for task in (disconnect, closed, ended, heartbeat):
                task.cancel()

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            self.post(messages.heartbeat())


async def _wait_for_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
