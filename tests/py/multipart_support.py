"""Form bodies and a chunked reader for the multipart tests (tests/py/files/)."""

from __future__ import annotations

from blocklite.server.multipart import MultipartReader, PartData, PartEnd, PartStart

BOUNDARY = b"----blocklite7MA4YWxkTrZu0gW"


def body(parts: list[tuple[str, str | None, bytes]]) -> bytes:
    out = b""
    for name, filename, data in parts:
        disposition = f'form-data; name="{name}"'
        if filename is not None:
            disposition += f'; filename="{filename}"'
        out += b"--" + BOUNDARY + b"\r\n"
        out += f"Content-Disposition: {disposition}\r\n".encode()
        out += b"Content-Type: application/octet-stream\r\n\r\n" + data + b"\r\n"
    return out + b"--" + BOUNDARY + b"--\r\n"


def read(raw: bytes, cuts: list[int]) -> list[tuple[str, str | None, bytes]]:
    reader = MultipartReader(BOUNDARY)
    parts: list[tuple[str, str | None, bytes]] = []
    data = b""
    start = 0
    for cut in [*sorted(set(cuts)), len(raw)]:
        for event in reader.feed(raw[start:cut]):
            if isinstance(event, PartStart):
                current = (event.part.name, event.part.filename)
                data = b""
            elif isinstance(event, PartData):
                data += event.data
            elif isinstance(event, PartEnd):
                parts.append((*current, data))
        start = cut
    reader.close()
    return parts
