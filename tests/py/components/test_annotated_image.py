"""gr.AnnotatedImage: Gradio's config; boxes drawn as Gradio draws them (pixel for pixel, read
back with the standard library) with no package at all; numpy masks; the input side."""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

# ruff: noqa: F811
from image_support import demo_cache, fresh_optional, needs, upload, without  # noqa: F401
from png_support import png

import blocklite as gr
from blocklite.components.annotation_masks import image_size

pytestmark = pytest.mark.usefixtures("fresh_optional")

CASES: list[tuple[str, dict[str, Any]]] = [
    ("AnnotatedImage", {}),
    (
        "AnnotatedImage",
        {"show_legend": False, "color_map": {"cat": "#00ff00"}, "height": 240, "format": "png"},
    ),
]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_config_props_are_gradios() -> None:
    from real_gradio import NOT_IN_CONFIG, gradio_props

    expected = gradio_props(CASES)
    with gr.Blocks():
        ours = [getattr(gr, name)(**kwargs).get_props() for name, kwargs in CASES]
    for (_name, kwargs), mine, theirs in zip(CASES, ours, expected):
        assert {k: v for k, v in mine.items() if k not in NOT_IN_CONFIG} == theirs, kwargs


def pixels(path: str) -> tuple[int, int, bytes]:
    """An RGBA PNG written by annotation_masks (filter 0 rows) read back: width, height, pixels."""
    data = Path(path).read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    at, idat = 8, b""
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        if kind == b"IDAT":
            idat += data[at + 8 : at + 8 + length]
        at += 12 + length
    raw = zlib.decompress(idat)
    rows = [raw[y * (width * 4 + 1) + 1 : (y + 1) * (width * 4 + 1)] for y in range(height)]
    return width, height, b"".join(rows)


def at(image: tuple[int, int, bytes], x: int, y: int) -> list[int]:
    width, _, data = image
    return list(data[(y * width + x) * 4 : (y * width + x) * 4 + 4])


def test_boxes_without_numpy_or_pil_are_gradios_pixels(demo_cache, tmp_path, monkeypatch) -> None:
    without(monkeypatch, "numpy", "PIL")
    base = tmp_path / "photo.png"
    base.write_bytes(png(30, 20, (9, 9, 9)))
    component = gr.AnnotatedImage(color_map={"cat": "#00ff00"}, render=False)
    out = component.postprocess((str(base), [((2, 3, 12, 15), "cat"), ((0, 0, 5, 5), "dog")]))
    assert out["image"]["orig_name"] == "photo.png"
    assert [a["label"] for a in out["annotations"]] == ["cat", "dog"]
    cat = pixels(out["annotations"][0]["image"]["path"])
    assert cat[:2] == (30, 20)
    # the values real Gradio 6.31 writes for the same box
    assert at(cat, 2, 3) == [0, 255, 0, 255]  # border
    assert at(cat, 8, 8) == [0, 255, 0, 127]  # inside
    assert at(cat, 0, 0) == [0, 0, 0, 0]
    assert at(cat, 11, 14) == [0, 255, 0, 255]
    assert at(cat, 11, 15) == [0, 0, 0, 0]
    dog = pixels(out["annotations"][1]["image"]["path"])
    assert at(dog, 2, 2) == [255, 0, 0, 255]  # no colour in color_map: red


def test_numpy_masks_and_array_images(demo_cache) -> None:
    needs("numpy", "PIL")
    import numpy as np

    mask = np.zeros((4, 6))
    mask[1:3, 2:5] = 0.5
    out = gr.AnnotatedImage(render=False).postprocess(
        (np.zeros((4, 6, 3), dtype=np.uint8), [(mask, "blob"), ((0, 0, 6, 4), "all")])
    )
    blob = pixels(out["annotations"][0]["image"]["path"])
    assert at(blob, 2, 1) == [255, 0, 0, 127] and at(blob, 0, 0) == [0, 0, 0, 0]
    assert pixels(out["annotations"][1]["image"]["path"])[:2] == (6, 4)


def test_a_mask_without_numpy_is_impossible_but_bad_input_is_clear(demo_cache, tmp_path) -> None:
    base = tmp_path / "p.png"
    base.write_bytes(png(4, 4))
    component = gr.AnnotatedImage(render=False)
    with pytest.raises(ValueError, match="a box is"):
        component.postprocess((str(base), [("not a box", "x")]))
    with pytest.raises(ValueError, match="expects"):
        component.postprocess("just an image")
    with pytest.raises(ValueError, match="only accepts filepaths"):
        component.postprocess((42, []))
    assert component.postprocess(None) is None


def test_preprocess_gives_paths_and_labels(demo_cache) -> None:
    base = upload(demo_cache, png(2, 2), "base.png")
    mask = upload(demo_cache, png(2, 2, (0, 0, 0, 0)), "mask.png")
    payload = {"image": base, "annotations": [{"image": mask, "label": "spot"}]}
    assert gr.AnnotatedImage(render=False).preprocess(payload) == (
        base["path"],
        [(mask["path"], "spot")],
    )
    with pytest.raises(gr.Error):
        gr.AnnotatedImage(render=False).preprocess({"image": base})


@pytest.mark.parametrize(
    ("kind", "head"),
    [
        ("gif", b"GIF89a" + struct.pack("<HH", 7, 5)),
        ("bmp", b"BM" + bytes(16) + struct.pack("<ii", 7, -5)),
        (
            "jpeg",
            b"\xff\xd8\xff\xe0\x00\x04ab\xff\xc0\x00\x11\x08" + struct.pack(">HH", 5, 7) + bytes(8),
        ),
        (
            "webp",
            b"RIFF\x00\x00\x00\x00WEBPVP8X"
            + bytes(8)
            + (6).to_bytes(3, "little")
            + (4).to_bytes(3, "little"),
        ),
    ],
)
def test_image_sizes_are_read_from_headers(tmp_path, kind, head) -> None:
    path = tmp_path / f"x.{kind}"
    path.write_bytes(head + bytes(32))
    assert image_size(str(path)) == (7, 5)
