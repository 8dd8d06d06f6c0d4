"""Exceptions a handler raises on purpose, and how any exception is reported to the page."""

from __future__ import annotations

from .server.messages import ErrorOutput, error_output


class Error(Exception):
    """Raise in a handler to stop it and show `message` in an error toast (always, not only with
    `show_error`). `duration` is in seconds (None keeps the toast until closed)."""

    def __init__(
        self,
        message: str = "Error raised.",
        duration: float | None = 10,
        visible: bool = True,
        title: str = "Error",
        print_exception: bool = True,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.duration = duration
        self.visible = visible
        self.title = title
        self.print_exception = print_exception

    def __str__(self) -> str:
        return repr(self.message)


def error_payload(error: BaseException, show_error: bool) -> ErrorOutput:
    """The `output` of a failed event: the message only for `Error` or when `show_error` is on."""
    if isinstance(error, Error):
        return error_output(
            error.message,
            duration=error.duration,
            visible=error.visible,
            title=error.title,
            detailed=True,
        )
    return error_output((str(error) or type(error).__name__) if show_error else None)
