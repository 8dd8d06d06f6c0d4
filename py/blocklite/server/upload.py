"""`POST /gradio_api/upload` and `GET /gradio_api/upload_progress`: files from page to app.

The upload's body streams through multipart.py into files of the app's cache folder
(files/cache.py), one chunk at a time; a file past `max_file_size` stops the upload at once with
Gradio's 413 and message, and everything this upload wrote so far is deleted (nothing
half-written is left for a later request to find). The answer is Gradio's: a JSON list of the
stored paths, in order.

With `?upload_id=`, progress is reported on `upload_progress?upload_id=` as Gradio does: `update`
messages carrying the bytes received since the last one, then `done`. Between chunks the upload
yields to the event loop, so that stream (another request) is written while the upload runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..files.cache import FileCache
from .http import ClientDisconnected, EventStream, HTTPError, Request
from .messages import upload_done, upload_heartbeat, upload_update
from .multipart import MultipartError, MultipartReader, PartData, PartEnd, PartStart, boundary_of

FIELD = "files"
#: How long the progress route waits for an upload id to appear (Gradio waits 3 s).
TRACK_WAIT = 3.0
HEARTBEAT = 15.0


@dataclass
class _Tracker:
    #: (file name, bytes since the last report) not yet reported, oldest first.
    pending: list[tuple[str, int]] = field(default_factory=list)
    done: bool = False
    changed: asyncio.Event = field(default_factory=asyncio.Event)


class UploadProgress:
    """Progress of the uploads that asked for it (`upload_id`), for the progress stream."""

    def __init__(self) -> None:
        self._trackers: dict[str, _Tracker] = {}
        self._appeared: dict[str, asyncio.Event] = {}

    def track(self, upload_id: str) -> None:
        self._trackers.setdefault(upload_id, _Tracker())
        self._appeared.setdefault(upload_id, asyncio.Event()).set()

    def update(self, upload_id: str, name: str, size: int) -> None:
        tracker = self._trackers.get(upload_id)
        if tracker is None:
            return
        if tracker.pending and tracker.pending[-1][0] == name:
            tracker.pending[-1] = (name, tracker.pending[-1][1] + size)
        else:
            tracker.pending.append((name, size))
        tracker.changed.set()

    def finish(self, upload_id: str) -> None:
        tracker = self._trackers.get(upload_id)
        if tracker is not None:
            tracker.done = True
            tracker.changed.set()

    async def stream(self, upload_id: str, events: EventStream) -> None:
        """The progress route's body; 404 if no upload with this id starts within TRACK_WAIT."""
        appeared = self._appeared.setdefault(upload_id, asyncio.Event())
        try:
            await asyncio.wait_for(appeared.wait(), TRACK_WAIT)
        except TimeoutError:
            self._appeared.pop(upload_id, None)
            raise HTTPError(404, "Upload not found") from None
        tracker = self._trackers[upload_id]
        await events.start()
        last_beat = time.monotonic()
        try:
            while True:
                while tracker.pending:
                    name, size = tracker.pending.pop(0)
                    await events.message(upload_update(name, size))
                if tracker.done:
                    await events.message(upload_done())
                    return
                tracker.changed.clear()
                try:
                    await asyncio.wait_for(tracker.changed.wait(), HEARTBEAT)
                except TimeoutError:
                    if time.monotonic() - last_beat >= HEARTBEAT:
                        await events.message(upload_heartbeat())
                        last_beat = time.monotonic()
        finally:
            await events.end()
            self._trackers.pop(upload_id, None)
            self._appeared.pop(upload_id, None)


async def receive_upload(
    request: Request,
    cache: FileCache,
    max_file_size: int | None,
    progress: UploadProgress,
) -> list[str]:
    """Store every `files` part of the body in the cache; the stored paths, in order."""
    content_type = request.headers.get("content-type", "")
    if content_type.split(";")[0].strip().lower() != "multipart/form-data":
        raise HTTPError(400, "Invalid content type.")
    try:
        reader = MultipartReader(boundary_of(content_type))
    except MultipartError as error:
        raise HTTPError(400, str(error), plain=True) from None
    upload_id = request.query.get("upload_id") or None
    if upload_id:
        progress.track(upload_id)
    stored: list[str] = []
    written: list[Path] = []
    target: IO[bytes] | None = None
    name = ""
    size = 0
    declared = request.headers.get("content-length", "")
    body_left = int(declared) if declared.isdigit() else 0
    try:
        async for chunk in request.stream():
            body_left -= len(chunk)
            for event in reader.feed(chunk):
                if isinstance(event, PartStart):
                    part = event.part
                    if part.name != FIELD:
                        continue  # another field: read past it, as Gradio does
                    if part.filename is None:
                        raise HTTPError(
                            400, f"Each {FIELD!r} part must be a file upload.", plain=True
                        )
                    name = part.filename or "file"
                    path = cache.new_upload(name)
                    written.append(path)
                    target = open(path, "wb")  # noqa: SIM115 (closed at PartEnd or below)
                    _reserve(target, body_left, max_file_size)
                    size = 0
                elif isinstance(event, PartData) and target is not None:
                    size += len(event.data)
                    if max_file_size is not None and size > max_file_size:
                        raise HTTPError(
                            413,
                            f"File size exceeded maximum allowed size of {max_file_size} bytes.",
                            plain=True,
                        )
                    target.write(event.data)
                    if upload_id:
                        progress.update(upload_id, name, len(event.data))
                elif isinstance(event, PartEnd) and target is not None:
                    target.truncate(size)
                    target.close()
                    target = None
                    stored.append(str(written[-1]))
            if upload_id:
                await asyncio.sleep(0)  # let the progress stream report this chunk
        reader.close()
    except MultipartError as error:
        _discard(target, written)
        raise HTTPError(400, str(error), plain=True) from None
    except (HTTPError, ClientDisconnected, OSError):
        _discard(target, written)
        raise
    finally:
        if upload_id:
            progress.finish(upload_id)
    return stored


def _reserve(target: IO[bytes], left: int, max_file_size: int | None) -> None:
    """Size the file for the rest of the body up front (cut to its real size at its end).

    The browser's in-memory filesystem grows a file by an eighth at a time, copying it each time:
    a 50 MB upload written in 1 MB pieces would copy ~8 times its size. One reservation avoids
    that (a real disk gets a sparse file, also cheap)."""
    if left > (1 << 20):
        target.truncate(min(left, max_file_size + 1) if max_file_size is not None else left)
        target.seek(0)


def _discard(target: IO[bytes] | None, written: list[Path]) -> None:
    """Remove what a failed upload wrote: a later request must never find half a file."""
    if target is not None:
        target.close()
    for path in written:
        with contextlib.suppress(OSError):
            path.unlink()
        with contextlib.suppress(OSError):
            path.parent.rmdir()
