"""gr.ImageEditor and its templates (Sketchpad, Paint, ImageMask): the config Gradio writes, the
EditorValue a handler gets with and without numpy/PIL, and what a handler may return.

"Without" a package is simulated as in test_image.py (`sys.modules[name] = None`); tests that
need numpy or PIL skip where they are missing (the Pyodide suite).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

# ruff: noqa: F811
from image_support import demo_cache, fresh_optional, needs, upload, without  # noqa: F401
from png_support import png

import blocklite as gr
from blocklite import optional as opt
from blocklite.files import cache as files_cache
from blocklite.files.cache import InvalidPathError

pytestmark = pytest.mark.usefixtures("fresh_optional")

CLEAR, RED, HALF_BLUE = (0, 0, 0, 0), (255, 0, 0, 255), (0, 0, 255, 128)


def editor_value(store: Any, *, layers: int = 1) -> dict[str, Any]:
    """What the page sends: a 4x2 background (left half transparent), layers, the composite."""
    background = png(4, 2, lambda x, y: CLEAR if x < 2 else RED)
    layer = png(4, 2, lambda x, y: HALF_BLUE if y == 0 else CLEAR)
    return {
        "background": upload(store, background, "background.png"),
        "layers": [upload(store, layer, f"layer_{i}.png") for i in range(layers)],
        "composite": upload(store, background, "composite.png"),
        "id": None,
    }


# -- config -------------------------------------------------------------------------------------

CASES: list[tuple[str, dict[str, Any]]] = [
    ("ImageEditor", {}),
    ("ImageEditor", {"type": "filepath", "image_mode": "RGB", "sources": "upload"}),
    (
        "ImageEditor",
        {
            "brush": {"$option": "Brush", "colors": ["#ff0000", "#00ff00"], "default_size": 4},
            "eraser": {"$option": "Eraser", "default_size": 9},
            "layers": {"$option": "LayerOptions", "layers": ["a", "b"], "disabled": False},
            "transforms": ["crop"],
            "canvas_size": [320, 200],
            "fixed_canvas": True,
            "height": 300,
            "placeholder": "Draw here",
            "buttons": ["download"],
            "label": "Editor",
        },
    ),
    ("ImageEditor", {"brush": False, "eraser": False, "layers": False, "transforms": []}),
    ("Sketchpad", {}),
    ("Sketchpad", {"brush": {"$option": "Brush", "colors": ["#123456"]}}),
    ("Paint", {}),
    ("ImageMask", {}),
    ("ImageMask", {"layers": True, "sources": ["upload"]}),
]


def build(name: str, kwargs: dict[str, Any]) -> Any:
    def option(value: Any) -> Any:
        if isinstance(value, dict) and "$option" in value:
            fields = {k: v for k, v in value.items() if k != "$option"}
            return getattr(gr, value["$option"])(**fields)
        return value

    return getattr(gr, name)(**{k: option(v) for k, v in kwargs.items()})


@pytest.mark.skipif(sys.platform == "emscripten", reason="no subprocesses in Pyodide")
def test_config_props_are_gradios() -> None:
    from real_gradio import NOT_IN_CONFIG, gradio_props

    expected = gradio_props(CASES)
    with gr.Blocks():
        ours = [build(name, kwargs) for name, kwargs in CASES]
    for (name, kwargs), mine, theirs in zip(CASES, ours, expected):
        # Gradio's page sends blobs to a server function; blocklite's uploads files instead.
        theirs.pop("server_fns")
        props = {k: v for k, v in mine.get_props().items() if k not in NOT_IN_CONFIG}
        assert props == theirs, (name, kwargs)
        assert mine.get_config()["type"] == "imageeditor"


def test_templates_are_image_editors_with_gradios_defaults() -> None:
    with gr.Blocks():
        sketch, paint, mask = gr.Sketchpad(), gr.Paint(), gr.ImageMask()
    assert all(isinstance(c, gr.ImageEditor) for c in (sketch, paint, mask))
    assert sketch.sources == [] and paint.sources == [] and mask.sources != []
    assert sketch.brush["colors"] == ["#000000"] and sketch.brush["color_mode"] == "fixed"
    assert mask.layers["disabled"] is True and sketch.layers["disabled"] is False


def test_interface_shortcuts_build_the_templates() -> None:
    demo = gr.Interface(lambda a, b, c: None, ["sketchpad", "paint", "imagemask"], "imageeditor")
    kinds = [type(c).__name__ for c in (*demo.input_components, *demo.output_components)]
    assert kinds == ["Sketchpad", "Paint", "ImageMask", "ImageEditor"]


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValueError, match="Invalid value for parameter `type`"):
        gr.ImageEditor(type="bytes", render=False)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`sources` must be a list"):
        gr.ImageEditor(sources=["scanner"], render=False)
    with pytest.raises(ValueError, match=r"expected a gr\.Brush"):
        gr.ImageEditor(brush="red", render=False)  # type: ignore[arg-type]


def test_option_records_fill_in_gradios_defaults() -> None:
    brush = gr.Brush(colors=[("#ff0000", 0.5), "#00ff00"])
    assert brush.default_color == ("#ff0000", 0.5)
    assert brush.config()["colors"] == [["#ff0000", 0.5], "#00ff00"]
    assert gr.LayerOptions(layers=[]).layers == ["Layer 1"]
    assert gr.Eraser().default_size == "auto"


# -- preprocess ---------------------------------------------------------------------------------


def test_preprocess_numpy_gives_the_editor_value(demo_cache) -> None:
    needs("numpy", "PIL")
    value = gr.ImageEditor(render=False).preprocess(editor_value(demo_cache, layers=2))
    assert sorted(value) == ["background", "composite", "layers"]
    assert value["background"].shape == (2, 4, 4)  # RGBA by default
    assert value["background"][0, 3].tolist() == list(RED)
    assert [layer.shape for layer in value["layers"]] == [(2, 4, 4), (2, 4, 4)]
    assert value["layers"][0][0, 0].tolist() == list(HALF_BLUE)


def test_an_image_mode_without_alpha_flattens_background_and_composite_on_white(
    demo_cache,
) -> None:
    needs("numpy", "PIL")
    value = gr.ImageEditor(image_mode="RGB", render=False).preprocess(editor_value(demo_cache))
    assert value["composite"][0, 0].tolist() == [255, 255, 255]  # transparent → white
    assert value["background"][0, 3].tolist() == [255, 0, 0]
    assert value["layers"][0][1, 0].tolist() == [0, 0, 0]  # a layer only loses its alpha


def test_preprocess_pil_and_filepath(demo_cache) -> None:
    needs("PIL")
    from PIL import Image as PILImage

    pil = gr.ImageEditor(type="pil", render=False).preprocess(editor_value(demo_cache))
    assert pil["composite"].size == (4, 2) and pil["composite"].mode == "RGBA"
    paths = gr.ImageEditor(type="filepath", render=False).preprocess(editor_value(demo_cache))
    assert Path(paths["composite"]).name == "composite.png"
    assert files_cache.is_in_or_equal(paths["composite"], demo_cache.folder)
    with PILImage.open(paths["layers"][0]) as layer:
        assert layer.size == (4, 2)


def test_without_numpy_and_pil_the_handler_gets_the_uploads_with_one_note(
    demo_cache, monkeypatch, capsys
) -> None:
    without(monkeypatch, "numpy", "PIL")
    editor = gr.ImageEditor(render=False)
    assert editor.type == "filepath"
    sent = editor_value(demo_cache)
    got = editor.preprocess(sent)
    assert got == {
        "background": sent["background"]["path"],
        "layers": [sent["layers"][0]["path"]],
        "composite": sent["composite"]["path"],
    }
    editor.preprocess(sent)
    err = capsys.readouterr().err
    assert err.count("gr.ImageEditor passes images to functions as file paths") == 1
    assert err.count("ImageEditor images reach the function as uploaded") == 1


def test_an_explicit_type_without_its_package_fails_naming_it(monkeypatch) -> None:
    without(monkeypatch, "PIL")
    with pytest.raises(opt.MissingPackageError, match="needs the 'pillow' package"):
        gr.ImageEditor(type="pil", render=False)


def test_an_empty_editor_and_missing_parts(demo_cache) -> None:
    editor = gr.ImageEditor(type="filepath", render=False)
    assert editor.preprocess(None) is None
    empty = {"background": None, "layers": [], "composite": None, "id": None}
    assert editor.preprocess(empty) == {"background": None, "layers": [], "composite": None}


def test_bad_payloads_are_clear_errors(demo_cache, tmp_path, monkeypatch) -> None:
    without(monkeypatch, "PIL")
    editor = gr.ImageEditor(type="filepath", render=False)
    with pytest.raises(gr.Error, match="must be a dict of images"):
        editor.preprocess("nope")
    text = upload(demo_cache, b"not an image at all", "notes.png")
    with pytest.raises(gr.Error, match=r"notes\.png is not an image"):
        editor.preprocess({"background": None, "layers": [], "composite": text})
    outside = tmp_path / "secret.png"
    outside.write_bytes(png(1, 1))
    stranger = {"path": str(outside), "meta": {"_type": "gradio.FileData"}}
    with pytest.raises(InvalidPathError, match="is not in the upload folder"):
        editor.preprocess({"background": stranger, "layers": [], "composite": None})


# -- postprocess --------------------------------------------------------------------------------


def test_postprocess_paths_become_file_data(demo_cache, tmp_path) -> None:
    base = tmp_path / "base.png"
    base.write_bytes(png(3, 3))
    out = gr.ImageEditor(render=False).postprocess(
        {"background": str(base), "layers": [base], "composite": None}
    )
    assert out["composite"] is None and out["id"] is None
    assert out["background"]["orig_name"] == "base.png"
    assert files_cache.is_in_or_equal(out["layers"][0]["path"], demo_cache.folder)
    assert "gradio_api/file=" in out["background"]["url"]


def test_postprocess_one_image_is_background_and_composite(demo_cache, tmp_path) -> None:
    base = tmp_path / "one.png"
    base.write_bytes(png(2, 2))
    out = gr.ImageEditor(render=False).postprocess(str(base))
    assert out["layers"] == [] and out["background"]["path"] == out["composite"]["path"]


def test_postprocess_arrays_are_saved_as_format(demo_cache) -> None:
    needs("numpy", "PIL")
    import numpy as np

    editor = gr.ImageEditor(format="png", render=False)
    out = editor.postprocess({"background": np.zeros((5, 6, 3), dtype=np.uint8), "layers": []})
    assert out["background"]["path"].endswith(".png") and out["composite"] is None


def test_postprocess_an_echoed_value_keeps_its_files(demo_cache) -> None:
    sent = editor_value(demo_cache)
    out = gr.ImageEditor(render=False).postprocess(sent)
    assert out["composite"]["path"] == sent["composite"]["path"]
    assert out["layers"][0]["path"] == sent["layers"][0]["path"]


def test_postprocess_refuses_what_is_no_image(demo_cache, monkeypatch) -> None:
    editor = gr.ImageEditor(render=False)
    assert editor.postprocess(None) is None
    with pytest.raises(ValueError, match="must be a dictionary of images or a single image"):
        editor.postprocess(42)
    needs("numpy")
    import numpy as np

    without(monkeypatch, "PIL")
    with pytest.raises(opt.MissingPackageError, match="pillow"):
        editor.postprocess({"background": np.zeros((2, 2, 3), dtype=np.uint8), "layers": []})
