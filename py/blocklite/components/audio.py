"""`gr.Audio` (and `gr.Microphone`): audio uploaded or recorded (input), or played (output).

Why it exists: Gradio's audio component, without ffmpeg. Its value on the wire is a FileData
(the page uploads the file; recordings are encoded to WAV in the page, js/components/audio/);
the handler gets a file path or `(sample_rate, array)` as `type` says, and returns a path, URL,
bytes or `(sample_rate, array)`. WAV is read and written by audio_io.py with the standard
library. `streaming=True` outputs send each yielded chunk as its own FileData with
`is_stream: true`, which the page schedules back to back (docs/media.md, "Audio and Video").
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any, ClassVar, Literal, Unpack

from ..errors import Error
from ..events import EventListener
from ..files import cache
from ..files.file_data import FILE_DATA_SCHEMA, FileData
from ..optional import note_fallback, optional, require
from .audio_io import audio_from_file, convert_file, is_array, sniff_format, store_samples
from .base import Component
from .image import ImageKeywords
from .stream_chunks import as_stream_chunk
from .subtitles import audio_subtitles

SOURCES = ("upload", "microphone")
TYPES = ("numpy", "filepath")
FORMATS = ("wav", "mp3")


@dataclasses.dataclass
class WaveformOptions:
    """The waveform the page draws: colours, the skip buttons' step (seconds), the sample rate
    of an edited (trimmed) recording, and whether recordings show a waveform."""

    waveform_color: str | None = None
    waveform_progress_color: str | None = None
    trim_region_color: str | None = None
    show_recording_waveform: bool = True
    skip_length: int | float = 5
    sample_rate: int = 44100


def resolve_type(type: str, explicit: bool) -> str:
    """As Image: the default "numpy" without numpy falls back to "filepath" (one note); an
    explicit `type="numpy"` without it fails naming the package."""
    if type not in TYPES:
        raise ValueError(
            f"Invalid value for parameter `type`: {type}. "
            f"Please choose from one of: {' '.join(TYPES)}"
        )
    if type == "numpy" and optional("numpy") is None:
        if explicit:
            require("numpy", "Audio(type='numpy')")
        note_fallback("numpy", "gr.Audio passes audio to functions as file paths")
        return "filepath"
    return type


def _sources(sources: Any, streaming: bool) -> list[str]:
    if sources is None:
        return ["microphone"] if streaming else list(SOURCES)
    if isinstance(sources, str) and sources in SOURCES:
        return [sources]
    if not isinstance(sources, list):
        raise ValueError(f"`sources` must be a list consisting of elements in {list(SOURCES)}")
    if any(source not in SOURCES for source in sources):
        raise ValueError(f"`sources` must a list consisting of elements in {list(SOURCES)}")
    return list(sources)


def media_buttons(buttons: Any, default: list[str], where: str) -> list[Any]:
    """Gradio's `buttons`: names, or gr.Button instances (sent as their id and label)."""
    from .button import Button

    if buttons is None:
        return list(default)
    out: list[Any] = []
    for button in buttons:
        if isinstance(button, Button):
            out.append({"type": "button", "id": button.id, "value": button.value})
        elif isinstance(button, str):
            out.append(button)
        else:
            raise ValueError(f"{where}: buttons takes names or gr.Button, not {button!r}")
    return out


