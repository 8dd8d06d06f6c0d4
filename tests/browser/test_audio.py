"""gr.Audio in the real worker (no numpy there: handlers get file paths): a WAV written with the
standard library plays with a waveform and seeks where it is clicked; Chromium's fake microphone
records, and the recording comes back to Python as WAV; a denied microphone is a toast; a
generator's 20 chunks are scheduled back to back on one AudioContext; a streaming input sends
chunks to its `.stream` listener."""

from __future__ import annotations

import io
import itertools
import json
import re
import wave

import pytest
from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from shared_page import console_errors_fixture, fake_media_browser_fixture, shared_page_fixture

PAGE = "tests/browser/pages/audio.html"
browser = fake_media_browser_fixture(autoplay=True)


page = shared_page_fixture(f"/{PAGE}")
_console = console_errors_fixture()


def field(page: Page, elem_id: str):
    return page.locator(f"#{elem_id} textarea, #{elem_id} input")


def test_a_standard_library_wav_plays_with_its_waveform_and_seeks(page: Page) -> None:
    player = page.locator("#player")
    # decoded in the page: the waveform's duration is the file's own
    page.wait_for_function(
        "() => document.querySelector('#player .blocklite-audio-player')?.dataset.duration",
        timeout=BOOT_TIMEOUT_MS,
    )
    assert float(player.locator(".blocklite-audio-player").get_attribute("data-duration")) == (
        pytest.approx(2.0, abs=0.01)
    )
    assert player.locator("audio").evaluate("a => a.src.startsWith('blob:')")
    drawn = player.locator("canvas.blocklite-audio-canvas").evaluate(
        """c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }"""
    )
    assert drawn > 100, "the waveform has bars"
    wave = player.locator(".blocklite-audio-waveform")
    box = wave.bounding_box()
    wave.click(position={"x": box["width"] * 0.75, "y": box["height"] / 2})
    at = player.locator("audio").evaluate("a => a.currentTime")
    assert at == pytest.approx(1.5, abs=0.1)
    expect(player.locator(".blocklite-audio-time")).to_contain_text("0:01 / 0:02")
    expect(player.locator(".blocklite-audio-caption")).to_have_text("second half")
    # back near the start, so that pausing happens well before the end even on a busy machine
    wave.click(position={"x": box["width"] * 0.05, "y": box["height"] / 2})
    assert player.locator("audio").evaluate("a => a.currentTime") == pytest.approx(0.1, abs=0.1)
    expect(player.locator(".blocklite-audio-caption")).to_have_text("first half")
    player.locator(".blocklite-audio-play").click()
    expect(field(page, "events")).to_have_value("play", timeout=BOOT_TIMEOUT_MS)
    page.wait_for_function(
        "() => document.querySelector('#player audio').currentTime > 0.3", timeout=5000
    )
    player.locator(".blocklite-audio-play").click()
    expect(field(page, "events")).to_have_value("play pause", timeout=BOOT_TIMEOUT_MS)


def wav_bytes(seconds: float, rate: int = 16000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as target:
        target.setnchannels(2)
        target.setsampwidth(2)
        target.setframerate(rate)
        target.writeframes(b"\x00\x10" * 2 * int(rate * seconds))
    return out.getvalue()


def test_sources_switch_and_an_upload_by_keyboard_reaches_python(page: Page) -> None:
    both = page.locator("#both")
    bar = both.locator(".blocklite-audio-sources")
    expect(bar.get_by_role("button", name="Upload")).to_have_attribute("aria-pressed", "true")
    bar.get_by_role("button", name="Microphone").click()
    expect(both.locator(".blocklite-audio-record")).to_be_visible()
    bar.get_by_role("button", name="Upload").click()
    expect(both.locator(".blocklite-audio-record")).to_be_hidden()
    drop = both.get_by_role("button", name="Drop an audio file here, or click to upload")
    chooser = None
    for _ in range(3):  # Enter once is enough; a loaded machine has dropped the first chooser
        drop.focus()
        try:
            with page.expect_file_chooser(timeout=10_000) as chooser:
                page.keyboard.press("Enter")
            break
        except PlaywrightTimeoutError:
            chooser = None
    assert chooser is not None, "Enter on the focused drop zone opened no file chooser"
    chooser.value.set_files({"name": "st.wav", "mimeType": "audio/wav", "buffer": wav_bytes(0.5)})
    expect(field(page, "uploaded")).to_have_value(
        "RIFF 2ch 16000Hz 0.50s .wav", timeout=BOOT_TIMEOUT_MS
    )
    expect(bar).to_be_hidden()  # a value: no sources until it is cleared
    both.get_by_role("button", name="Clear").click()
    expect(bar).to_be_visible()


def test_a_file_the_browser_cannot_play_is_a_message(page: Page) -> None:
    noise = page.locator("#noise")
    expect(noise.locator(".blocklite-audio-message")).to_have_text(
        "This browser cannot play noise.mp3.", timeout=BOOT_TIMEOUT_MS
    )
    expect(noise.locator(".blocklite-audio-waveform")).to_be_hidden()
    # the rest of the page still works
    expect(page.locator("#player .blocklite-audio-play")).to_be_enabled()


def test_a_selected_region_is_trimmed_and_uploaded_as_wav(page: Page) -> None:
    editable = page.locator("#editable")
    page.wait_for_function(
        "() => document.querySelector('#editable .blocklite-audio-player')?.dataset.duration",
        timeout=BOOT_TIMEOUT_MS,
    )
    editable.locator(".blocklite-audio-trim").click()
    expect(
        editable.locator(".blocklite-audio-trimbar button", has_text="Apply trim")
    ).to_be_disabled()
    wave = editable.locator(".blocklite-audio-waveform")
    box = wave.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.25, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=5)
    page.mouse.up()
    editable.locator(".blocklite-audio-trimbar button", has_text="Apply trim").click()
    expect(field(page, "edited")).to_have_value(
        re.compile(r"^RIFF 1ch 44100Hz 1\.0\ds \.wav$"), timeout=BOOT_TIMEOUT_MS
    )
    # the trimmed clip is the new value, and it plays
    page.wait_for_function(
        "() => Math.abs(Number(document.querySelector('#editable .blocklite-audio-player')"
        ".dataset.duration) - 1.0) < 0.05",
        timeout=BOOT_TIMEOUT_MS,
    )


