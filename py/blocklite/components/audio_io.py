"""Audio in and out of an app: WAV read and written with the standard library, numpy when there.

Why it exists: Gradio reads and writes audio with pydub (ffmpeg) and numpy, which a browser app
usually lacks. WAV is what the page sends (it encodes every recording to WAV,
js/components/audio/wav.ts) and what a handler's `(sample_rate, array)` becomes, and the
standard library's `wave` module reads and writes it. So: a WAV file becomes Gradio's
`(rate, int16 array)` with numpy; an array becomes a 16-bit WAV the way Gradio converts dtypes
(floats are scaled by their peak); mp3 (and reading other formats) needs pydub with ffmpeg,
and falls back to WAV (one note) or fails naming what is missing (docs/media.md).
"""

from __future__ import annotations

import io
import os
import wave
from typing import Any

from ..errors import Error
from ..files import cache
from ..optional import note_fallback, optional, require

#: The first bytes of audio formats (to name an upload's kind when its name does not).
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"RIFF", "wav"),
    (0, b"ID3", "mp3"),
    (0, b"\xff\xfb", "mp3"),
    (0, b"\xff\xf3", "mp3"),
    (0, b"OggS", "ogg"),
    (0, b"fLaC", "flac"),
    (0, b"\x1aE\xdf\xa3", "webm"),
    (4, b"ftyp", "m4a"),
)


def sniff_format(data: bytes) -> str:
    """The audio format `data` starts like ("wav", "mp3"...), "bin" when none."""
    for offset, magic, name in _SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return name
    return "bin"


def is_array(value: Any) -> bool:
    return type(value).__module__ == "numpy" and hasattr(value, "dtype")


# -- reading --------------------------------------------------------------------------------------


def _is_wav(path: str) -> bool:
    with open(path, "rb") as source:
        head = source.read(12)
    return head[:4] == b"RIFF" and head[8:12] == b"WAVE"


def read_wav(path: str) -> tuple[int, int, int, bytes]:
    """A PCM WAV file → (sample rate, channels, bytes per sample, frames)."""
    try:
        with wave.open(path, "rb") as source:
            return (
                source.getframerate(),
                source.getnchannels(),
                source.getsampwidth(),
                source.readframes(source.getnframes()),
            )
    except (wave.Error, EOFError) as error:
        raise Error(f"Audio: cannot read this WAV file ({error}).") from None


def audio_from_file(path: str) -> tuple[int, Any]:
    """An audio file → Gradio's `(sample_rate, array)`: int16 for 16-bit audio (what pydub gives),
    shape (samples,) for mono and (samples, channels) otherwise."""
    np = require("numpy", "Audio(type='numpy')")
    if not _is_wav(path):
        return _decode_with_pydub(path, np)
    rate, channels, width, frames = read_wav(path)
    if width == 3:  # 24-bit: widen to int32, as pydub does
        raw = np.frombuffer(frames, dtype=np.uint8).reshape(-1, 3)
        wide = np.zeros((raw.shape[0], 4), dtype=np.uint8)
        wide[:, 1:] = raw
        data = wide.view("<i4").reshape(-1)
    else:
        dtype = {1: np.uint8, 2: "<i2", 4: "<i4"}.get(width)
        if dtype is None:
            raise Error(f"Audio: {width * 8}-bit WAV files are not supported.")
        data = np.frombuffer(frames, dtype=dtype).copy()
        if width == 1:  # unsigned 8-bit PCM: pydub gives signed samples
            data = (data.astype(np.int16) - 128).astype(np.int8)
    if channels > 1:
        data = data.reshape(-1, channels)
    return rate, data


def _decode_with_pydub(path: str, np: Any) -> tuple[int, Any]:
    pydub = optional("pydub")
    if pydub is None:
        raise Error(
            f"Audio: reading {os.path.basename(path)} as samples needs pydub and ffmpeg, which "
            "are not installed: send a WAV file, or use type='filepath'."
        )
    try:
        segment = pydub.AudioSegment.from_file(path)
    except (OSError, RuntimeError) as error:
        raise Error(f"Audio: cannot decode {os.path.basename(path)} ({error}).") from None
    data = np.array(segment.get_array_of_samples())
    if segment.channels > 1:
        data = data.reshape(-1, segment.channels)
    return segment.frame_rate, data


# -- writing --------------------------------------------------------------------------------------


