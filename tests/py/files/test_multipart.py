"""The streaming multipart reader: the same parts whatever the chunking, and a clear error for a
body that is not form data."""

from __future__ import annotations

import pytest
from multipart_support import BOUNDARY, body, read

from blocklite.server.multipart import MultipartError, MultipartReader, boundary_of


def test_every_split_point_gives_the_same_parts() -> None:
    parts = [("files", "a.bin", b"\r\n--" + BOUNDARY[:-1] + b"\r\n"), ("other", "b", b"--")]
    raw = body(parts)
    for cut in range(len(raw) + 1):
        assert read(raw, [cut]) == parts, cut


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
