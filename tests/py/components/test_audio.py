"""gr.Audio and gr.Microphone: the type a handler gets with and without numpy, every preprocess
and postprocess form, WAV written and read with the standard library, streaming chunks, and the
config against real Gradio's.

"Without numpy" is simulated by making the import fail (image_support.without); tests needing
numpy skip where it is missing (the Pyodide suite runs the rest).
"""

from __future__ import annotations

import io
import struct
import wave
from pathlib import Path

import pytest

# ruff: noqa: F811
from image_support import demo_cache, fresh_optional, needs, upload, without  # noqa: F401

import blocklite as gr
from blocklite import optional as opt
from blocklite.components.audio import Audio, Microphone
from blocklite.components.audio_io import samples_to_wav, sniff_format
from blocklite.errors import Error

pytestmark = pytest.mark.usefixtures("fresh_optional")


def wav_file(samples: list[int], rate: int = 8000, channels: int = 1, width: int = 2) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as target:
        target.setnchannels(channels)
        target.setsampwidth(width)
        target.setframerate(rate)
        if width == 2:
            target.writeframes(struct.pack(f"<{len(samples)}h", *samples))
        else:
            target.writeframes(bytes(samples))
    return out.getvalue()


def read_back(path: str) -> tuple[int, int, list[int]]:
    with wave.open(path, "rb") as source:
        frames = source.readframes(source.getnframes())
        count = len(frames) // 2
        return (
            source.getframerate(),
            source.getnchannels(),
            list(struct.unpack(f"<{count}h", frames)),
        )


# -- the type a handler gets --------------------------------------------------------------------


def test_default_type_is_numpy_with_numpy() -> None:
    needs("numpy")
    assert Audio(render=False).type == "numpy"


def test_default_type_falls_back_to_filepath_without_numpy_with_one_note(
    monkeypatch, capsys
) -> None:
    without(monkeypatch, "numpy")
    assert Audio(render=False).type == "filepath"
    assert Microphone(render=False).type == "filepath"
    err = capsys.readouterr().err
    assert (
        err.count("'numpy' is not installed, so gr.Audio passes audio to functions as file paths")
        == 1
    )


def test_explicit_numpy_without_numpy_names_the_package(monkeypatch) -> None:
    without(monkeypatch, "numpy")
    with pytest.raises(opt.MissingPackageError, match="needs the 'numpy' package"):
        Audio(type="numpy", render=False)


def test_bad_arguments_have_gradios_messages() -> None:
    with pytest.raises(ValueError, match="Invalid value for parameter `type`"):
        Audio(type="bytes", render=False)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="`sources` must"):
        Audio(sources=["webcam"], render=False)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="streaming only available"):
        Audio(streaming=True, sources=["upload"], render=False)
    with pytest.raises(ValueError, match="Invalid value for parameter `format`"):
        Audio(format="ogg", render=False)  # type: ignore[arg-type]


def test_streaming_defaults_to_the_microphone() -> None:
    assert Audio(streaming=True, type="filepath", render=False).sources == ["microphone"]
    assert Microphone(type="filepath", render=False).sources == ["microphone"]


# -- preprocess ---------------------------------------------------------------------------------


def test_preprocess_numpy_gives_rate_and_int16_samples(demo_cache) -> None:
    np = pytest.importorskip("numpy")
    payload = upload(demo_cache, wav_file([0, 1000, -1000, 32767], rate=16000), "a.wav")
    rate, data = Audio(render=False).preprocess(payload)
    assert rate == 16000
    assert data.dtype == np.int16
    assert data.tolist() == [0, 1000, -1000, 32767]


def test_preprocess_numpy_stereo_is_samples_by_channels(demo_cache) -> None:
    pytest.importorskip("numpy")
    payload = upload(demo_cache, wav_file([1, 2, 3, 4, 5, 6], channels=2), "s.wav")
    _, data = Audio(render=False).preprocess(payload)
    assert data.shape == (3, 2)
    assert data[:, 1].tolist() == [2, 4, 6]


def test_preprocess_numpy_8_bit_is_re_centred(demo_cache) -> None:
    pytest.importorskip("numpy")
    payload = upload(demo_cache, wav_file([128, 255, 0], width=1), "b.wav")
    _, data = Audio(render=False).preprocess(payload)
    assert data.tolist() == [0, 127, -128]


