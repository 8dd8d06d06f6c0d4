"""The coloured overlays gr.AnnotatedImage shows: one RGBA PNG per annotation, base-image sized.

Why it exists: Gradio turns each `(box or mask, label)` into a PNG the size of the base image,
the label's colour where the annotation is (a box: half-transparent inside, a 3 px opaque
border; a mask: its values as opacity). It needs numpy and PIL; a browser app usually has
neither. Here a box is drawn and written with the standard library (zlib), and the base image's
size is read from its header (PNG, GIF, JPEG, WebP, BMP), so boxes work with no package at all;
a numpy mask needs numpy (it is a numpy array), never PIL. The pixels are Gradio's.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

from ..optional import require

Color = tuple[int, int, int]
_BORDER = 3


def hex_to_rgb(value: str) -> Color:
    """`"#ff8800"` (or `"f80"`-style thirds) → (255, 136, 0), as Gradio reads color_map."""
    text = value.lstrip("#")
    step = len(text) // 3
    if step == 0:
        raise ValueError(f"AnnotatedImage: {value!r} is not a hex colour.")
    r, g, b = (int(text[i : i + step], 16) for i in range(0, step * 3, step))
    return (r, g, b)


def png_rgba(width: int, height: int, rows: list[bytes]) -> bytes:
    """An RGBA PNG from `height` rows of `width * 4` bytes (filter 0 on each row)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    body = zlib.compress(b"".join(b"\x00" + row for row in rows), 6)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def box_mask(width: int, height: int, box: Any, color: Color) -> bytes:
    """Gradio's box overlay: alpha 127 inside `(x1, y1, x2, y2)`, 255 on its 3 px border."""
    try:
        x1, y1, x2, y2 = (int(v) for v in box)
    except (TypeError, ValueError):
        raise ValueError(
            f"AnnotatedImage: a box is (x1, y1, x2, y2) in pixels, not {box!r}"
        ) from None
    x1, x2 = sorted((max(0, min(width, x1)), max(0, min(width, x2))))
    y1, y2 = sorted((max(0, min(height, y1)), max(0, min(height, y2))))
    empty = bytes(4)
    inner, edge = bytes((*color, 127)), bytes((*color, 255))
    span = x2 - x1
    side = min(_BORDER, span)

    def row(fill: bytes) -> bytes:
        if span <= 2 * side:
            body = edge * span
        else:
            body = edge * side + fill * (span - 2 * side) + edge * side
        return empty * x1 + body + empty * (width - x2)

    blank, border, interior = empty * width, row(edge), row(inner)
    rows = []
    for y in range(height):
        if y < y1 or y >= y2:
            rows.append(blank)
        elif y < y1 + _BORDER or y >= y2 - _BORDER:
            rows.append(border)
        else:
            rows.append(interior)
    return png_rgba(width, height, rows)


def array_mask(mask: Any, color: Color) -> bytes:
    """Gradio's mask overlay: the colour where `mask` > 0, opacity `mask * 255` (numpy only)."""
    np = require("numpy", "An AnnotatedImage mask")
    values = np.asarray(mask, dtype=np.float64)
    if values.ndim != 2:
        raise ValueError(
            f"AnnotatedImage: a mask is a 2-D array (height, width), not shape {values.shape}"
        )
    solid = (values > 0).astype(np.float64)
    rgba = np.zeros((*values.shape, 4))
    for channel, level in enumerate(color):
        rgba[:, :, channel] = level * solid
    rgba[:, :, 3] = values * 255
    pixels = rgba.astype(np.uint8)
    height, width = values.shape
    return png_rgba(width, height, [pixels[y].tobytes() for y in range(height)])


def image_size(path: str) -> tuple[int, int] | None:
    """(width, height) from an image file's header (PNG, GIF, JPEG, WebP, BMP); None if unknown."""
    with open(path, "rb") as file:
        head = file.read(64 * 1024)
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24:
        return struct.unpack(">II", head[16:24])
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return struct.unpack("<HH", head[6:10])
    if head.startswith(b"BM") and len(head) >= 26:
        width, height = struct.unpack("<ii", head[18:26])
        return width, abs(height)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _webp_size(head)
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(head)
    return None


def _webp_size(head: bytes) -> tuple[int, int] | None:
    kind = head[12:16]
    if kind == b"VP8 " and len(head) >= 30:
        width, height = struct.unpack("<HH", head[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if kind == b"VP8L" and len(head) >= 25:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if kind == b"VP8X" and len(head) >= 30:
        return int.from_bytes(head[24:27], "little") + 1, int.from_bytes(head[27:30], "little") + 1
    return None


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 9 < len(head):
        if head[at] != 0xFF:
            return None
        marker = head[at + 1]
        length = struct.unpack(">H", head[at + 2 : at + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
            height, width = struct.unpack(">HH", head[at + 5 : at + 9])
            return width, height
        at += 2 + length
    return None
