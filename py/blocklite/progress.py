"""`gr.Progress`: a handler parameter (`progress=gr.Progress()`) that reports how far it got.

Each report becomes a `progress` message on the session's stream, which the page draws as a bar
over the event's outputs. `progress.tqdm(iterable)` reports once per item; reports closer together
than 50 ms are merged (the last one always goes out), so a tight loop does not flood the page.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from .context import current_event
from .server import messages

T = TypeVar("T")

MIN_INTERVAL = 0.05


class Progress:
    """Declare `progress=gr.Progress()` in a handler's signature to receive one."""

    def __init__(self, track_tqdm: bool = False) -> None:
        self.track_tqdm = track_tqdm
        self._last_post = 0.0

    def __call__(
        self,
        progress: float | tuple[int, int | None] | None,
        desc: str | None = None,
        total: int | None = None,
        unit: str = "steps",
        _tqdm: Any = None,
    ) -> float | tuple[int, int | None] | None:
        """Report `progress` as a fraction (0-1), as `(done, total)`, or None (indeterminate)."""
        if isinstance(progress, tuple):
            index, length = progress
            self._post(index, length, None, desc, unit, force=True)
        else:
            self._post(None, total, progress, desc, unit, force=True)
        return progress

    def tqdm(
        self,
        iterable: Iterable[T],
        desc: str | None = None,
        total: int | None = None,
        unit: str = "steps",
        _tqdm: Any = None,
    ) -> Iterator[T]:
        """Wrap an iterable: report after each item."""
        length = total if total is not None else _length(iterable)
        self._post(0, length, None, desc, unit, force=True)
        index = 0
        for index, item in enumerate(iterable, start=1):
            yield item
            self._post(index, length, None, desc, unit, force=index == length)

    def _post(
        self,
        index: int | None,
        length: int | None,
        fraction: float | None,
        desc: str | None,
        unit: str,
        *,
        force: bool,
    ) -> None:
        event = current_event.get()
        if event is None:
            return  # called outside a handler (e.g. a direct call): nothing to show
        now = time.monotonic()
        if not force and now - self._last_post < MIN_INTERVAL:
            return
        self._last_post = now
        unit_data = messages.progress_unit(index, length, unit, fraction, desc)
        event.post(messages.progress(event.event_id, [unit_data]))


def _length(iterable: Iterable[Any]) -> int | None:
    try:
        return len(iterable)  # type: ignore[arg-type]
    except TypeError:
        return None
