"""gr.Image's postprocess (paths, URLs, SVG, PIL images, numpy arrays, watermarks) with and
without numpy/PIL, an image through the server, and the config props against real Gradio 6.31.
Shared fixtures: tests/py/image_support.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import completed, run_queued

# The fixtures are imported by name (pytest finds them here), then named as parameters.
# ruff: noqa: F811
from image_support import demo_cache, fresh_optional, needs, upload, without  # noqa: F401
from png_support import png, quadrants
from real_gradio import gradio_python

import blocklite as gr
from blocklite import optional as opt
from blocklite.components import registry
from blocklite.components.image import Image
from blocklite.components.image_io import decode_image, encode_image, to_uint8
from blocklite.files import cache as files_cache

pytestmark = pytest.mark.usefixtures("fresh_optional")


# -- postprocess --------------------------------------------------------------------------------


@pytest.mark.parametrize("packages", ["with", "without"])
def test_a_returned_path_is_served_unconverted(demo_cache, tmp_path, monkeypatch, packages):
    if packages == "without":
        without(monkeypatch, "PIL", "numpy")
    source = tmp_path / "result.png"
    source.write_bytes(quadrants())
    data = Image(type="filepath", render=False).postprocess(source)
    assert data["path"] != str(source) and files_cache.is_in_or_equal(
        data["path"], demo_cache.folder
    )
    assert Path(data["path"]).read_bytes() == quadrants()
    assert data["orig_name"] == "result.png" and data["mime_type"] == "image/png"
    assert data["url"].endswith(f"/gradio_api/file={data['path']}")
    assert data["meta"] == {"_type": "gradio.FileData"}


def test_a_returned_url_is_passed_through(demo_cache) -> None:
    url = "https://example.com/cat.jpg"
    data = Image(type="filepath", render=False).postprocess(url)
    assert data["path"] == url and data["url"] == url


def test_a_returned_svg_is_shown_from_a_data_url(demo_cache, tmp_path) -> None:
    source = tmp_path / "logo.svg"
    source.write_text("<svg xmlns='http://www.w3.org/2000/svg'><rect width='1'/></svg>")
    data = Image(type="filepath", render=False).postprocess(str(source))
    assert data["url"].startswith("data:image/svg+xml,%3Csvg")
    assert data["mime_type"] == "image/svg+xml"


def test_a_numpy_array_becomes_a_webp_of_the_same_size(demo_cache) -> None:
    needs("numpy", "PIL")
    import numpy as np
    from PIL import Image as PILImage

    data = Image(render=False).postprocess(np.zeros((6, 8, 3), dtype=np.uint8))
    assert data["path"].endswith("/image.webp") and data["mime_type"] == "image/webp"
    with PILImage.open(data["path"]) as saved:
        assert saved.format == "WEBP" and saved.size == (8, 6)


def png_pixels(data: dict[str, Any]) -> Any:
    from PIL import Image as PILImage

    with PILImage.open(data["path"]) as saved:
        assert saved.format == "PNG"
        width, height = saved.size
        return saved.mode, [saved.getpixel((x, y)) for y in range(height) for x in range(width)]


@pytest.mark.parametrize(
    ("make", "mode", "first"),
    [
        ("np.full((2, 2, 3), 7, dtype=np.uint8)", "RGB", (7, 7, 7)),
        ("np.full((2, 2), 0.5)", "L", 128),
        ("np.full((2, 2, 3), -0.5, dtype=np.float32)", "RGB", (0, 0, 0)),
        ("np.ones((2, 2), dtype=bool)", "L", 255),
        ("np.full((2, 2, 4), 200, dtype=np.uint8)", "RGBA", (200, 200, 200, 200)),
        ("np.full((2, 2, 3), 100, dtype=np.int64)", "RGB", (100, 100, 100)),
        ("np.full((2, 2), 65535, dtype=np.uint16)", "L", 255),
    ],
)
def test_numpy_arrays_are_read_as_gradio_reads_them(demo_cache, make, mode, first) -> None:
    needs("numpy", "PIL")
    import numpy as np

    data = Image(format="png", render=False).postprocess(eval(make, {"np": np}))
    got_mode, pixels = png_pixels(data)
    assert got_mode == mode and pixels[0] == first


def test_float_arrays_outside_minus_one_to_one_are_refused() -> None:
    needs("numpy")
    import numpy as np

    with pytest.raises(ValueError, match="between -1 and 1"):
        to_uint8(np.full((2, 2), 2.0))


def test_a_pil_image_is_saved_in_the_format(demo_cache) -> None:
    needs("PIL")
    from PIL import Image as PILImage

    picture = PILImage.new("RGB", (3, 2), (9, 8, 7))
    data = Image(type="pil", format="png", render=False).postprocess(picture)
    assert data["path"].endswith("/image.png") and png_pixels(data) == ("RGB", [(9, 8, 7)] * 6)
    fallback = encode_image(picture, "no-such-format")
    assert fallback["path"].endswith("/image.png")  # PIL cannot write it: PNG, as Gradio


def test_a_numpy_array_without_pil_fails_naming_pillow(demo_cache, monkeypatch) -> None:
    needs("numpy")
    import numpy as np

    without(monkeypatch, "PIL")
    with pytest.raises(opt.MissingPackageError, match="needs the 'pillow' package"):
        Image(type="filepath", render=False).postprocess(np.zeros((2, 2), dtype=np.uint8))


def test_other_values_are_refused(demo_cache) -> None:
    with pytest.raises(ValueError, match="Cannot process this value as an Image"):
        Image(type="filepath", render=False).postprocess(42)
    assert Image(type="filepath", render=False).postprocess(None) is None


def test_a_watermark_is_pasted_with_pil(demo_cache, tmp_path) -> None:
    needs("PIL")
    from PIL import Image as PILImage

    mark = PILImage.new("RGB", (2, 2), (0, 0, 255))
    image = Image(type="pil", format="png", watermark=mark, render=False)
    data = image.postprocess(PILImage.new("RGB", (20, 20), (255, 0, 0)))
    with PILImage.open(data["path"]) as saved:
        # 10 px from the bottom-right corner, as Gradio: the 2x2 mark covers (8, 8) to (9, 9)
        assert saved.getpixel((7, 7)) == (255, 0, 0) and saved.getpixel((10, 10)) == (255, 0, 0)
        assert saved.getpixel((8, 8)) == (0, 0, 255) and saved.getpixel((9, 9)) == (0, 0, 255)


def test_without_pil_a_watermark_is_left_off_with_one_note(
    demo_cache, tmp_path, monkeypatch, capsys
) -> None:
    without(monkeypatch, "PIL", "numpy")
    source = tmp_path / "result.png"
    source.write_bytes(quadrants())
    image = Image(type="filepath", watermark=str(source), render=False)
    for _ in range(2):
        assert Path(image.postprocess(str(source))["path"]).read_bytes() == quadrants()
    assert capsys.readouterr().err.count("watermark is not applied") == 1


def test_decode_image_reads_a_file_directly(demo_cache) -> None:
    needs("numpy", "PIL")
    payload = upload(demo_cache, png(1, 1, (1, 2, 3)))
    assert decode_image(payload["path"], "numpy", "RGB").tolist() == [[[1, 2, 3]]]


# -- through the server -------------------------------------------------------------------------


def test_an_uploaded_image_is_processed_and_shown(client_for) -> None:
    needs("numpy", "PIL")
    with gr.Blocks() as demo:
        source = gr.Image()
        result = gr.Image(format="png")
        source.upload(lambda a: 255 - a, source, result, api_name="invert")
    client = client_for(demo)
    payload = upload(demo.files, quadrants())
    invert = next(dep for dep in demo.fns if dep.api_name == "invert")
    done = completed(run_queued(client, invert.id, [payload]))
    assert done["success"] is True, done
    shown = done["output"]["data"][0]
    assert files_cache.is_in_or_equal(shown["path"], demo.files.folder)
    answer = client.get(f"/gradio_api/file={shown['path']}")
    assert answer.status == 200 and answer.headers["content-type"] == "image/png"
    _, pixels = png_pixels(shown)
    assert pixels[0] == (0, 255, 255)


def test_a_corrupt_upload_fails_that_event_with_its_message(client_for) -> None:
    needs("numpy", "PIL")
    with gr.Blocks() as demo:
        source = gr.Image()
        out = gr.Textbox()
        source.upload(lambda a: str(a.shape), source, out, api_name="shape")
    client = client_for(demo)
    shape = next(dep for dep in demo.fns if dep.api_name == "shape")
    done = completed(run_queued(client, shape.id, [upload(demo.files, b"junk", "x.png")]))
    assert done["success"] is False
    assert done["output"]["error"].startswith("x.png is not an image that can be read")
    good = completed(run_queued(client, shape.id, [upload(demo.files, quadrants())], "s2"))
    assert good["output"]["data"] == ["(6, 8, 3)"]  # the app stays usable


def test_interface_shortcut_image() -> None:
    entry, keywords = registry.shortcut("image")
    assert entry.load() is Image and keywords == {}
    assert registry.shortcut("webcam") is None  # not a Gradio 6.31 shortcut


# -- the config, as real Gradio writes it --------------------------------------------------------

CASES = {
    "default": "",
    "pil_png": 'type="pil", format="png", height=300, width="50%", label="In", image_mode="RGBA"',
    "webcam": (
        'sources="webcam", streaming=True, buttons=["download"], placeholder="Drop", '
        'alt_text="a cat"'
    ),
    "options": (
        'sources=["upload", "clipboard"], image_mode=None, interactive=False, show_label=False, '
        "webcam_options=gr.WebcamOptions(mirror=False), "
        'watermark=gr.WatermarkOptions(position="top-left")'
    ),
    "filepath": 'type="filepath", elem_id="pic", scale=2, min_width=80, container=False',
}

GRADIO_SIDE = """
import json, gradio as gr
cases = json.loads({cases!r})
configs = {{name: eval("gr.Image(" + args + ")").get_config() for name, args in cases.items()}}
print(json.dumps(configs, default=str))
"""

#: Props only Gradio's server writes (proxying, its own select flag) or that blocklite leaves out
#: when empty.
GRADIO_ONLY = {"proxy_url", "_selectable", "elem_classes"}


@pytest.mark.skipif(sys.platform == "emscripten", reason="runs real Gradio in a subprocess")
def test_config_props_match_real_gradio() -> None:
    python = gradio_python()
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [str(python), "-c", GRADIO_SIDE.format(cases=json.dumps(CASES))],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    theirs = json.loads(done.stdout.strip().splitlines()[-1])
    for name, args in CASES.items():
        ours = eval(f"gr.Image({args}{', ' if args else ''}render=False)", {"gr": gr}).get_props()
        expected = {k: v for k, v in theirs[name].items() if v is not None and k not in GRADIO_ONLY}
        assert ours == expected, name


API_SIDE = """
import json, gradio as gr
image = gr.Image()
print(json.dumps({"schema": image.api_info(), "example": image.example_inputs()}))
"""


@pytest.mark.skipif(sys.platform == "emscripten", reason="runs real Gradio in a subprocess")
def test_api_schema_and_example_match_real_gradio() -> None:
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [str(gradio_python()), "-c", API_SIDE],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    theirs = json.loads(done.stdout.strip().splitlines()[-1])
    config = Image(type="filepath", render=False).get_config()
    assert config["api_info"] == theirs["schema"]
    assert config["example_inputs"] == theirs["example"]
