"""Gradio's wire messages, each written once: a TypedDict for its shape and a constructor.

The queue's SSE stream (`queue/data`) carries these `msg` objects; the JSON answers of a few routes
(join, cancel, errors) are here too. Every other module builds them through these constructors,
so a field is added in one place. The page's side is `protocol/gradio.ts`; a test compares the two
(tests/node/protocol.test.mjs), so a field added on one side only fails the suite.

This module imports nothing from the library: anything may use it. (No `from __future__ import
annotations`: the TypedDicts' NotRequired keys must be visible at run time.)
"""

from typing import Any, Literal, NotRequired, TypedDict

# -- the payloads inside messages ----------------------------------------------------------------


class EventOutput(TypedDict):
    """The `output` of process_generating / process_completed, and the body of `/run`."""

    data: list[Any]
    is_generating: bool
    duration: float
    average_duration: float | None
    render_config: Any
    changed_state_ids: list[int]
    used_cache: bool | None


class ErrorOutput(TypedDict):
    """The `output` of a failed event; the message only for `gr.Error` or with `show_error`."""

    error: str | None
    duration: NotRequired[float | None]
    visible: NotRequired[bool]
    title: NotRequired[str | None]


class ProgressUnit(TypedDict):
    """One level of `gr.Progress` (Gradio nests tqdm bars as a list of these)."""

    index: int | None
    length: int | None
    unit: str
    progress: float | None
    desc: str | None


# -- queue messages (SSE `data:` frames on queue/data) --------------------------------------------


class Estimation(TypedDict):
    msg: Literal["estimation"]
    event_id: str | None
    rank: int | None
    queue_size: int
    rank_eta: float | None


class ProcessStarts(TypedDict):
    msg: Literal["process_starts"]
    event_id: str
    eta: float | None


class Progress(TypedDict):
    msg: Literal["progress"]
    event_id: str
    progress_data: list[ProgressUnit]


class ProcessGenerating(TypedDict):
    msg: Literal["process_generating"]
    event_id: str
    output: EventOutput
    success: bool
    time_limit: float | None


class ProcessCompleted(TypedDict):
    msg: Literal["process_completed"]
    event_id: str
    output: EventOutput | ErrorOutput | dict[str, Any]
    success: bool
    title: NotRequired[str | None]
    used_cache: NotRequired[bool | None]
    cache_duration: NotRequired[float | None]
    avg_time: NotRequired[float | None]


LogLevel = Literal["info", "warning", "success"]


class Log(TypedDict):
    msg: Literal["log"]
    event_id: str
    log: str
    level: LogLevel
    duration: float | None
    visible: bool
    title: str


class Heartbeat(TypedDict):
    msg: Literal["heartbeat"]
    event_id: None


class CloseStream(TypedDict):
    msg: Literal["close_stream"]
    event_id: None


class UnexpectedError(TypedDict):
    msg: Literal["unexpected_error"]
    event_id: str | None
    message: str
    session_not_found: NotRequired[bool]
    success: bool


QueueMessage = (
    Estimation
    | ProcessStarts
    | Progress
    | ProcessGenerating
    | ProcessCompleted
    | Log
    | Heartbeat
    | CloseStream
    | UnexpectedError
)

#: Every queue message shape, by its `msg` value (the protocol test reads this).
QUEUE_MESSAGES: dict[str, type] = {
    "estimation": Estimation,
    "process_starts": ProcessStarts,
    "progress": Progress,
    "process_generating": ProcessGenerating,
    "process_completed": ProcessCompleted,
    "log": Log,
    "heartbeat": Heartbeat,
    "close_stream": CloseStream,
    "unexpected_error": UnexpectedError,
}


def estimation(
    event_id: str | None, rank: int | None, queue_size: int, rank_eta: float | None = None
) -> Estimation:
    """An event's place in the queue (also the answer of `queue/status`)."""
    return {
        "msg": "estimation",
        "event_id": event_id,
        "rank": rank,
        "queue_size": queue_size,
        "rank_eta": rank_eta,
    }


def process_starts(event_id: str, eta: float | None = None) -> ProcessStarts:
    return {"msg": "process_starts", "event_id": event_id, "eta": eta}


def progress_unit(
    index: int | None, length: int | None, unit: str, progress: float | None, desc: str | None
) -> ProgressUnit:
    return {"index": index, "length": length, "unit": unit, "progress": progress, "desc": desc}


def progress(event_id: str, units: list[ProgressUnit]) -> Progress:
    return {"msg": "progress", "event_id": event_id, "progress_data": units}


