"""Subtitles for gr.Audio and gr.Video: a list of `{"text", "timestamp": [start, end]}` or a
subtitle file (srt, vtt or json).

Why it exists: both components take Gradio's `subtitles` argument. Audio sends a list of cues
(`{"start", "end", "text"}`) or the file's FileData, as Gradio does; Video sends a WebVTT file
(the only format a `<track>` reads), so a list or an .srt file is written as VTT first.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..files import cache

SUBTITLE_EXTENSIONS = (".srt", ".vtt", ".json")


def check_cues(subtitles: list[Any]) -> list[dict[str, Any]]:
    """Gradio's checks of a cue list, with its messages; the cues as `{"start", "end", "text"}`."""
    for i, cue in enumerate(subtitles):
        if not isinstance(cue, dict):
            raise ValueError(f"Subtitle at index {i} must be a dictionary")
        if "text" not in cue:
            raise ValueError(f"Subtitle at index {i} missing required 'text' field")
        if "timestamp" not in cue:
            raise ValueError(f"Subtitle at index {i} missing required 'timestamp' field")
        stamp = cue["timestamp"]
        if not isinstance(stamp, (list, tuple)) or len(stamp) != 2:
            raise ValueError(
                f"Subtitle at index {i} 'timestamp' must be a list/tuple of [start, end]"
            )
    return [
        {"start": c["timestamp"][0], "end": c["timestamp"][1], "text": c["text"]} for c in subtitles
    ]


def read_json_cues(path: str | Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"Invalid JSON format in subtitle file: {error}") from error
    if not isinstance(data, list):
        raise ValueError("JSON subtitle file must contain a list of subtitle objects")
    return check_cues(data)


def audio_subtitles(subtitles: Any) -> Any:
    """Audio's `subtitles` as Gradio's config holds them: cues, or the file's FileData."""
    if subtitles is None:
        return None
    if isinstance(subtitles, list):
        return check_cues(subtitles)
    if Path(subtitles).suffix.lower() == ".json":
        return read_json_cues(subtitles)
    return cache.current().file_data(os.fspath(subtitles))


def _vtt_time(seconds: float) -> str:
    hours, rest = divmod(float(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{int(hours):02d}:{int(minutes):02d}:{secs:06.3f}"


def cues_to_vtt(cues: list[dict[str, Any]]) -> str:
    lines = ["WEBVTT", ""]
    for cue in cues:
        lines += [f"{_vtt_time(cue['start'])} --> {_vtt_time(cue['end'])}", str(cue["text"]), ""]
    return "\n".join(lines)


def srt_to_vtt(text: str) -> str:
    """An .srt file as WebVTT: its cue numbers dropped and decimal commas made points."""
    out = ["WEBVTT", ""]
    for block in text.replace("\r\n", "\n").strip().split("\n\n"):
        lines = block.split("\n")
        if len(lines) >= 2 and "-->" in lines[1]:
            out += [lines[1].replace(",", "."), *lines[2:], ""]
        elif lines and "-->" in lines[0]:
            out += [lines[0].replace(",", "."), *lines[1:], ""]
    return "\n".join(out)


def video_subtitles(subtitles: Any) -> dict[str, Any] | None:
    """Video's subtitles (a cue list or an srt/vtt/json file) → the FileData of a VTT file."""
    if subtitles is None:
        return None
    store = cache.current()
    if isinstance(subtitles, list):
        return store.file_data(
            store.store_bytes(cues_to_vtt(check_cues(subtitles)).encode(), "subtitles.vtt")
        )
    text = os.fspath(subtitles)
    if text.startswith(("http://", "https://")):
        return store.file_data(text)
    suffix = Path(text).suffix.lower()
    if suffix not in SUBTITLE_EXTENSIONS:
        raise ValueError(
            f"Invalid value for parameter `subtitle`: {subtitles}. Please choose a file with one "
            f"of these extensions: {SUBTITLE_EXTENSIONS}"
        )
    if suffix == ".json":
        vtt = cues_to_vtt(read_json_cues(text))
    elif suffix == ".srt":
        vtt = srt_to_vtt(Path(store.check_output(text)).read_text(encoding="utf-8"))
    else:
        return store.file_data(text)
    return store.file_data(store.store_bytes(vtt.encode(), f"{Path(text).stem}.vtt"))
