"""Which Blocks a run of app code built and launched: how the bridge finds the app to serve.

The worker serves "the Blocks that called launch(), else the last Blocks created" by the app's code.
The bridge runs that code inside `collect()`; every Blocks records itself into the open collection
when it is created and when it calls launch(). Outside a collection nothing is recorded (a script
on CPython, a test), and a collection holds at most the last created and the last launched Blocks
while it is open and only the one it chose once closed: nothing here keeps alive a Blocks that its
code let go.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Blocks


class AppRun:
    """One run of app code: the Blocks it built and launched, and, once over, the one to serve."""

    def __init__(self) -> None:
        self._last_created: Blocks | None = None
        self._last_launched: Blocks | None = None
        self.app: Blocks | None = None
        self.closed = False

    def created(self, blocks: Blocks) -> None:
        if not self.closed:
            self._last_created = blocks

    def launched(self, blocks: Blocks) -> None:
        if not self.closed:
            self._last_launched = blocks

    def chosen(self) -> Blocks | None:
        """The Blocks that called launch() last, else the last one created, else None."""
        if self._last_launched is not None:
            return self._last_launched
        return self._last_created

    def close(self) -> None:
        """Stop recording and keep only the chosen app (in `app`)."""
        self.app = self.chosen()
        self._last_created = self._last_launched = None
        self.closed = True


#: The collections open right now, innermost last (the bridge opens one per run_app call).
_open_runs: list[AppRun] = []


@contextmanager
def collect() -> Iterator[AppRun]:
    """Record the Blocks created and launched inside the `with` body; `run.app` afterwards."""
    run = AppRun()
    _open_runs.append(run)
    try:
        yield run
    finally:
        _open_runs.remove(run)
        run.close()


def record_created(blocks: Blocks) -> None:
    """Called by every new Blocks."""
    if _open_runs:
        _open_runs[-1].created(blocks)


def record_launched(blocks: Blocks) -> None:
    """Called by `Blocks.launch()`."""
    if _open_runs:
        _open_runs[-1].launched(blocks)