def test_preprocess_numpy_of_a_non_wav_without_pydub_is_a_clear_error(
    demo_cache, monkeypatch
) -> None:
    pytest.importorskip("numpy")
    without(monkeypatch, "pydub")
    payload = upload(demo_cache, b"OggS" + b"\x00" * 40, "rec.ogg")
    with pytest.raises(Error, match="needs pydub and ffmpeg"):
        Audio(render=False).preprocess(payload)


def test_preprocess_filepath_gives_the_upload(demo_cache, monkeypatch) -> None:
    without(monkeypatch, "numpy")
    payload = upload(demo_cache, wav_file([5, 6]), "a.wav")
    assert Audio(render=False).preprocess(payload) == payload["path"]
    assert Audio(render=False).preprocess(None) is None


def test_preprocess_filepath_with_another_format_passes_the_file_without_pydub(
    demo_cache, monkeypatch, capsys
) -> None:
    without(monkeypatch, "pydub")
    payload = upload(demo_cache, wav_file([5, 6]), "a.wav")
    got = Audio(type="filepath", format="mp3", render=False).preprocess(payload)
    assert Path(got).read_bytes()[:4] == b"RIFF"
    assert "pydub" in capsys.readouterr().err


def test_preprocess_refuses_a_path_outside_the_cache(demo_cache, tmp_path) -> None:
    outside = tmp_path / "secret.wav"
    outside.write_bytes(wav_file([1]))
    with pytest.raises(Error, match="Audio"):
        Audio(type="filepath", render=False).preprocess(
            {"path": str(outside), "meta": {"_type": "gradio.FileData"}}
        )


# -- postprocess --------------------------------------------------------------------------------


def test_postprocess_a_path_is_served_from_the_cache(demo_cache, tmp_path) -> None:
    source = tmp_path / "tone.wav"
    source.write_bytes(wav_file([1, 2, 3]))
    out = Audio(render=False).postprocess(str(source))
    assert out["orig_name"] == "tone.wav"
    assert Path(out["path"]).read_bytes() == source.read_bytes()
    assert out["url"].endswith(out["path"])
    assert out["is_stream"] is False


def test_postprocess_a_url_passes_through(demo_cache) -> None:
    url = "https://example.com/a/voice.mp3"
    out = Audio(render=False).postprocess(url)
    assert (out["path"], out["url"], out["orig_name"]) == (url, url, "voice.mp3")


def test_postprocess_bytes_are_stored_with_their_format(demo_cache) -> None:
    out = Audio(render=False).postprocess(wav_file([9, 9]))
    assert out["path"].endswith(".wav")
    assert read_back(out["path"])[2] == [9, 9]


def test_postprocess_int16_array_is_a_wav(demo_cache) -> None:
    np = pytest.importorskip("numpy")
    out = Audio(render=False).postprocess((22050, np.array([0, 100, -100], dtype=np.int16)))
    assert out["path"].endswith("audio.wav")
    assert read_back(out["path"]) == (22050, 1, [0, 100, -100])


def test_postprocess_float_array_is_scaled_by_its_peak_as_gradio(demo_cache) -> None:
    np = pytest.importorskip("numpy")
    samples = np.array([[0.0, 0.25], [-0.5, 0.5]], dtype=np.float32)
    out = Audio(render=False).postprocess((8000, samples))
    rate, channels, data = read_back(out["path"])
    assert (rate, channels) == (8000, 2)
    assert data == [0, 16383, -32767, 32767]


def test_postprocess_silence_stays_silence(demo_cache) -> None:
    np = pytest.importorskip("numpy")
    out = Audio(render=False).postprocess((8000, np.zeros(4, dtype=np.float64)))
    assert read_back(out["path"])[2] == [0, 0, 0, 0]


def test_postprocess_other_dtypes_as_gradio(demo_cache) -> None:
    np = pytest.importorskip("numpy")
    cases = [
        (np.array([65536, -65536], dtype=np.int32), [1, -1]),
        (np.array([0, 65535], dtype=np.uint16), [-32768, 32767]),
        (np.array([0, 255], dtype=np.uint8), [-32768, 32767]),
        (np.array([1, -1], dtype=np.int8), [256, -256]),
    ]
    for array, expected in cases:
        out = Audio(render=False).postprocess((8000, array))
        assert read_back(out["path"])[2] == expected, array.dtype
    with pytest.raises(ValueError, match="cannot be converted"):
        Audio(render=False).postprocess((8000, np.array([1j])))