def to_int16(data: Any) -> Any:
    """Samples as int16, converting each dtype the way Gradio does (`convert_to_16_bit_audio`):
    floats are divided by their peak (silence stays silence), int32 is shifted down, unsigned
    and 8-bit integers are re-centred and widened."""
    np = require("numpy", "Audio with a numpy array")
    data = np.asarray(data)
    kind, size = data.dtype.kind, data.dtype.itemsize
    if kind == "f":
        data = data.astype(np.float64)
        peak = np.abs(data).max() if data.size else 0
        return (
            np.zeros_like(data, dtype=np.int16)
            if peak == 0
            else (data / peak * 32767).astype(np.int16)
        )
    if data.dtype == np.int16:
        return data
    if kind == "i" and size == 4:
        return (data / 65536).astype(np.int16)
    if kind == "u" and size == 2:
        return (data.astype(np.int32) - 32768).astype(np.int16)
    if kind == "u" and size == 1:
        return (data.astype(np.int32) * 257 - 32768).astype(np.int16)
    if kind == "i" and size == 1:
        return (data.astype(np.int16) * 256).astype(np.int16)
    raise ValueError(
        f"Audio data cannot be converted automatically from {data.dtype} to 16-bit int format."
    )


def _samples_from_list(samples: Any) -> tuple[int, bytes]:
    """Plain Python samples (no numpy): a list of numbers, or of per-channel lists → (channels,
    16-bit frames). Integers are 16-bit samples; floats are scaled by their peak (Gradio's rule
    for float arrays)."""
    rows = [list(row) if isinstance(row, (list, tuple)) else [row] for row in samples]
    channels = len(rows[0]) if rows else 1
    if any(len(row) != channels for row in rows):
        raise ValueError("Audio: every frame of a list of samples needs the same channel count.")
    flat = [value for row in rows for value in row]
    if any(isinstance(value, float) for value in flat):
        peak = max((abs(value) for value in flat), default=0) or 1
        flat = [int(value / peak * 32767) for value in flat]
    out = bytearray()
    for value in flat:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"Audio: a sample must be a number, not {value!r}")
        out += max(-32768, min(32767, value)).to_bytes(2, "little", signed=True)
    return channels, bytes(out)


def wav_bytes(rate: int, channels: int, frames: bytes) -> bytes:
    """16-bit PCM frames as a WAV file."""
    out = io.BytesIO()
    with wave.open(out, "wb") as target:
        target.setnchannels(channels)
        target.setsampwidth(2)
        target.setframerate(int(rate))
        target.writeframes(frames)
    return out.getvalue()


def samples_to_wav(rate: Any, data: Any) -> bytes:
    """A handler's `(sample_rate, samples)` → WAV bytes (samples: a numpy array or a list)."""
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or rate <= 0:
        raise ValueError(f"Audio: the sample rate must be a positive number, not {rate!r}")
    if is_array(data):
        pcm = to_int16(data)
        channels = 1 if pcm.ndim == 1 else int(pcm.shape[1])
        return wav_bytes(int(rate), channels, pcm.astype("<i2").tobytes())
    if isinstance(data, (list, tuple)):
        channels, frames = _samples_from_list(data)
        return wav_bytes(int(rate), channels, frames)
    raise ValueError(
        f"Audio: a (sample_rate, data) tuple needs a numpy array or a list, not {type(data)}"
    )


def store_samples(rate: Any, data: Any, format: str) -> str:
    """`(rate, samples)` saved in the app's cache as `format` ("wav" or "mp3"); its path. mp3
    needs pydub and ffmpeg: without them the audio is saved as WAV (one note)."""
    wav = samples_to_wav(rate, data)
    if format == "mp3":
        encoded = _to_mp3(wav)
        if encoded is not None:
            return cache.current().store_bytes(encoded, "audio.mp3")
    return cache.current().store_bytes(wav, "audio.wav")


def _to_mp3(wav: bytes) -> bytes | None:
    pydub = optional("pydub")
    if pydub is None:
        note_fallback("pydub", "gr.Audio saves audio as WAV instead of mp3")
        return None
    out = io.BytesIO()
    try:
        pydub.AudioSegment.from_wav(io.BytesIO(wav)).export(out, format="mp3")
    except (OSError, RuntimeError):
        note_fallback("ffmpeg", "gr.Audio saves audio as WAV instead of mp3")
        return None
    return out.getvalue()


def convert_file(path: str, format: str) -> str:
    """An audio file as `format` (Audio's `format` for a file of another kind): WAV → mp3 and
    anything → WAV need pydub (and ffmpeg); without it the file passes as it is (one note)."""
    if optional("numpy") is not None and (_is_wav(path) or optional("pydub") is not None):
        rate, data = audio_from_file(path)
        return store_samples(rate, data, format)
    note_fallback("pydub", f"gr.Audio passes audio files in their own format, not as {format}")
    return path