def test_a_fake_microphone_recording_comes_back_as_wav(page: Page) -> None:
    mic = page.locator("#mic")
    mic.locator(".blocklite-audio-record").click()
    expect(mic.locator(".blocklite-audio-record-status")).to_contain_text("Recording")
    expect(field(page, "rec-events")).to_have_value("start", timeout=BOOT_TIMEOUT_MS)
    page.wait_for_timeout(800)
    level = mic.locator(".blocklite-audio-level")
    expect(level).to_be_visible()
    painted = level.evaluate(
        """c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }"""
    )
    assert painted > 0, "the live level shows what the fake microphone hears"
    mic.locator(".blocklite-audio-pause-recording").click()
    expect(mic.locator(".blocklite-audio-record-status")).to_contain_text("Paused")
    expect(field(page, "rec-events")).to_have_value("start pause", timeout=BOOT_TIMEOUT_MS)
    page.wait_for_timeout(1000)  # not recorded
    mic.locator(".blocklite-audio-pause-recording").click()  # Resume
    expect(field(page, "rec-events")).to_have_value("start pause start", timeout=BOOT_TIMEOUT_MS)
    page.wait_for_timeout(800)
    mic.locator(".blocklite-audio-stop-recording").click()
    expect(field(page, "heard")).to_have_value(
        re.compile(r"^RIFF 1ch 44100Hz"), timeout=BOOT_TIMEOUT_MS
    )
    heard = field(page, "heard").input_value()
    seconds = float(re.search(r"([\d.]+)s \.wav$", heard).group(1))
    assert 1.2 <= seconds <= 2.4, heard  # about 1.6 s recorded; the paused second is not in it
    expect(field(page, "rec-events")).to_have_value("start pause start stop_recording")
    # the recording is the value now: it plays in the same component
    page.wait_for_function(
        "() => document.querySelector('#mic .blocklite-audio-player')?.dataset.duration",
        timeout=BOOT_TIMEOUT_MS,
    )


def test_a_denied_microphone_is_a_toast_and_the_app_stays_usable(page: Page) -> None:
    page.evaluate(
        """() => { window.__realGUM = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
                   navigator.mediaDevices.getUserMedia = () =>
                     Promise.reject(new DOMException('no', 'NotAllowedError')); }"""
    )
    try:
        live = page.locator("#live")
        live.locator(".blocklite-audio-record").click()
        expect(page.get_by_text("Permission to use the microphone was denied.")).to_be_visible()
        expect(live.locator(".blocklite-audio-record")).to_be_visible()
    finally:
        page.evaluate("() => { navigator.mediaDevices.getUserMedia = window.__realGUM; }")


def test_twenty_streamed_chunks_are_scheduled_back_to_back(page: Page) -> None:
    page.locator("#go").click()
    page.wait_for_function(
        """() => { const s = document.querySelector('#streamed .blocklite-audio-stream');
                   return s && s.dataset.streamSchedule && JSON.parse(s.dataset.streamSchedule).length === 20; }""",
        timeout=BOOT_TIMEOUT_MS * 2,
    )
    schedule = json.loads(
        page.locator("#streamed .blocklite-audio-stream").get_attribute("data-stream-schedule")
    )
    for (_, end), (start, _) in itertools.pairwise(schedule):
        assert start == pytest.approx(end, abs=1e-6), "no gap, no overlap"
    durations = [end - start for start, end in schedule]
    assert durations == pytest.approx([0.25] * 20, abs=0.002)
    assert schedule[-1][1] - schedule[0][0] == pytest.approx(5.0, abs=0.02)
    # the context's clock runs: the stream really plays
    expect(page.locator("#streamed .blocklite-audio-stream")).to_have_text("Streaming…")
    page.locator("#streamed .blocklite-audio-stream-stop").click()
    expect(page.locator("#streamed .blocklite-audio-stream")).to_have_text("Stream ended")


def test_a_streaming_input_sends_wav_chunks_to_its_listener(page: Page) -> None:
    live = page.locator("#live")
    live.locator(".blocklite-audio-record").click()
    expect(field(page, "counted")).to_have_value(
        re.compile(r"^[2-9]\d* chunks"), timeout=BOOT_TIMEOUT_MS
    )
    live.locator(".blocklite-audio-stop-recording").click()
    last = field(page, "counted").input_value()
    assert re.search(r"RIFF 1ch 44100Hz 0\.\d+s \.wav$", last), last
