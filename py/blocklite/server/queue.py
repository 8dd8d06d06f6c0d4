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
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..events import is_generator_function
from ..handler_window import Stopped
from ..processing import CallContext
from ..request import Request
from ..state import State
from . import messages
from .execution import execute, execute_batch, failure_message
from .http import EventStream, HTTPError
from .session import UNCLAIMED_SECONDS, Session, start_eagerly
from .types import Receive
from .wire import WireError

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
    cancelled: bool = False


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
    if session_hash is not None:
        check_session_hash(session_hash)
    if need_session and not session_hash:
        raise HTTPError(400, "Session hash not found.")
    for name, kind, label in _OPTIONAL_FIELDS:
        value = body.get(name)
        if value is not None and not _is_a(value, kind):
            raise HTTPError(422, f"'{name}' must be {label} or null, got {type(value).__name__}.")
    data = body.get("data", [])
    if not isinstance(data, list):
        raise HTTPError(422, f"'data' must be a list, got {type(data).__name__}.")
    if len(data) != len(dep.inputs):
        raise HTTPError(
            422,
            f"{dep.name} takes {len(dep.inputs)} input value(s) but 'data' has {len(data)}.",
        )
    return dep, data, session_hash or ""


#: PredictBody's optional fields besides session_hash and data: (name, type, in words).
_OPTIONAL_FIELDS: tuple[tuple[str, type, str], ...] = (
    ("event_id", str, "a string"),
    ("trigger_id", int, "an integer"),
    ("oauth_token", str, "a string"),
    ("simple_format", bool, "a boolean"),
    ("batched", bool, "a boolean"),
)


def _is_a(value: Any, kind: type) -> bool:
    """isinstance, except that a bool is not an int (JSON's `true` is no trigger id)."""
    return isinstance(value, kind) and (kind is bool or not isinstance(value, bool))


#: Longest session hash accepted (Gradio's clients send 10 or 11 characters).
MAX_SESSION_HASH = 256


def check_session_hash(value: Any) -> str:
    """A session hash from a request: a non-empty string of printable characters, not too long."""
    if not isinstance(value, str):
        raise HTTPError(422, f"'session_hash' must be a string, got {type(value).__name__}.")
    if not 0 < len(value) <= MAX_SESSION_HASH or not value.isprintable():
        raise HTTPError(
            422, f"'session_hash' must be 1 to {MAX_SESSION_HASH} printable characters."
        )
    return value


def _usable_event_id(value: Any) -> bool:
    """A client may name its event (PredictBody's optional `event_id`), so it can match the
    event's messages without waiting for the join's answer."""
    return isinstance(value, str) and 0 < len(value) <= 64 and value.isprintable()


