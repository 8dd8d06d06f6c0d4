"""The 24-image Gallery app of bench/gallery.py, run as it is by both sides: real Gradio 6.31
(`gradio_gallery_app.py PORT` style: `python gallery_app.py PORT`) and blocklite (bench/gallery.py
puts this file's text into a page). Each Show returns 24 PNGs (made with the standard library)
not shown before, so no side answers from a cache."""

from __future__ import annotations

import struct
import sys
import tempfile
import zlib
from pathlib import Path

import gradio as gr

RUNS = 12
COUNT = 24
SIDE = 160


def png(side: int, rgb: tuple[int, int, int]) -> bytes:
    raw = zlib.compress((b"\x00" + bytes(rgb) * side) * side)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


folder = Path(tempfile.mkdtemp())
SETS = []
for run in range(RUNS):
    paths = []
    for i in range(COUNT):
        path = folder / f"r{run}-{i}.png"
        path.write_bytes(png(SIDE, ((run * 37 + i * 11) % 256, (i * 53) % 256, (run * 19) % 256)))
        paths.append(str(path))
    SETS.append(paths)
shown = {"runs": 0}


def show():
    paths = SETS[shown["runs"] % RUNS]
    shown["runs"] += 1
    return [(path, f"#{i}") for i, path in enumerate(paths)]


with gr.Blocks(analytics_enabled=False) as demo:
    gallery = gr.Gallery(columns=6, elem_id="gal")
    gr.Button("Show", elem_id="show").click(show, None, gallery)
    gr.Button("Clear", elem_id="clear").click(lambda: [], None, gallery)

if len(sys.argv) > 1:
    demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]), allowed_paths=[str(folder)])
else:
    demo.launch(allowed_paths=[str(folder)])
