"""The stretch of time in which the user's own handler code runs, marked for whoever watches it.

Why it exists: in the browser, Python runs on the worker's only thread, so a sync handler stuck in
`while True:` blocks everything, and the page can stop it only by interrupting Python (Pyodide's
interrupt buffer, which raises a signal at the next bytecode check). That interrupt must land in the
handler and nowhere else: stopping server code between events would break the queue for every
session. So the calls into user code (processing.call_function, and each step of the generator or
coroutine it returns) run inside `running()`, which tells the installed `Watcher` when a handler
starts and ends, and the SIGINT handler installed here raises `Stopped` only while a handler runs
and the watcher says this very run was asked to stop; a stray signal is ignored.

On CPython nothing is installed: `running()` is a no-op and signals keep Python's defaults.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Coroutine, Generator, Iterator
from dataclasses import dataclass
from typing import Any

from .context import current_event


class Stopped(Exception):
    """The handler was stopped from the page (a Stop button, `cancels=`) while it was running."""


@dataclass
class Watcher:
    """What the browser's worker gives (py/blocklite/browser/bridge.py installs it)."""

    #: A handler of this event starts running; returns the run's number.
    enter: Callable[[str], int]
    #: The run with this number is over (returned, raised, or paused at a yield or await).
    leave: Callable[[int], None]
    #: Whether the page asked to stop the run with this number.
    stop_requested: Callable[[int], bool]


_watcher: Watcher | None = None
#: The run in progress (0: none), as numbered by the watcher.
_run = 0


def install(watcher: Watcher | None) -> None:
    """Start (or, with None, stop) reporting handler runs and honouring interrupts."""
    global _watcher
    _watcher = watcher
    if watcher is not None:
        signal.signal(signal.SIGINT, _on_interrupt)


def _on_interrupt(signum: int, frame: object) -> None:
    """SIGINT from the page: stop the running handler if it is the one the page meant."""
    watcher = _watcher
    if _run and watcher is not None and watcher.stop_requested(_run):
        raise Stopped("The event was stopped while its function was running.")
    # Otherwise the flag came too late (the handler had already returned): ignore it.


@contextlib.contextmanager
def running() -> Iterator[None]:
    """Mark the code inside as the user's handler of the current event."""
    global _run
    watcher = _watcher
    if watcher is None:
        yield
        return
    context = current_event.get()
    outer = _run
    _run = watcher.enter(context.event_id if context is not None else "")
    try:
        yield
    finally:
        ended, _run = _run, outer
        watcher.leave(ended)


def watched(result: Any) -> Any:
    """A handler's result whose later steps (a generator's items, a coroutine's steps) also run
    inside `running()`; anything else is returned as it is."""
    if _watcher is None:
        return result
    if isinstance(result, Generator):
        return _watched_generator(result)
    if isinstance(result, Coroutine):
        return _watched_coroutine(result)
    return result


def _watched_generator(gen: Generator[Any, Any, Any]) -> Generator[Any, Any, Any]:
    try:
        sent: Any = None
        while True:
            with running():
                try:
                    item = gen.send(sent)
                except StopIteration as finished:
                    return finished.value
            sent = yield item
    finally:
        gen.close()


async def _watched_coroutine(coro: Coroutine[Any, Any, Any]) -> Any:
    return await _Steps(coro)


class _Steps:
    """Awaitable that steps a coroutine, each step inside `running()`."""

    def __init__(self, coro: Coroutine[Any, Any, Any]) -> None:
        self._coro = coro

    def __await__(self) -> Generator[Any, Any, Any]:
        coro = self._coro
        value: Any = None
        error: BaseException | None = None
        while True:
            with running():
                try:
                    waiting = coro.send(value) if error is None else coro.throw(error)
                except StopIteration as finished:
                    return finished.value
            try:
                value, error = (yield waiting), None
            except BaseException as raised:  # cancellation and the like go into the coroutine
                value, error = None, raised