def event_output(
    data: list[Any], changed_state_ids: list[int], duration: float, *, generating: bool
) -> EventOutput:
    return {
        "data": data,
        "is_generating": generating,
        "duration": duration,
        "average_duration": None,
        "render_config": None,
        "changed_state_ids": changed_state_ids,
        "used_cache": None,
    }


def error_output(
    error: str | None,
    *,
    duration: float | None = None,
    visible: bool = True,
    title: str | None = None,
    detailed: bool = False,
) -> ErrorOutput:
    """A failure's output; `detailed` (a `gr.Error`) adds how the toast shows."""
    if not detailed:
        return {"error": error}
    return {"error": error, "duration": duration, "visible": visible, "title": title}


def process_generating(event_id: str, output: EventOutput) -> ProcessGenerating:
    """One yield of a generator (the first with full values, later ones as diffs)."""
    return {
        "msg": "process_generating",
        "event_id": event_id,
        "output": output,
        "success": True,
        "time_limit": None,
    }


def process_completed(event_id: str, output: EventOutput) -> ProcessCompleted:
    """An event's final output."""
    return {
        "msg": "process_completed",
        "event_id": event_id,
        "output": output,
        "success": True,
        "title": None,
        "used_cache": None,
        "cache_duration": None,
        "avg_time": None,
    }


def process_failed(event_id: str, output: ErrorOutput) -> ProcessCompleted:
    """An event that raised: Gradio's process_completed with `success: false`."""
    return {
        "msg": "process_completed",
        "event_id": event_id,
        "output": output,
        "success": False,
        "title": output.get("title"),
    }


def process_cancelled(event_id: str) -> ProcessCompleted:
    """What Gradio sends for a cancelled event, so its client finishes it."""
    return {"msg": "process_completed", "event_id": event_id, "output": {}, "success": True}


def log(
    event_id: str,
    message: str,
    level: LogLevel,
    duration: float | None,
    visible: bool,
    title: str,
) -> Log:
    """A `gr.Info` / `gr.Warning` / `gr.Success` toast."""
    return {
        "msg": "log",
        "event_id": event_id,
        "log": message,
        "level": level,
        "duration": duration,
        "visible": visible,
        "title": title,
    }


def heartbeat() -> Heartbeat:
    return {"msg": "heartbeat", "event_id": None}


def close_stream() -> CloseStream:
    """The session has no pending events: a stream opened without keep_open ends here."""
    return {"msg": "close_stream", "event_id": None}


def session_not_found() -> UnexpectedError:
    return {
        "msg": "unexpected_error",
        "event_id": None,
        "message": "Session not found.",
        "session_not_found": True,
        "success": False,
    }


# -- JSON answers of routes ----------------------------------------------------------------------


class JoinResponse(TypedDict):
    event_id: str


class SuccessAnswer(TypedDict):
    success: bool


class ErrorResponse(TypedDict):
    detail: str


def join_answer(event_id: str) -> JoinResponse:
    return {"event_id": event_id}


def success_answer() -> SuccessAnswer:
    return {"success": True}


def error_answer(detail: str) -> ErrorResponse:
    """The body of every 4xx/5xx answer (FastAPI's shape, which Gradio's clients read)."""
    return {"detail": detail}


# -- files ---------------------------------------------------------------------------------------


class FileDataMeta(TypedDict):
    _type: Literal["gradio.FileData"]


class FileDataDict(TypedDict):
    """A file on the wire (files/file_data.py builds them): the server path and how to load it."""

    path: str
    url: NotRequired[str | None]
    size: NotRequired[int | None]
    orig_name: NotRequired[str | None]
    mime_type: NotRequired[str | None]
    is_stream: bool
    meta: NotRequired[FileDataMeta]


class UploadProgressMessage(TypedDict):
    """A `data:` frame of `upload_progress?upload_id=`: bytes received since the last update."""

    msg: Literal["update", "done", "heartbeat"]
    orig_name: NotRequired[str]
    chunk_size: NotRequired[int]


def upload_update(orig_name: str, chunk_size: int) -> UploadProgressMessage:
    return {"msg": "update", "orig_name": orig_name, "chunk_size": chunk_size}


def upload_done() -> UploadProgressMessage:
    return {"msg": "done"}


def upload_heartbeat() -> UploadProgressMessage:
    return {"msg": "heartbeat"}


#: The payload shapes the page reads too, by the name protocol/gradio.ts gives them.
PAYLOADS: dict[str, type] = {
    "EventOutput": EventOutput,
    "ErrorOutput": ErrorOutput,
    "ProgressUnit": ProgressUnit,
    "JoinResponse": JoinResponse,
    "ErrorResponse": ErrorResponse,
    "FileData": FileDataDict,
    "UploadProgressMessage": UploadProgressMessage,
}
