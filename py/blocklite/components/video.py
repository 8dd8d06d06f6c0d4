"""`gr.Video` (and `gr.PlayableVideo`): a video uploaded or recorded with the webcam (input), or
played (output).

Why it exists: Gradio's video component, without ffmpeg. The value is a FileData (the page
uploads the file; webcam recordings are WebM from MediaRecorder); the handler gets the file's
path and returns a path or URL, or `(video, subtitles)`. Gradio converts with ffmpeg (`format`,
unplayable codecs, the webcam mirror flip, `include_audio=False`, a watermark); here the file
passes through as it is and the page says so when the browser cannot play it (docs/media.md).
`streaming=True` outputs send each yielded chunk as a FileData with `is_stream: true`; the page
plays them one after another.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from ..files import cache
from ..files.file_data import FILE_DATA_SCHEMA, FileData
from ..optional import note_fallback
from .audio import media_buttons
from .base import Component
from .image import ImageKeywords
from .image_options import WatermarkOptions, WebcamOptions
from .stream_chunks import as_stream_chunk
from .subtitles import video_subtitles

SOURCES = ("upload", "webcam")


def _sources(sources: Any) -> list[str]:
    if sources is None:
        return list(SOURCES)
    chosen = [sources] if isinstance(sources, str) else sources
    if not isinstance(chosen, list) or any(source not in SOURCES for source in chosen):
        raise ValueError(f"`sources` must be a list consisting of elements in {list(SOURCES)}")
    return list(chosen)


def _no_ffmpeg(what: str) -> None:
    note_fallback("ffmpeg", f"gr.Video {what}: the video file passes as it is")


class Video(Component):
    """A video: the handler gets its path and returns a path, URL or (video, subtitles)."""

    props: ClassVar[tuple[str, ...]] = (
        *(p for p in Component.props if p != "info"),
        "format",
        "sources",
        "height",
        "width",
        "preserved_by_key",
        "webcam_options",
        "include_audio",
        "autoplay",
        "buttons",
        "loop",
        "streaming",
        "watermark",
        "subtitles",
        "playback_position",
    )
    api_type: ClassVar[dict[str, Any]] = FILE_DATA_SCHEMA
    python_type = "filepath"
    example_value: ClassVar[Any] = {
        "path": "https://github.com/gradio-app/gradio/raw/main/gradio/media_assets/videos/world.mp4",
        "meta": {"_type": "gradio.FileData"},
    }

    change = EventListener("change", "The value changed (by a function or by the user).")
    clear = EventListener("clear", "The user cleared the video.")
    start_recording = EventListener("start_recording", "The user started a webcam recording.")
    stop_recording = EventListener("stop_recording", "The user stopped the webcam recording.")
    stop = EventListener("stop", "Playback stopped at the end.")
    play = EventListener("play", "Playback started.")
    pause = EventListener("pause", "Playback paused.")
    end = EventListener("end", "Playback reached the end.")
    upload = EventListener("upload", "The user uploaded (or recorded) a video.")
    input = EventListener("input", "The user changed the value.")

    def __init__(
        self,
        value: Any = None,
        *,
        format: str | None = None,
        sources: list[Literal["upload", "webcam"]] | str | None = None,
        height: int | str | None = None,
        width: int | str | None = None,
        preserved_by_key: list[str] | str | None = "value",
        webcam_options: WebcamOptions | None = None,
        include_audio: bool | None = None,
        autoplay: bool = False,
        buttons: list[Any] | None = None,
        loop: bool = False,
        streaming: bool = False,
        watermark: WatermarkOptions | str | Path | None = None,
        subtitles: str | Path | list[dict[str, Any]] | None = None,
        playback_position: float = 0,
        **shared: Unpack[ImageKeywords],
    ) -> None:
        self.sources = _sources(sources)
        self.format = format
        self.height = height
        self.width = width
        self.preserved_by_key = (
            [preserved_by_key] if isinstance(preserved_by_key, str) else preserved_by_key
        )
        options = webcam_options if webcam_options is not None else WebcamOptions()
        self.webcam_options = options.config() if isinstance(options, WebcamOptions) else options
        marks = watermark if isinstance(watermark, WatermarkOptions) else WatermarkOptions()
        if isinstance(watermark, (str, Path)):
            marks.watermark = watermark
        self.watermark = marks.config()
        self.include_audio = (
            include_audio if include_audio is not None else "upload" in self.sources
        )
        self.autoplay = autoplay
        self.buttons = media_buttons(buttons, ["download"], "Video")
        self.loop = loop
        self.streaming = streaming
        self.playback_position = playback_position
        super().__init__(value, **shared)
        self.subtitles = video_subtitles(subtitles)
        if self.show_label is None:
            self.show_label = True

    def normalize_prop(self, name: str, value: Any) -> Any:
        if name == "subtitles":
            return video_subtitles(value)
        if name == "webcam_options" and isinstance(value, WebcamOptions):
            return value.config()
        return value

    def preprocess(self, payload: Any) -> str | None:
        """The page's FileData → the video's path (as uploaded: no ffmpeg conversion)."""
        if payload is None:
            return None
        try:
            data = FileData.from_wire(payload)
            path = cache.current().check_input(data.path)
        except (ValueError, cache.InvalidPathError) as error:
            raise Error(f"{self.describe()}: {error}") from None
        if self.format is not None and Path(path).suffix.lstrip(".").lower() != self.format:
            _no_ffmpeg(f"does not convert uploads to {self.format}")
        if not self.include_audio:
            _no_ffmpeg("does not strip the audio track (include_audio=False)")
        return path

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        """A path or URL → its FileData (Gradio 6's value); `(video, subtitles)` →
        `{"video": FileData, "subtitles": FileData | None}` (Gradio's VideoData form)."""
        if value is None or value in ([None, None], (None, None)):
            return None
        if isinstance(value, (tuple, list)):
            if len(value) != 2:
                raise ValueError(f"{self.describe()}: expects (video, subtitles), got {value!r}")
            video, subs = value
            return {"video": self._video(video), "subtitles": video_subtitles(subs)}
        return self._video(value)

    def _video(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        store = cache.current()
        if isinstance(value, dict) and "path" in value:
            out = store.with_url(FileData.from_wire(value).model_dump())
        elif isinstance(value, (str, Path)):
            text = os.fspath(value)
            if self.format is not None and text.rsplit(".", 1)[-1].lower() != self.format:
                _no_ffmpeg(f"does not convert videos to {self.format}")
            if self.watermark.get("watermark"):
                _no_ffmpeg("does not add the watermark")
            out = store.file_data(text)
        else:
            raise ValueError(f"{self.describe()}: expects a video file path or URL, got {value!r}")
        return as_stream_chunk(out) if self.streaming else out

    def example_payload(self) -> Any:
        return dict(self.example_value)


class PlayableVideo(Video):
    """gr.Video with `format="mp4"` and upload only (Gradio's template)."""

    block_type = "video"

    def __init__(
        self,
        value: Any = None,
        *,
        format: Literal["mp4"] = "mp4",
        sources: list[Literal["upload", "webcam"]] | str | None = None,
        height: int | str | None = None,
        width: int | str | None = None,
        preserved_by_key: list[str] | str | None = "value",
        webcam_options: WebcamOptions | None = None,
        include_audio: bool | None = None,
        autoplay: bool = False,
        buttons: list[Any] | None = None,
        loop: bool = False,
        streaming: bool = False,
        watermark: str | Path | None = None,
        subtitles: str | Path | None = None,
        playback_position: float = 0,
        **shared: Unpack[ImageKeywords],
    ) -> None:
        del sources  # Gradio's template ignores it
        super().__init__(
            value,
            format=format,
            sources=["upload"],
            height=height,
            width=width,
            preserved_by_key=preserved_by_key,
            webcam_options=webcam_options,
            include_audio=include_audio,
            autoplay=autoplay,
            buttons=buttons,
            loop=loop,
            streaming=streaming,
            watermark=watermark,
            subtitles=subtitles,
            playback_position=playback_position,
            **shared,
        )
