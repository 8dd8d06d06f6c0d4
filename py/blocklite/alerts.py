"""`gr.Info`, `gr.Warning`, `gr.Success`: toasts shown while the handler goes on.

(`gr.Error`, which stops the handler, is an exception: see errors.py.) Outside a handler there is no
page to show them on, so they print to stderr.
"""

from __future__ import annotations

import sys

from .context import current_event
from .server import messages


def _alert(
    level: messages.LogLevel, message: str, duration: float | None, visible: bool, title: str
) -> None:
    event = current_event.get()
    if event is None:
        print(f"blocklite {title}: {message}", file=sys.stderr)
        return
    event.post(messages.log(event.event_id, message, level, duration, visible, title))


def Info(
    message: str = "Info issued.",
    duration: float | None = 10,
    visible: bool = True,
    title: str = "Info",
) -> None:
    """Show an info toast; the handler keeps running."""
    _alert("info", message, duration, visible, title)


def Warning(
    message: str = "Warning issued.",
    duration: float | None = 10,
    visible: bool = True,
    title: str = "Warning",
) -> None:
    """Show a warning toast; the handler keeps running."""
    _alert("warning", message, duration, visible, title)


def Success(
    message: str = "Success.",
    duration: float | None = 10,
    visible: bool = True,
    title: str = "Success",
) -> None:
    """Show a success toast; the handler keeps running."""
    _alert("success", message, duration, visible, title)
