"""gr.Gallery: what a handler may return (paths, URLs, videos, captions, PIL images and numpy
arrays with and without the packages), what it receives, the refusals, and Gradio's config."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from png_support import png

import blocklite as gr
from blocklite import optional as opt
from blocklite.files import cache as files_cache
from blocklite.optional import MissingPackageError


@pytest.fixture(autouse=True)
def _fresh_optional():
    opt.forget()
    yield
    opt.forget()


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    cache = files_cache.FileCache("gallery-test")
    with files_cache.using(cache):
        yield cache
    cache.clear()


def uploaded(store: files_cache.FileCache, data: bytes, name: str) -> dict[str, Any]:
    target = store.new_upload(name)
    target.write_bytes(data)
    return {"path": str(target), "orig_name": name, "meta": {"_type": "gradio.FileData"}}


def test_paths_urls_videos_and_captions(store, tmp_path: Path) -> None:
    picture = tmp_path / "cat.png"
    picture.write_bytes(png(3, 2))
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42")
    sent = gr.Gallery(render=False).postprocess(
        [str(picture), (picture, "a cat"), ("https://example.com/dog.jpg", "a dog"), str(clip)]
    )
    assert [next(iter(item)) for item in sent] == ["image", "image", "image", "video"]
    assert [item["caption"] for item in sent] == [None, "a cat", "a dog", None]
    first = sent[0]["image"]
    assert files_cache.is_in_or_equal(first["path"], store.folder)
    assert first["url"].endswith(first["path"]) and first["orig_name"] == "cat.png"
    assert sent[2]["image"]["url"] == "https://example.com/dog.jpg"
    assert sent[3]["video"]["orig_name"] == "clip.mp4"


def test_none_is_empty_and_a_string_is_refused(store) -> None:
    gallery = gr.Gallery(render=False)
    assert gallery.postprocess(None) == []
    assert gallery.value == []
    with pytest.raises(ValueError, match="must be a list of images"):
        gallery.postprocess("one.png")


def test_pil_and_numpy_images_are_encoded_in_format(store) -> None:
    pytest.importorskip("PIL")
    numpy = pytest.importorskip("numpy")
    from PIL import Image as PILImage

    array = numpy.zeros((4, 5, 3), dtype=numpy.uint8)
    array[..., 1] = 200
    sent = gr.Gallery(format="png", render=False).postprocess(
        [array, (PILImage.new("RGB", (2, 2), "red"), "red")]
    )
    for item in sent:
        path = Path(item["image"]["path"])
        assert path.suffix == ".png" and path.read_bytes().startswith(b"\x89PNG")
    with PILImage.open(sent[0]["image"]["path"]) as shown:
        assert shown.size == (5, 4) and shown.getpixel((0, 0)) == (0, 200, 0)


def test_a_numpy_array_without_pil_names_the_package(store, monkeypatch) -> None:
    numpy = pytest.importorskip("numpy")
    monkeypatch.setitem(sys.modules, "PIL", None)
    opt.forget()
    with pytest.raises(MissingPackageError, match="pillow"):
        gr.Gallery(render=False).postprocess([numpy.zeros((2, 2, 3), dtype=numpy.uint8)])


def test_paths_need_no_package(store, tmp_path: Path, monkeypatch) -> None:
    for name in ("PIL", "numpy"):
        monkeypatch.setitem(sys.modules, name, None)
    opt.forget()
    picture = tmp_path / "plain.png"
    picture.write_bytes(png(2, 2))
    [item] = gr.Gallery(render=False).postprocess([picture])
    assert Path(item["image"]["path"]).read_bytes() == picture.read_bytes()


def test_the_function_receives_media_caption_pairs(store) -> None:
    gallery = gr.Gallery(render=False)
    image = uploaded(store, png(2, 2), "a.png")
    video = uploaded(store, b"\x00\x00\x00\x18ftypmp42", "b.mp4")
    received = gallery.preprocess(
        [{"image": image, "caption": "first"}, {"video": video, "caption": None}]
    )
    assert received == [(image["path"], "first"), (video["path"], None)]
    assert gallery.preprocess([]) is None and gallery.preprocess(None) is None


def test_type_pil_and_numpy_decode_uploads(store) -> None:
    pytest.importorskip("PIL")
    pytest.importorskip("numpy")
    image = uploaded(store, png(3, 2, (10, 20, 30)), "c.png")
    [(array, _)] = gr.Gallery(type="numpy", render=False).preprocess([{"image": image}])
    assert array.shape == (2, 3, 3) and tuple(array[0, 0]) == (10, 20, 30)
    [(picture, _)] = gr.Gallery(type="pil", render=False).preprocess([{"image": image}])
    assert picture.size == (3, 2)


def test_refusals_are_clear_errors(store, tmp_path: Path) -> None:
    gallery = gr.Gallery(file_types=["image"], render=False)
    outside = tmp_path / "outside.png"
    outside.write_bytes(png(1, 1))
    with pytest.raises(gr.Error, match="cannot be accessed"):
        gallery.preprocess(
            [{"image": {"path": str(outside), "meta": {"_type": "gradio.FileData"}}}]
        )
    with pytest.raises(gr.Error, match="Invalid file type"):
        gallery.preprocess([{"image": uploaded(store, b"text", "notes.txt")}])
    with pytest.raises(gr.Error, match="'image' or 'video'"):
        gallery.preprocess([{"caption": "no media"}])
    with pytest.raises(gr.Error, match="a list"):
        gallery.preprocess({"image": {}})
    with pytest.raises(ValueError, match="Invalid type"):
        gr.Gallery(type="bytes", render=False)  # type: ignore[arg-type]


def test_an_item_handed_back_keeps_its_path(store) -> None:
    image = uploaded(store, png(2, 2), "back.png")
    [item] = gr.Gallery(render=False).postprocess([{"image": image, "caption": "x"}])
    assert item["image"]["path"] == image["path"] and item["caption"] == "x"


CASES: list[tuple[str, dict[str, Any]]] = [
    ("Gallery", {}),
    ("Gallery", {"columns": 4, "height": 300, "object_fit": "contain", "preview": True}),
    ("Gallery", {"type": "pil", "sources": ["upload", "webcam"], "buttons": ["download"]}),
    ("Gallery", {"label": "Pics", "selected_index": 1, "allow_preview": False, "rows": 2}),
]


@pytest.mark.skipif(sys.platform == "emscripten", reason="runs real Gradio in a subprocess")
def test_config_props_are_gradios() -> None:
    from real_gradio import NOT_IN_CONFIG, gradio_props

    expected = gradio_props(CASES)
    with gr.Blocks():
        ours = [gr.Gallery(**kwargs).get_props() for _, kwargs in CASES]
    for (_, kwargs), mine, theirs in zip(CASES, ours, expected):
        mine = {k: v for k, v in mine.items() if k not in NOT_IN_CONFIG}
        assert mine == theirs, kwargs
