"""Run a coroutine to completion from synchronous code (`demo(...)`, tests), wherever it runs.

Inside Pyodide, where the browser's loop cannot be blocked on, `new_event_loop()` gives a small
loop that sleeps instead of polling sockets: in-process calls do no I/O, so nothing else is needed.

With no event loop running (a script on CPython) a private loop runs it. Inside a running loop (a
handler in the browser calling `demo(...)`), the coroutine is stepped by hand: that works as long as
it never waits on I/O or timers, which holds for sync handlers and sync generators; otherwise the
caller gets a clear error instead of a deadlock.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


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


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    # Pyodide's browser loop always counts as running; what matters is whether a task is on the
    # stack right now (a handler calling demo()) or not (the app's top level, a test).
    if loop is None or (sys.platform == "emscripten" and asyncio.current_task(loop) is None):
        loop = new_event_loop()
        try:
            return loop.run_until_complete(coroutine)
        finally:
            loop.close()
    while True:
        try:
            waiting = coroutine.send(None)
        except StopIteration as finished:
            return finished.value
        if waiting is not None:  # a real wait (not asyncio.sleep(0)): cannot block here
            coroutine.close()
            raise RuntimeError(
                "demo(...) was called inside a running event loop on an event that waits "
                "(an async handler): await the handler itself instead"
            )
