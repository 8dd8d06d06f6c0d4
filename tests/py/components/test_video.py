"""gr.Video and gr.PlayableVideo: preprocess (the upload's path, as is), postprocess (path, URL,
`(video, subtitles)`), subtitles written as WebVTT, streaming chunks, and the config against
real Gradio's. Nothing here needs numpy; the "without numpy" run checks that nothing asks for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

# ruff: noqa: F811
from image_support import demo_cache, fresh_optional, upload, without  # noqa: F401

import blocklite as gr
from blocklite.components.video import PlayableVideo, Video
from blocklite.errors import Error

pytestmark = pytest.mark.usefixtures("fresh_optional")

WEBM = b"\x1aE\xdf\xa3" + b"\x00" * 60


@pytest.fixture(params=["with numpy", "without numpy"])
def numpy_or_not(request, monkeypatch):
    if request.param == "without numpy":
        without(monkeypatch, "numpy")


@pytest.mark.usefixtures("numpy_or_not")
def test_preprocess_gives_the_uploaded_path(demo_cache) -> None:
    payload = upload(demo_cache, WEBM, "clip.webm")
    assert Video(render=False).preprocess(payload) == payload["path"]
    assert Video(render=False).preprocess(None) is None


@pytest.mark.usefixtures("numpy_or_not")
def test_preprocess_with_a_format_notes_that_nothing_is_converted(demo_cache, capsys) -> None:
    payload = upload(demo_cache, WEBM, "clip.webm")
    assert PlayableVideo(render=False).preprocess(payload) == payload["path"]
    assert "does not convert uploads to mp4" in capsys.readouterr().err


def test_preprocess_refuses_a_path_outside_the_cache(demo_cache, tmp_path) -> None:
    outside = tmp_path / "x.mp4"
    outside.write_bytes(b"x")
    with pytest.raises(Error, match="Video"):
        Video(render=False).preprocess({"path": str(outside), "meta": {"_type": "gradio.FileData"}})


@pytest.mark.usefixtures("numpy_or_not")
def test_postprocess_a_path_is_a_file_data(demo_cache, tmp_path) -> None:
    source = tmp_path / "movie.webm"
    source.write_bytes(WEBM)
    out = Video(render=False).postprocess(source)
    assert out["orig_name"] == "movie.webm"
    assert out["mime_type"] == "video/webm"
    assert Path(out["path"]).read_bytes() == WEBM
    assert out["is_stream"] is False


def test_postprocess_a_url_passes_through(demo_cache) -> None:
    url = "https://example.com/v/world.mp4"
    out = Video(render=False).postprocess(url)
    assert (out["path"], out["url"]) == (url, url)


def test_postprocess_video_and_subtitles(demo_cache, tmp_path) -> None:
    source = tmp_path / "movie.webm"
    source.write_bytes(WEBM)
    srt = tmp_path / "subs.srt"
    srt.write_text(
        "1\n00:00:00,000 --> 00:00:01,500\nHello\n\n2\n00:00:02,000 --> 00:00:03,000\nBye\n"
    )
    out = Video(render=False).postprocess((str(source), str(srt)))
    assert out["video"]["orig_name"] == "movie.webm"
    vtt = Path(out["subtitles"]["path"]).read_text()
    assert vtt.startswith("WEBVTT")
    assert "00:00:00.000 --> 00:00:01.500\nHello" in vtt
    assert out["subtitles"]["path"].endswith(".vtt")
    assert Video(render=False).postprocess((str(source), None)) == {
        "video": out["video"],
        "subtitles": None,
    }
    assert Video(render=False).postprocess((None, None)) is None


def test_subtitle_cues_become_a_vtt_file(demo_cache) -> None:
    video = Video(subtitles=[{"text": "one", "timestamp": [1, 62.5]}], render=False)
    text = Path(video.subtitles["path"]).read_text()
    assert "00:00:01.000 --> 00:01:02.500\none" in text
    with pytest.raises(ValueError, match="Please choose a file"):
        Video(subtitles="subs.txt", render=False)


def test_postprocess_bad_values_name_the_component(demo_cache) -> None:
    with pytest.raises(ValueError, match="expects a video file path"):
        Video(render=False).postprocess(42)


def test_streaming_chunks_are_marked_as_streams(demo_cache, tmp_path) -> None:
    video = Video(streaming=True, render=False)
    paths = []
    for i in range(3):
        chunk = tmp_path / f"part{i}.webm"
        chunk.write_bytes(WEBM + bytes([i]))
        out = video.postprocess(str(chunk))
        assert out["is_stream"] is True
        paths.append(out["path"])
    assert len(set(paths)) == 3
    again = [video.postprocess(str(tmp_path / "part0.webm"))["path"] for _ in range(2)]
    assert len(set(again)) == 2, "the same file yielded twice is two chunks"


def test_sources_are_checked() -> None:
    with pytest.raises(ValueError, match="`sources` must"):
        Video(sources=["microphone"], render=False)  # type: ignore[list-item]
    assert Video(sources="webcam", render=False).include_audio is False


CASES = [
    ("Video", {}),
    ("Video", {"sources": "webcam", "height": 240, "autoplay": True, "loop": True}),
    ("Video", {"format": "mp4", "buttons": [], "label": "Clip", "include_audio": False}),
    ("Video", {"webcam_options": None, "streaming": True, "playback_position": 2}),
    ("PlayableVideo", {}),
]


def test_config_props_are_gradios() -> None:
    from real_gradio import NOT_IN_CONFIG, gradio_props

    expected = gradio_props(CASES)
    with gr.Blocks():
        ours = [getattr(gr, name)(**kwargs).get_props() for name, kwargs in CASES]
    for (name, kwargs), mine, theirs in zip(CASES, ours, expected):
        mine = {k: v for k, v in mine.items() if k not in NOT_IN_CONFIG}
        assert mine == theirs, (name, kwargs)


def test_interface_shortcuts() -> None:
    iface = gr.Interface(lambda v: v, "playablevideo", "video")
    assert isinstance(iface.input_components[0], PlayableVideo)
    assert iface.input_components[0].format == "mp4"
    assert type(iface.output_components[0]) is Video
