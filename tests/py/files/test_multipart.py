"""The streaming multipart reader: the same parts whatever the chunking, and a clear error for a
body that is not form data."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blocklite.server.multipart import (
    MultipartError,
    MultipartReader,
    PartData,
    PartEnd,
    PartStart,
    boundary_of,
)

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


payloads = st.binary(max_size=300) | st.sampled_from(
    [b"", b"\r\n", b"--", b"\r\n--" + BOUNDARY[:-1], b"\r\n-" + BOUNDARY, BOUNDARY]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(["files", "other"]), payloads), min_size=1, max_size=4),
    st.lists(st.integers(min_value=0, max_value=2000), max_size=8),
)
def test_any_chunking_gives_the_same_parts(fields, cuts) -> None:
    parts = [(name, f"f{i}.bin", data) for i, (name, data) in enumerate(fields)]
    raw = body(parts)
    assert read(raw, [c for c in cuts if c < len(raw)]) == parts


def test_the_delimiter_inside_data_is_an_error_not_a_silent_cut() -> None:
    # A sender must pick a boundary its data does not contain (RFC 2046); browsers do.
    raw = body([("files", "x", b"a\r\n--" + BOUNDARY + b"x")])
    with pytest.raises(MultipartError, match="boundary line"):
        read(raw, [])


def test_a_field_without_a_filename_is_a_plain_field() -> None:
    assert read(body([("note", None, b"hi")]), []) == [("note", None, b"hi")]


def test_a_utf8_filename_survives() -> None:
    assert read(body([("files", "café ☕.txt", b"x")]), [])[0][1] == "café ☕.txt"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"--" + BOUNDARY,
        b"--" + BOUNDARY + b'\r\nContent-Disposition: form-data; name="a"\r\n\r\nunfinished',
        b"--" + BOUNDARY + b"XX",
        b"--" + BOUNDARY + b"\r\nNo-Colon-Header\r\n\r\nx\r\n--" + BOUNDARY + b"--",
        b"--" + BOUNDARY + b"\r\nContent-Type: text/plain\r\n\r\nx\r\n--" + BOUNDARY + b"--",
    ],
)
def test_broken_bodies_are_multipart_errors(raw: bytes) -> None:
    reader = MultipartReader(BOUNDARY)
    with pytest.raises(MultipartError):
        list(reader.feed(raw))
        reader.close()


def test_endless_headers_are_refused_early() -> None:
    reader = MultipartReader(BOUNDARY)
    with pytest.raises(MultipartError, match="Headers exceeded"):
        list(reader.feed(b"--" + BOUNDARY + b"\r\n" + b"X" * 20000))


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('multipart/form-data; boundary="abc def"', b"abc def"),
        ("multipart/form-data; boundary=xyz", b"xyz"),
        ("Multipart/Form-Data; charset=utf-8; boundary=q", b"q"),
    ],
)
def test_boundary_of_reads_the_header(header: str, expected: bytes) -> None:
    assert boundary_of(header) == expected


@pytest.mark.parametrize(
    "header", ["", "application/json", "multipart/form-data", "multipart/mixed; boundary=x"]
)
def test_boundary_of_refuses_other_types(header: str) -> None:
    with pytest.raises(MultipartError):
        boundary_of(header)
