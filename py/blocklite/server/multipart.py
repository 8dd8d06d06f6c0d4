"""A streaming `multipart/form-data` reader: what `POST /gradio_api/upload` receives.

Why our own: the body of an upload arrives in chunks (the browser bridge hands Python one
megabyte at a time, so a 50 MB file never sits in Python's memory whole) and each file part must go
straight to its file. The stdlib's `email` parser needs the whole message in memory, and
`python-multipart` would be a second wheel in every app's boot for one route. Form data from a
browser or Gradio's clients is a small subset of MIME: parts separated by a boundary, each with a
`Content-Disposition: form-data; name=...; filename=...` header. That subset is what this reads;
anything else is a MultipartError (the route answers 400 with its message).

`feed(chunk)` yields events as soon as they are known: `PartStart(part)`, `PartData(bytes)`,
`PartEnd()`. Data is passed on as it comes, holding back only as many bytes as could be the
start of the next boundary.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message

MAX_HEADER_BYTES = 16 * 1024
MAX_PARTS = 1000


class MultipartError(ValueError):
    """The body is not form data this route can read (the message says why)."""


@dataclass
class Part:
    """One form field: its name, the file name if it is a file, its content type."""

    name: str
    filename: str | None
    content_type: str | None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class PartStart:
    part: Part


@dataclass
class PartData:
    data: bytes


@dataclass
class PartEnd:
    pass


Event = PartStart | PartData | PartEnd


def boundary_of(content_type: str) -> bytes:
    """The boundary of a `multipart/form-data; boundary=...` header; MultipartError if absent."""
    message = Message()
    message["content-type"] = content_type
    if message.get_content_type() != "multipart/form-data":
        raise MultipartError("Invalid content type: expected multipart/form-data.")
    boundary = message.get_param("boundary")
    if not isinstance(boundary, str) or not 0 < len(boundary) <= 200:
        raise MultipartError("Missing boundary in multipart.")
    return boundary.encode("latin-1")


def _parse_headers(block: bytes) -> Part:
    headers: dict[str, str] = {}
    for line in block.decode("utf-8", "replace").split("\r\n"):
        if not line:
            continue
        name, colon, value = line.partition(":")
        if not colon:
            raise MultipartError(f"Malformed part header: {line[:80]!r}")
        headers[name.strip().lower()] = value.strip()
    disposition = headers.get("content-disposition")
    if disposition is None:
        raise MultipartError("A part has no Content-Disposition header.")
    message = Message()
    message["content-disposition"] = disposition
    name = message.get_param("name", header="content-disposition")
    filename = message.get_param("filename", header="content-disposition")
    if not isinstance(name, str):
        raise MultipartError("A part's Content-Disposition has no field name.")
    return Part(
        name=name,
        filename=filename if isinstance(filename, str) else None,
        content_type=headers.get("content-type"),
        headers=headers,
    )


class MultipartReader:
    """Push-style reader: `feed()` each body chunk, then `close()` (module docstring)."""

    def __init__(self, boundary: bytes) -> None:
        self._first = b"--" + boundary
        self._delimiter = b"\r\n--" + boundary
        self._buffer = bytearray()
        self._state = "preamble"  # → headers → body → after → (headers | done)
        self._parts = 0

    def feed(self, chunk: bytes) -> Iterator[Event]:
        self._buffer += chunk
        while True:
            step = getattr(self, f"_{self._state}")()
            if step is None:
                return
            if step is not True:
                yield step

    def close(self) -> None:
        if self._state != "done":
            raise MultipartError("The form data ended before its closing boundary.")

    # Each state method returns an event, True (state changed, nothing to report) or None (needs
    # more bytes).

    def _preamble(self) -> Event | bool | None:
        at = self._buffer.find(self._first)
        if at < 0:
            if len(self._buffer) > MAX_HEADER_BYTES:
                raise MultipartError("No multipart boundary found at the start of the body.")
            return None
        del self._buffer[: at + len(self._first)]
        self._state = "after"
        return True

    def _after(self) -> Event | bool | None:
        if len(self._buffer) < 2:
            return None
        if self._buffer[:2] == b"--":
            self._state = "done"
            self._buffer.clear()
            return True
        if self._buffer[:2] != b"\r\n":
            raise MultipartError("Malformed multipart boundary line.")
        del self._buffer[:2]
        self._state = "headers"
        return True

    def _headers(self) -> Event | bool | None:
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            if len(self._buffer) > MAX_HEADER_BYTES:
                raise MultipartError(
                    f"Headers exceeded maximum allowed size of {MAX_HEADER_BYTES} bytes."
                )
            return None
        self._parts += 1
        if self._parts > MAX_PARTS:
            raise MultipartError(f"Too many parts: at most {MAX_PARTS} are read.")
        part = _parse_headers(bytes(self._buffer[:end]))
        del self._buffer[: end + 4]
        self._state = "body"
        return PartStart(part)

    def _body(self) -> Event | bool | None:
        at = self._buffer.find(self._delimiter)
        if at >= 0:
            with memoryview(self._buffer) as view:
                data = bytes(view[:at])
            del self._buffer[: at + len(self._delimiter)]
            self._state = "end"
            return PartData(data) if data else True
        # Keep what could be the beginning of the delimiter; pass the rest on now.
        safe = len(self._buffer) - len(self._delimiter) + 1
        if safe <= 0:
            return None
        with memoryview(self._buffer) as view:
            data = bytes(view[:safe])  # one copy (a bytearray slice would be a second)
        del self._buffer[:safe]
        return PartData(data)

    def _end(self) -> Event | bool | None:
        self._state = "after"
        return PartEnd()

    def _done(self) -> Event | bool | None:
        self._buffer.clear()  # the epilogue is ignored
        return None
