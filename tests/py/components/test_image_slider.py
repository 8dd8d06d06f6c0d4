"""gr.ImageSlider: Gradio's config, a pair of images in (as `type` says, with and without
numpy/PIL) and out (paths, arrays, None), bad pairs refused."""

from __future__ import annotations

import sys
from typing import Any

import pytest

# ruff: noqa: F811
from image_support import demo_cache, fresh_optional, needs, upload, without  # noqa: F401
from png_support import png, quadrants

import blocklite as gr
from blocklite import optional as opt

pytestmark = pytest.mark.usefixtures("fresh_optional")

CASES: list[tuple[str, dict[str, Any]]] = [
    ("ImageSlider", {}),
    ("ImageSlider", {"type": "filepath", "slider_position": 30, "max_height": 300}),
    ("ImageSlider", {"buttons": ["download"], "image_mode": None, "format": "png", "height": 200}),
]


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_config_props_are_gradios() -> None:
    from real_gradio import NOT_IN_CONFIG, gradio_props

    expected = gradio_props(CASES)
    with gr.Blocks():
        ours = [getattr(gr, name)(**kwargs).get_props() for name, kwargs in CASES]
    for (_name, kwargs), mine, theirs in zip(CASES, ours, expected):
        assert {k: v for k, v in mine.items() if k not in NOT_IN_CONFIG} == theirs, kwargs


def test_preprocess_gives_a_pair_as_type_says(demo_cache) -> None:
    needs("numpy", "PIL")
    pair = [upload(demo_cache, quadrants(8, 6), "a.png"), upload(demo_cache, png(4, 2), "b.png")]
    left, right = gr.ImageSlider(render=False).preprocess(pair)
    assert left.shape == (6, 8, 3) and right.shape == (2, 4, 3)
    pil = gr.ImageSlider(type="pil", render=False).preprocess(pair)
    assert [image.size for image in pil] == [(8, 6), (4, 2)]


def test_without_packages_the_pair_is_two_paths(demo_cache, monkeypatch, capsys) -> None:
    without(monkeypatch, "numpy", "PIL")
    slider = gr.ImageSlider(render=False)
    assert slider.type == "filepath"
    pair = [upload(demo_cache, png(2, 2), "a.png"), None]
    assert slider.preprocess(pair) == (pair[0]["path"], None)
    assert "gr.ImageSlider passes images to functions as file paths" in capsys.readouterr().err
    with pytest.raises(opt.MissingPackageError, match="pillow"):
        gr.ImageSlider(type="pil", render=False)


def test_postprocess_a_pair_of_images(demo_cache, tmp_path) -> None:
    first = tmp_path / "first.png"
    first.write_bytes(png(3, 3))
    out = gr.ImageSlider(render=False).postprocess((str(first), None))
    assert out[0]["orig_name"] == "first.png" and out[1] is None
    assert gr.ImageSlider(render=False).postprocess(None) is None
    needs("numpy", "PIL")
    import numpy as np

    arrays = gr.ImageSlider(format="png", render=False).postprocess(
        (np.zeros((2, 2, 3), dtype=np.uint8), np.ones((2, 2, 3), dtype=np.uint8))
    )
    assert all(item["path"].endswith(".png") for item in arrays)


def test_bad_pairs_are_refused(demo_cache) -> None:
    slider = gr.ImageSlider(type="filepath", render=False)
    with pytest.raises(ValueError, match="expects a tuple of two images"):
        slider.postprocess(("only-one.png",))
    with pytest.raises(gr.Error, match="must be a pair of images"):
        slider.preprocess([{"path": "x"}])
