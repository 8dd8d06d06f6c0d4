"""The event being processed, for code that runs inside a handler (`gr.Info`, `gr.Warning`).

A context variable, so it follows the handler through awaits and generator steps and never leaks
into another session's event.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .server.messages import QueueMessage


@dataclass
class EventContext:
    """What a running handler may report to: its event id and a way to post a message."""

    event_id: str
    post: Callable[[QueueMessage], None]


current_event: ContextVar[EventContext | None] = ContextVar("blocklite_event", default=None)