def test_postprocess_mp3_without_pydub_is_wav_with_a_note(demo_cache, monkeypatch, capsys) -> None:
    np = pytest.importorskip("numpy")
    without(monkeypatch, "pydub")
    out = Audio(format="mp3", render=False).postprocess((8000, np.array([1, 2], dtype=np.int16)))
    assert out["path"].endswith(".wav")
    assert "saves audio as WAV instead of mp3" in capsys.readouterr().err


def test_postprocess_without_numpy_takes_a_list_of_samples(demo_cache, monkeypatch) -> None:
    without(monkeypatch, "numpy")
    out = Audio(render=False).postprocess((8000, [0, 7, -7]))
    assert read_back(out["path"]) == (8000, 1, [0, 7, -7])
    stereo = Audio(render=False).postprocess((8000, [[0.5, -1.0], [0.0, 0.25]]))
    assert read_back(stereo["path"]) == (8000, 2, [16383, -32767, 0, 8191])


def test_postprocess_bad_values_name_the_component(demo_cache) -> None:
    with pytest.raises(ValueError, match="Cannot process"):
        Audio(render=False).postprocess(3.5)
    with pytest.raises(ValueError, match="sample rate"):
        Audio(render=False).postprocess((-1, [1]))
    with pytest.raises(ValueError, match="same channel count"):
        Audio(render=False).postprocess((8000, [[1, 2], [3]]))


def test_samples_to_wav_round_trips_through_wave() -> None:
    data = samples_to_wav(8000, [1, -2, 3])
    assert sniff_format(data) == "wav"
    with wave.open(io.BytesIO(data)) as source:
        assert source.readframes(3) == struct.pack("<3h", 1, -2, 3)


def test_streaming_output_chunks_are_marked_as_streams(demo_cache) -> None:
    audio = Audio(streaming=True, type="filepath", render=False)
    chunk = audio.postprocess(wav_file([1, 2]))
    assert chunk["is_stream"] is True
    assert Path(chunk["path"]).is_file()
    assert audio.postprocess((8000, [3, 4]))["is_stream"] is True


def test_a_streaming_generator_sends_each_chunk(demo_cache) -> None:
    audio = Audio(streaming=True, type="filepath", render=False)

    def chunks():
        for i in range(3):
            yield (8000, [i] * 10)

    sent = [audio.postprocess(chunk) for chunk in chunks()]
    assert len({c["path"] for c in sent}) == 3
    assert [read_back(c["path"])[2][0] for c in sent] == [0, 1, 2]


def test_a_repeated_chunk_is_a_new_file_each_time(demo_cache) -> None:
    audio = Audio(streaming=True, type="filepath", render=False)
    beep = wav_file([5, -5] * 10)
    first, second = audio.postprocess(beep), audio.postprocess(beep)
    assert first["path"] != second["path"] and first["url"] != second["url"]
    assert Path(first["path"]).read_bytes() == Path(second["path"]).read_bytes() == beep


# -- config and subtitles ---------------------------------------------------------------------


def test_subtitles_list_becomes_cues() -> None:
    audio = Audio(subtitles=[{"text": "hi", "timestamp": [0, 1.5]}], type="filepath", render=False)
    assert audio.subtitles == [{"start": 0, "end": 1.5, "text": "hi"}]
    with pytest.raises(ValueError, match="missing required 'text'"):
        Audio(subtitles=[{"timestamp": [0, 1]}], type="filepath", render=False)


CASES = [
    ("Audio", {}),
    ("Audio", {"sources": "microphone", "format": "MP3", "autoplay": True, "label": "Voice"}),
    ("Audio", {"streaming": True, "waveform_options": {"waveform_color": "red", "skip_length": 2}}),
    ("Audio", {"type": "filepath", "loop": True, "editable": False, "buttons": ["download"]}),
    ("Microphone", {}),
    ("Audio", {"container": False, "recording": True, "playback_position": 3}),
]


def test_config_props_are_gradios() -> None:
    needs("numpy")
    from real_gradio import NOT_IN_CONFIG, gradio_props

    expected = gradio_props(CASES)
    with gr.Blocks():
        ours = [getattr(gr, name)(**kwargs).get_props() for name, kwargs in CASES]
    for (name, kwargs), mine, theirs in zip(CASES, ours, expected):
        mine = {k: v for k, v in mine.items() if k not in NOT_IN_CONFIG}
        assert mine == theirs, (name, kwargs)


def test_interface_shortcuts() -> None:
    iface = gr.Interface(lambda a: a, "microphone", "audio")
    assert isinstance(iface.input_components[0], Microphone)
    assert type(iface.output_components[0]) is Audio
