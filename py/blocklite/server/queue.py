"""The event queue: `queue/join` enqueues, one task runs events in order, and each session's
messages flow out on its `queue/data` SSE stream.

The worker has one thread, so events run one after another. An event joined to an idle queue starts
inside the join call itself (an eager task), and its messages leave as they are posted (see
session.py), so a quick handler's whole result reaches the page together with the join's answer:
one page-worker round trip per event. The page shows an event as pending from the click on, so it
does not wait for `process_starts`.
"""

from __future__ import annotations

import asyncio
import uuid
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..processing import CallContext
from ..request import Request
from .execution import execute, failure_message
from .http import EventStream, HTTPError
from .session import SESSION_NOT_FOUND, Session, start_eagerly
from .types import Receive

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..events import Dependency


@dataclass
class Event:
    """One queued call of a dependency."""

    event_id: str
    session: Session
    dep: Dependency
    data: list[Any]
    event_data: Any = None
    trigger_id: int | None = None
    request: Request | None = None


def parse_predict_body(
    blocks: Blocks, body: Any, *, need_session: bool
) -> tuple[Dependency, list[Any], str]:
    """Validate a PredictBody (`queue/join`, `run/...`): the dependency, its data, the session."""
    if not isinstance(body, dict):
        raise HTTPError(422, "Request body must be a JSON object with 'data' and 'fn_index'.")
    fn_index = body.get("fn_index")
    if fn_index is None:
        raise HTTPError(400, "No function index provided.")
    if isinstance(fn_index, bool) or not isinstance(fn_index, int):
        raise HTTPError(422, f"fn_index must be an integer, got {fn_index!r}.")
    if not 0 <= fn_index < len(blocks.fns):
        raise HTTPError(
            422, f"Unknown fn_index {fn_index}: this app has {len(blocks.fns)} event listener(s)."
        )
    dep = blocks.fns[fn_index]
    if dep.fn is None:
        raise HTTPError(422, f"fn_index {fn_index} runs only in the page (js=), not in Python.")
    session_hash = body.get("session_hash")
    if need_session and (not isinstance(session_hash, str) or not session_hash):
        raise HTTPError(400, "Session hash not found.")
    data = body.get("data", [])
    if not isinstance(data, list):
        raise HTTPError(422, f"'data' must be a list, got {type(data).__name__}.")
    if len(data) != len(dep.inputs):
        raise HTTPError(
            422,
            f"{dep.name} takes {len(dep.inputs)} input value(s) but 'data' has {len(data)}.",
        )
    return dep, data, session_hash or ""


def _usable_event_id(value: Any) -> bool:
    """A client may name its event (PredictBody's optional `event_id`), so it can match the
    event's messages without waiting for the join's answer."""
    return isinstance(value, str) and 0 < len(value) <= 64 and value.isprintable()


class EventQueue:
    """All sessions of one app and the FIFO of their events."""

    def __init__(self, blocks: Blocks) -> None:
        self.blocks = blocks
        self.sessions: dict[str, Session] = {}
        self._events: deque[Event] = deque()
        self._runner: asyncio.Task[None] | None = None

    def session(self, session_hash: str) -> Session:
        if session_hash not in self.sessions:
            self.sessions[session_hash] = Session(session_hash)
        return self.sessions[session_hash]

    def join(self, body: Any, request: Request | None = None) -> str:
        """Enqueue an event and return its id; bad requests raise HTTPError before anything runs."""
        dep, data, session_hash = parse_predict_body(self.blocks, body, need_session=True)
        session = self.session(session_hash)
        event_id = body.get("event_id")
        if not _usable_event_id(event_id) or event_id in session.pending_events:
            event_id = uuid.uuid4().hex
        trigger_id = body.get("trigger_id")
        event = Event(
            event_id,
            session,
            dep,
            data,
            body.get("event_data"),
            trigger_id if isinstance(trigger_id, int) else None,
            request,
        )
        self._events.append(event)
        session.pending_events.add(event.event_id)
        session.post(
            {
                "msg": "estimation",
                "event_id": event.event_id,
                "rank": len(self._events) - 1,
                "queue_size": len(self._events),
                "rank_eta": None,
            }
        )
        self._start_runner()
        return event.event_id

    def _start_runner(self) -> None:
        """Run queued events until none is left; a new runner starts with the next join."""
        if self._runner is None or self._runner.done():
            self._runner = start_eagerly(self._run())

    async def _run(self) -> None:
        while self._events:
            await self._process(self._events.popleft())

    async def _process(self, event: Event) -> None:
        session = event.session
        session.post({"msg": "process_starts", "event_id": event.event_id, "eta": None})
        call = CallContext(
            state=session.state,
            request=event.request,
            event_data=event.event_data,
            trigger=self.blocks.blocks.get(event.trigger_id or -1),
        )
        try:
            output = await execute(
                self.blocks, event.dep, event.data, call, event_id=event.event_id, post=session.post
            )
            session.post(
                {
                    "msg": "process_completed",
                    "event_id": event.event_id,
                    "output": output,
                    "success": True,
                    "title": None,
                    "used_cache": None,
                    "cache_duration": None,
                    "avg_time": None,
                }
            )
        except Exception as error:
            session.post(failure_message(self.blocks, event.dep, event.event_id, error))
        finally:
            session.pending_events.discard(event.event_id)
            if not session.pending_events:
                session.post({"msg": "close_stream", "event_id": None})

    async def stream(
        self, session_hash: str, receive: Receive, out: EventStream, *, keep_open: bool = False
    ) -> None:
        """`queue/data`: a session's messages until `close_stream` or until the client goes away.

        With `keep_open` (blocklite's page uses it) the stream may open before the session's first
        join and stays open across events: `close_stream` is not forwarded, which saves the page a
        new stream per event. Gradio's own clients never ask for it and see Gradio's behaviour.
        """
        await out.start()
        session = self.session(session_hash) if keep_open else self.sessions.get(session_hash)
        if session is None:
            await out.message(SESSION_NOT_FOUND)
            await out.end()
            return
        await session.stream(out, receive, keep_open=keep_open)
