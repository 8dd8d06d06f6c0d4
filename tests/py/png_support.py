"""PNG files made with the standard library only (zlib + struct), for the image tests.

Why it exists: the image tests must run where PIL is missing (Pyodide, "without PIL" cases), and
the browser tests need a real image to show, upload, paste and drop. Filter type 0 on every row,
8 bits per channel, RGB or RGBA: the smallest valid PNG writer.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Sequence

Pixel = Sequence[int]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png(width: int, height: int, pixel: Pixel | Callable[[int, int], Pixel] = (255, 0, 0)) -> bytes:
    """A `width` by `height` PNG; `pixel` is one colour or a function of (x, y). Three values make
    an RGB image, four an RGBA one."""
    at = pixel if callable(pixel) else (lambda x, y: pixel)
    channels = len(at(0, 0))
    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in at(x, y)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if channels == 4 else 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


def quadrants(width: int = 8, height: int = 6) -> bytes:
    """An RGB PNG whose four quadrants are red, green, blue and white (left to right, top to
    bottom): a test can tell orientation and coordinates from it."""

    def at(x: int, y: int) -> Pixel:
        left, top = x < width // 2, y < height // 2
        if top:
            return (255, 0, 0) if left else (0, 255, 0)
        return (0, 0, 255) if left else (255, 255, 255)

    return png(width, height, at)