def is_url(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def suffix_of(value: str) -> str:
    return Path(value.split("?")[0].split("#")[0]).suffix.lower()


class Audio(Component):
    """Audio: the handler gets a path or (sample_rate, array); it may return either, or bytes."""

    props: ClassVar[tuple[str, ...]] = (
        *(p for p in Component.props if p != "info"),
        "streamable",
        "sources",
        "type",
        "streaming",
        "preserved_by_key",
        "format",
        "autoplay",
        "editable",
        "buttons",
        "waveform_options",
        "loop",
        "recording",
        "subtitles",
        "playback_position",
    )
    api_type: ClassVar[dict[str, Any]] = FILE_DATA_SCHEMA
    python_type = "filepath"
    example_value: ClassVar[Any] = {
        "path": "https://github.com/gradio-app/gradio/raw/main/test/test_files/audio_sample.wav",
        "meta": {"_type": "gradio.FileData"},
    }

    stream = EventListener("stream", "A chunk of the microphone's recording (streaming input).")
    change = EventListener("change", "The value changed (by a function or by the user).")
    clear = EventListener("clear", "The user cleared the audio.")
    play = EventListener("play", "Playback started.")
    pause = EventListener("pause", "Playback paused.")
    stop = EventListener("stop", "Playback reached the end, or the user stopped a recording.")
    start_recording = EventListener("start_recording", "The user started recording.")
    pause_recording = EventListener("pause_recording", "The user paused the recording.")
    stop_recording = EventListener("stop_recording", "The user stopped recording.")
    upload = EventListener("upload", "The user uploaded (or recorded) audio.")
    input = EventListener("input", "The user changed the value.")

    def __init__(
        self,
        value: Any = None,
        *,
        sources: list[Literal["upload", "microphone"]] | str | None = None,
        type: Literal["numpy", "filepath"] = "numpy",
        streaming: bool = False,
        preserved_by_key: list[str] | str | None = "value",
        format: Literal["wav", "mp3"] | None = None,
        autoplay: bool = False,
        editable: bool = True,
        buttons: list[Any] | None = None,
        waveform_options: WaveformOptions | dict[str, Any] | None = None,
        loop: bool = False,
        recording: bool = False,
        subtitles: str | Path | list[dict[str, Any]] | None = None,
        playback_position: float = 0,
        **shared: Unpack[ImageKeywords],
    ) -> None:
        self.sources = _sources(sources, streaming)
        if type not in TYPES:
            resolve_type(type, True)  # the message
        self.streaming = streaming
        self.streamable = False
        if streaming and "microphone" not in self.sources:
            raise ValueError("Audio streaming only available if sources includes 'microphone'.")
        if format is not None and format.lower() not in FORMATS:
            raise ValueError(
                f"Invalid value for parameter `format`: {format}. Please choose from one of: "
                f"{' '.join(FORMATS)}"
            )
        self.format = format and format.lower()
        self.type = resolve_type(type, explicit="type" in self._constructor_args)
        self.autoplay = autoplay
        self.loop = loop
        self.editable = editable
        self.buttons = media_buttons(buttons, ["download", "share"], "Audio")
        options = waveform_options if waveform_options is not None else WaveformOptions()
        if isinstance(options, dict):
            options = WaveformOptions(**options)
        self.waveform_options = dataclasses.asdict(options)
        self.recording = recording
        self.playback_position = playback_position
        self.preserved_by_key = (
            [preserved_by_key] if isinstance(preserved_by_key, str) else preserved_by_key
        )
        super().__init__(value, **shared)
        self.subtitles = audio_subtitles(subtitles)
        if self.show_label is None:
            self.show_label = True

    def normalize_prop(self, name: str, value: Any) -> Any:
        if name == "waveform_options" and isinstance(value, WaveformOptions):
            return dataclasses.asdict(value)
        if name == "subtitles":
            return audio_subtitles(value)
        return value

    def preprocess(self, payload: Any) -> Any:
        """The page's FileData → a path, or `(sample_rate, array)` for type="numpy"."""
        if payload is None:
            return None
        try:
            data = FileData.from_wire(payload)
            path = cache.current().check_input(data.path)
        except (ValueError, cache.InvalidPathError) as error:
            raise Error(f"{self.describe()}: {error}") from None
        if self.type == "numpy":
            return audio_from_file(path)
        if self.format is not None and suffix_of(path) != f".{self.format}":
            return convert_file(path, self.format)
        return path

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        """A path, URL, bytes or `(sample_rate, samples)` → the FileData the page plays (with
        `is_stream: true` for a streaming output's chunk)."""
        if value is None:
            return None
        out = self._file_data(value)
        return as_stream_chunk(out) if self.streaming else out

    def _file_data(self, value: Any) -> dict[str, Any]:
        store = cache.current()
        if isinstance(value, dict) and "path" in value:
            return store.with_url(FileData.from_wire(value).model_dump())
        if isinstance(value, (bytes, bytearray)):
            data = bytes(value)
            path = store.store_bytes(data, f"audio.{sniff_format(data)}")
            return store.file_data(path, orig_name=Path(path).name)
        if isinstance(value, tuple):
            if len(value) != 2:
                raise ValueError(
                    f"{self.describe()}: expects (sample_rate, data), got {len(value)} items"
                )
            path = store_samples(value[0], value[1], self.format or "wav")
            return store.file_data(path, orig_name=Path(path).name)
        if isinstance(value, (str, Path)):
            text = os.fspath(value)
            if (
                not is_url(text)
                and self.format is not None
                and suffix_of(text) != f".{self.format}"
            ):
                text = convert_file(str(store.check_output(text)), self.format)
            return store.file_data(text)
        if is_array(value):
            raise ValueError(f"{self.describe()}: return (sample_rate, array), not an array alone")
        raise ValueError(f"Cannot process {value!r} as Audio")

    def example_payload(self) -> Any:
        return dict(self.example_value)


class Microphone(Audio):
    """gr.Audio recording from the microphone only, saved as WAV (Gradio's template)."""

    block_type = "audio"

    def __init__(
        self,
        value: Any = None,
        *,
        sources: list[Literal["upload", "microphone"]] | str | None = None,
        type: Literal["numpy", "filepath"] = "numpy",
        streaming: bool = False,
        preserved_by_key: list[str] | str | None = "value",
        format: Literal["wav", "mp3"] = "wav",
        autoplay: bool = False,
        buttons: list[Any] | None = None,
        editable: bool = True,
        waveform_options: WaveformOptions | dict[str, Any] | None = None,
        loop: bool = False,
        recording: bool = False,
        subtitles: str | Path | None = None,
        playback_position: float = 0,
        **shared: Unpack[ImageKeywords],
    ) -> None:
        del sources  # Gradio's template ignores it
        super().__init__(
            value,
            sources=["microphone"],
            type=type,
            streaming=streaming,
            preserved_by_key=preserved_by_key,
            format=format,
            autoplay=autoplay,
            buttons=buttons,
            editable=editable,
            waveform_options=waveform_options,
            loop=loop,
            recording=recording,
            subtitles=subtitles,
            playback_position=playback_position,
            **shared,
        )
