"""`GET`/`HEAD /gradio_api/file=PATH`: send one file the app may serve (files/cache.py decides).

Gradio's rules for the answer: media types that cannot run script in the page (images, audio,
video, plain text, JSON) go out inline with their type; anything else (HTML, SVG, JavaScript...)
as an `application/octet-stream` attachment, unless the author listed it in `allowed_paths`.
Range requests get a 206 with one byte range, so audio and video can seek; the body leaves in
chunks, so a large file never sits in memory twice.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from ..files.cache import FileCache, InvalidPathError, mime_type_of
from .http import HTTPError, Request, send_bytes
from .types import Send

CHUNK = 1 << 20

#: Types a browser shows without running anything (Gradio's list).
INLINE_SAFE_TYPES = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/webp",
        "audio/aac",
        "audio/aiff",
        "audio/flac",
        "audio/mp4",
        "audio/mpeg",
        "audio/ogg",
        "audio/wav",
        "audio/webm",
        "audio/x-aiff",
        "audio/x-flac",
        "audio/x-m4a",
        "audio/x-matroska",
        "audio/x-wav",
        "video/mp4",
        "video/mpeg",
        "video/ogg",
        "video/quicktime",
        "video/webm",
        "video/x-matroska",
        "video/x-msvideo",
        "text/plain",
        "application/json",
    }
)


def content_disposition(kind: str, name: str) -> str:
    """`inline` or `attachment` with the file's name, written as Gradio's server writes it: the
    plain name when it is URL-safe, else only the RFC 5987 `filename*` form."""
    quoted = quote(name)
    if quoted != name:
        return f"{kind}; filename*=utf-8''{quoted}"
    return f'{kind}; filename="{name}"'


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """One `bytes=` range as (start, end inclusive); None to send the whole file (no range, or
    several: a server may ignore those); RangeNotSatisfiable if it cannot be satisfied."""
    if not header.startswith("bytes="):
        return None
    spec = header[len("bytes=") :].strip()
    if "," in spec:
        return None
    first, dash, last = spec.partition("-")
    first, last = first.strip(), last.strip()
    if not dash or not (first.isdigit() or last.isdigit()) or (first and not first.isdigit()):
        return None
    if last and not last.isdigit():
        return None
    if first:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
    else:  # the last N bytes
        start = max(size - int(last), 0)
        end = size - 1
    if start >= size or start > end:
        raise RangeNotSatisfiable
    return start, end


class RangeNotSatisfiable(Exception):
    """The Range asks for bytes the file does not have (answered 416 with its size)."""


async def send_file(request: Request, send: Send, cache: FileCache, requested: str) -> None:
    """Answer the file route for `requested` (the path after `file=`, URL-decoded)."""
    try:
        path, reason = cache.servable(requested)
    except InvalidPathError as error:
        raise HTTPError(403, str(error)) from None
    mime = mime_type_of(path)
    if mime in INLINE_SAFE_TYPES or reason != "created":
        media_type, kind = mime or "application/octet-stream", "inline"
    else:
        media_type, kind = "application/octet-stream", "attachment"
    size = path.stat().st_size
    try:
        span = parse_range(request.headers.get("range", ""), size)
    except RangeNotSatisfiable:
        headers = [(b"content-range", f"bytes */{size}".encode())]
        await send_bytes(send, 416, b"", "text/plain; charset=utf-8", headers)
        return
    start, end = span if span is not None else (0, size - 1)
    headers = [
        (b"content-type", media_type.encode()),
        (b"content-disposition", content_disposition(kind, path.name).encode()),
        (b"accept-ranges", b"bytes"),
        (b"content-length", str(max(end - start + 1, 0)).encode()),
        (b"x-content-type-options", b"nosniff"),
    ]
    status = 200
    if span is not None:
        status = 206
        headers.append((b"content-range", f"bytes {start}-{end}/{size}".encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    if request.method == "HEAD" or size == 0:
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        return
    await _send_span(send, path, start, end)


async def _send_span(send: Send, path: Path, start: int, end: int) -> None:
    with open(path, "rb") as source:
        source.seek(start)
        left = end - start + 1
        while left > 0:
            block = source.read(min(CHUNK, left))
            if not block:  # the file shrank while being sent
                break
            left -= len(block)
            await send({"type": "http.response.body", "body": block, "more_body": left > 0})
    if left > 0:
        await send({"type": "http.response.body", "body": b"", "more_body": False})
