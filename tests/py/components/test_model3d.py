"""gr.Model3D: Gradio's config, a model path in and out through the app's cache."""

from __future__ import annotations

import sys
from typing import Any

import pytest

# ruff: noqa: F811
from image_support import demo_cache, upload  # noqa: F401

import blocklite as gr
from blocklite.files.cache import InvalidPathError

TRIANGLE = b"v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n"

CASES: list[tuple[str, dict[str, Any]]] = [
    ("Model3D", {}),
    (
        "Model3D",
        {
            "clear_color": [0.1, 0.2, 0.3, 1.0],
            "camera_position": [45, 60, 3],
            "zoom_speed": 2,
            "pan_speed": 0.5,
            "display_mode": "wireframe",
            "height": 300,
            "label": "Model",
        },
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


def test_a_path_goes_out_as_file_data_named_after_the_file(demo_cache, tmp_path) -> None:
    model = tmp_path / "triangle.obj"
    model.write_bytes(TRIANGLE)
    out = gr.Model3D(render=False).postprocess(model)
    assert out["orig_name"] == "triangle.obj" and out["size"] == len(TRIANGLE)
    assert "gradio_api/file=" in out["url"]
    assert gr.Model3D(render=False).postprocess(None) is None
    with pytest.raises(ValueError, match="expects a file path"):
        gr.Model3D(render=False).postprocess(42)


def test_an_upload_comes_in_as_its_path(demo_cache, tmp_path) -> None:
    sent = upload(demo_cache, TRIANGLE, "tri.obj")
    assert gr.Model3D(render=False).preprocess(sent) == sent["path"]
    assert gr.Model3D(render=False).preprocess(None) is None
    stranger = tmp_path / "x.obj"
    stranger.write_bytes(TRIANGLE)
    with pytest.raises(InvalidPathError):
        gr.Model3D(render=False).preprocess({"path": str(stranger), "meta": {}})


def test_a_bad_display_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="display_mode"):
        gr.Model3D(display_mode="hologram", render=False)  # type: ignore[arg-type]