class EventQueue:
    """All sessions of one app and their waiting events.

    Events wait in one FIFO; each starts as soon as its concurrency group (the dependency, or its
    `concurrency_id`) has room: `concurrency_limit` events of a group run at once (default 1,
    `Blocks.queue(default_concurrency_limit=...)`, None for no limit). Sync handlers still run one
    at a time, since the worker has one thread; async handlers overlap up to their group's limit.
    """

    def __init__(self, blocks: Blocks) -> None:
        self.blocks = blocks
        #: Least recently used first; at most `launch(state_session_capacity=...)` of them.
        self.sessions: OrderedDict[str, Session] = OrderedDict()
        #: Messages wait this long for a stream before their session is dropped.
        self.unclaimed_seconds = UNCLAIMED_SECONDS
        self._waiting: list[Event] = []
        self._running: dict[str, int] = {}
        self._active: dict[str, tuple[Event, asyncio.Future[Any]]] = {}

    @property
    def capacity(self) -> int:
        """Sessions kept at most: Gradio's `launch(state_session_capacity=...)` (10000)."""
        return self.blocks.launch_options["state_session_capacity"]

    def session(self, session_hash: str) -> Session:
        """The session of this hash (made if new, evicting the least recently used past
        capacity); using it makes it the most recently used."""
        session = self.sessions.get(session_hash)
        if session is not None:
            self.sessions.move_to_end(session_hash)
            return session
        while len(self.sessions) >= max(1, self.capacity):
            self.end_session(self._eviction_candidate())
        session = Session(
            session_hash, unclaimed_seconds=self.unclaimed_seconds, on_unclaimed=self.end_session
        )
        self.sessions[session_hash] = session
        return session

    def _eviction_candidate(self) -> Session:
        """The least recently used idle session (no stream, nothing pending), else the least
        recently used of all."""
        for session in self.sessions.values():
            if not session.streaming and not session.pending_events:
                return session
        return next(iter(self.sessions.values()))

    def join(self, body: Any, request: Request | None = None) -> str:
        """Enqueue an event and return its id; bad requests raise HTTPError before anything runs."""
        dep, data, session_hash = parse_predict_body(self.blocks, body, need_session=True)
        max_size = self.blocks.queue_settings.max_size
        if max_size is not None and len(self._waiting) >= max_size:
            raise HTTPError(503, "Queue is full.")
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
        self._waiting.append(event)
        session.pending_events.add(event.event_id)
        self._post_estimation(event, len(self._waiting) - 1)
        if dep.batch:
            # Let the calls joined at the same moment gather before the batch starts.
            asyncio.get_running_loop().call_soon(self._schedule)
        else:
            self._schedule()
        return event.event_id

    def _post_estimation(self, event: Event, rank: int) -> None:
        event.session.post(messages.estimation(event.event_id, rank, len(self._waiting)))

    def _group(self, dep: Dependency) -> tuple[str, int | None]:
        limit = dep.concurrency_limit
        if limit == "default":
            limit = self.blocks.queue_settings.default_concurrency_limit
        return dep.concurrency_id or f"fn-{dep.id}", limit

    def _schedule(self) -> None:
        """Start every waiting event whose group has room, oldest first."""
        started = False
        while True:
            batch = self._next_batch()
            if batch is None:
                break
            started = True
            group, _ = self._group(batch[0].dep)
            self._running[group] = self._running.get(group, 0) + 1
            task = start_eagerly(self._run_batch(batch, group))
            for event in batch:
                if not task.done():
                    self._active[event.event_id] = (event, task)
        if started:
            for rank, event in enumerate(self._waiting):
                self._post_estimation(event, rank)

    def _next_batch(self) -> list[Event] | None:
        for event in self._waiting:
            group, limit = self._group(event.dep)
            if limit is not None and self._running.get(group, 0) >= limit:
                continue
            batch = [event]
            if event.dep.batch:
                same = [e for e in self._waiting if e.dep is event.dep and e is not event]
                batch += same[: max(0, event.dep.max_batch_size - 1)]
            for member in batch:
                self._waiting.remove(member)
            return batch
        return None

    async def _run_batch(self, batch: list[Event], group: str) -> None:
        try:
            if len(batch) == 1 and not batch[0].dep.batch:
                await self._process(batch[0])
            else:
                await self._process_batch(batch)
        finally:
            self._running[group] -= 1
            for event in batch:
                self._active.pop(event.event_id, None)
                self._finish(event)
            asyncio.get_running_loop().call_soon(self._schedule)

    def _call_context(self, event: Event) -> CallContext:
        return CallContext(
            state=event.session.state,
            request=event.request,
            event_data=event.event_data,
            trigger=self.blocks.blocks.get(event.trigger_id or -1),
            cancelled=lambda: event.cancelled,
        )

    async def _process(self, event: Event) -> None:
        session = event.session
        session.post(messages.process_starts(event.event_id))
        try:
            output = await execute(
                self.blocks,
                event.dep,
                event.data,
                self._call_context(event),
                event_id=event.event_id,
                post=session.post,
            )
            if not event.cancelled:  # a cancelled event is answered by _finish
                session.post(messages.process_completed(event.event_id, output))
        except asyncio.CancelledError:
            if not event.cancelled:
                raise
        except Stopped:  # the page interrupted the handler (Stop): answered as a cancelled event
            event.cancelled = True
        except WireError as error:  # an output JSON cannot carry: this event fails, not the stream
            session.post(unsendable(event.event_id, error))
        except Exception as error:
            session.post(failure_message(self.blocks, event.dep, event.event_id, error))

    async def _process_batch(self, batch: list[Event]) -> None:
        for event in batch:
            event.session.post(messages.process_starts(event.event_id))
        dep = batch[0].dep
        try:
            outputs = await execute_batch(
                self.blocks, dep, [e.data for e in batch], [self._call_context(e) for e in batch]
            )
        except Exception as error:
            for event in batch:
                event.session.post(failure_message(self.blocks, dep, event.event_id, error))
            return
        for event, output in zip(batch, outputs):
            try:
                event.session.post(messages.process_completed(event.event_id, output))
            except WireError as error:
                event.session.post(unsendable(event.event_id, error))

    def _finish(self, event: Event) -> None:
        session = event.session
        if event.cancelled:
            session.post(messages.process_cancelled(event.event_id))
        session.pending_events.discard(event.event_id)
        if not session.pending_events:
            session.post(messages.close_stream())

    def cancel(self, session_hash: str, event_id: str) -> bool:
        """Drop a waiting event, or stop a running one (a generator at its next yield, an async
        handler at its next await). Returns whether the event was found."""
        for event in self._waiting:
            if event.event_id == event_id and event.session.session_hash == session_hash:
                self._waiting.remove(event)
                event.cancelled = True
                self._finish(event)
                return True
        active = self._active.get(event_id)
        if active is None or active[0].session.session_hash != session_hash:
            return False
        event, task = active
        event.cancelled = True
        if not event.dep.batch and not is_generator_function(event.dep.fn):
            task.cancel()  # a generator stops by itself at its next yield, keeping what it sent
        return True

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
            await out.message(messages.session_not_found())
            await out.end()
            return
        if await session.stream(out, receive, keep_open=keep_open) and keep_open:
            # The page's lifelong stream is gone: the page is. Its States' delete_callbacks run.
            self.end_session(session)

    def end_session(self, session: Session) -> None:
        """Forget a session: drop its waiting events and undelivered messages, end its stream and
        release its State values. (An event already running finishes; what it posts is dropped.)"""
        for event in [e for e in self._waiting if e.session is session]:
            self._waiting.remove(event)
        session.close()
        states = [block for block in self.blocks.blocks.values() if isinstance(block, State)]
        session.state.close(states)
        if self.sessions.get(session.session_hash) is session:
            del self.sessions[session.session_hash]


def unsendable(event_id: str, error: WireError) -> messages.ProcessCompleted:
    """The failure of an event whose output cannot be sent as JSON (always with the reason: it is
    the app's bug, like an inconsistent listener)."""
    return messages.process_failed(
        event_id, messages.error_output(f"The output could not be sent: {error}.")
    )
