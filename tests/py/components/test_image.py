"""gr.Image and image_io, the input side: which type a handler gets, every preprocess with and
without numpy/PIL, and bad images. The output side: test_image_output.py.

"Without" is simulated by making the import fail (`sys.modules[name] = None`, as
tests/py/test_optional.py does); the tests that need a package skip where it is not installed
(the Pyodide suite), the others run everywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

# The fixtures are imported by name (pytest finds them here), then named as parameters.
# ruff: noqa: F811
from image_support import demo_cache, fresh_optional, needs, upload, without  # noqa: F401
from png_support import png, quadrants

import blocklite as gr
from blocklite import optional as opt
from blocklite.components.image import Image
from blocklite.files import cache as files_cache
from blocklite.files.cache import InvalidPathError

pytestmark = pytest.mark.usefixtures("fresh_optional")


# -- the type a handler gets --------------------------------------------------------------------


def test_default_type_is_numpy_when_numpy_and_pil_exist() -> None:
    needs("numpy", "PIL")
    assert Image(render=False).type == "numpy"


@pytest.mark.parametrize("missing", ["numpy", "PIL"])
def test_default_type_falls_back_to_filepath_with_one_note(monkeypatch, capsys, missing) -> None:
    if missing == "numpy":
        needs("PIL")  # else the note names pillow, checked first
    without(monkeypatch, missing)
    assert Image(render=False).type == "filepath"
    assert Image(render=False).type == "filepath"
    package = {"PIL": "pillow"}.get(missing, missing)
    err = capsys.readouterr().err
    assert err.count(f"'{package}' is not installed, so gr.Image passes images to") == 1


@pytest.mark.parametrize(
    ("type_", "missing", "package"),
    [("numpy", "numpy", "numpy"), ("numpy", "PIL", "pillow"), ("pil", "PIL", "pillow")],
)
def test_an_explicit_type_without_its_package_fails_naming_it(
    monkeypatch, type_, missing, package
) -> None:
    if missing == "numpy":
        needs("PIL")  # else the error names pillow, checked first
    without(monkeypatch, missing)
    with pytest.raises(opt.MissingPackageError, match=f"needs the '{package}' package"):
        Image(type=type_, render=False)


def test_filepath_needs_no_package(monkeypatch) -> None:
    without(monkeypatch, "numpy", "PIL")
    assert Image(type="filepath", render=False).type == "filepath"


def test_an_unknown_type_or_source_is_refused() -> None:
    with pytest.raises(ValueError, match="Invalid value for parameter `type`"):
        Image(type="bytes", render=False)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`sources` must"):
        Image(sources=["scanner"], render=False)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="streaming only available"):
        Image(streaming=True, sources=["upload"], render=False)


# -- preprocess ---------------------------------------------------------------------------------


def test_preprocess_numpy_gives_the_pixels(demo_cache) -> None:
    needs("numpy", "PIL")
    array = Image(render=False).preprocess(upload(demo_cache, quadrants(8, 6)))
    assert array.shape == (6, 8, 3) and str(array.dtype) == "uint8"
    assert array[0, 0].tolist() == [255, 0, 0] and array[0, 7].tolist() == [0, 255, 0]
    assert array[5, 0].tolist() == [0, 0, 255] and array[5, 7].tolist() == [255, 255, 255]


def test_preprocess_numpy_converts_to_image_mode(demo_cache) -> None:
    needs("numpy", "PIL")
    rgba = upload(demo_cache, png(3, 2, (10, 20, 30, 40)))
    assert Image(render=False).preprocess(rgba).shape == (2, 3, 3)  # RGB by default
    assert Image(image_mode=None, render=False).preprocess(rgba).shape == (2, 3, 4)
    gray = Image(image_mode="L", render=False).preprocess(rgba)
    assert gray.shape == (2, 3)


def test_preprocess_pil_gives_an_image(demo_cache) -> None:
    needs("PIL")
    image = Image(type="pil", render=False).preprocess(upload(demo_cache, quadrants()))
    assert image.mode == "RGB" and image.size == (8, 6)
    assert image.getpixel((7, 5)) == (255, 255, 255)


def test_preprocess_filepath_keeps_the_upload_when_the_mode_matches(demo_cache) -> None:
    needs("PIL")
    payload = upload(demo_cache, quadrants())
    assert Image(type="filepath", render=False).preprocess(payload) == payload["path"]


def test_preprocess_filepath_saves_a_converted_copy_when_the_mode_differs(demo_cache) -> None:
    needs("PIL")
    from PIL import Image as PILImage

    payload = upload(demo_cache, png(2, 2, (1, 2, 3, 4)), name="shot.png")
    path = Image(type="filepath", render=False).preprocess(payload)
    assert path != payload["path"] and Path(path).name == "shot.png"
    assert files_cache.is_in_or_equal(path, demo_cache.folder)
    with PILImage.open(path) as saved:
        assert saved.mode == "RGB"
    kept = Image(type="filepath", image_mode=None, render=False).preprocess(payload)
    assert kept == payload["path"]


def test_preprocess_without_pil_passes_the_upload_as_it_is(demo_cache, monkeypatch, capsys) -> None:
    without(monkeypatch, "PIL", "numpy")
    image = Image(render=False)
    payload = upload(demo_cache, png(2, 2, (1, 2, 3, 4)))
    assert image.preprocess(payload) == payload["path"]
    assert image.preprocess(payload) == payload["path"]
    err = capsys.readouterr().err
    assert err.count("uploaded images reach the function as they are") == 1


def test_preprocess_of_none_is_none() -> None:
    assert Image(type="filepath", render=False).preprocess(None) is None


def test_a_path_outside_the_cache_is_refused(demo_cache, tmp_path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(quadrants())
    payload = {"path": str(outside), "meta": {"_type": "gradio.FileData"}}
    with pytest.raises(InvalidPathError, match="is not in the upload folder"):
        Image(type="filepath", render=False).preprocess(payload)


def test_a_data_url_is_accepted_as_gradio_clients_send_it(demo_cache) -> None:
    import base64

    url = "data:image/png;base64," + base64.b64encode(quadrants()).decode()
    path = Image(type="filepath", image_mode=None, render=False).preprocess({"url": url})
    assert Path(path).read_bytes() == quadrants()


# -- bad input ----------------------------------------------------------------------------------

CORRUPT = {
    "not an image": b"hello, I am text",
    "truncated png": quadrants(40, 40)[:60],
}


@pytest.mark.parametrize("case", sorted(CORRUPT))
@pytest.mark.parametrize("type_", ["numpy", "pil", "filepath"])
def test_a_corrupt_image_is_a_clear_error(demo_cache, case, type_) -> None:
    needs("numpy", "PIL")
    payload = upload(demo_cache, CORRUPT[case], name="broken.png")
    with pytest.raises(gr.Error) as raised:
        Image(type=type_, render=False).preprocess(payload)
    assert raised.value.message.startswith("broken.png is not an image that can be read")


def test_without_pil_a_file_that_is_no_image_is_refused(demo_cache, monkeypatch) -> None:
    without(monkeypatch, "PIL")
    payload = upload(demo_cache, b"<html>not an image</html>", name="page.png")
    with pytest.raises(gr.Error, match=r"page\.png is not an image"):
        Image(type="filepath", render=False).preprocess(payload)


def test_svg_input_only_as_a_filepath(demo_cache) -> None:
    payload = upload(demo_cache, b"<svg xmlns='http://www.w3.org/2000/svg'/>", name="logo.svg")
    assert Image(type="filepath", render=False).preprocess(payload) == payload["path"]
    needs("numpy", "PIL")
    with pytest.raises(gr.Error, match="SVG files are not supported"):
        Image(render=False).preprocess(payload)
