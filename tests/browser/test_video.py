"""gr.Video in the real worker: a committed WebM (tests/browser/fixtures/clip.webm, made by
make_clip_webm.py with Chromium's MediaRecorder) uploaded, played from a blob: URL and sought; a
`(video, subtitles)` return shows a `<track>` of the .srt converted to WebVTT; a streamed output
plays its chunks in sequence; a file the browser cannot play is a message in the frame; a
fake-webcam recording comes back to Python as WebM."""

from __future__ import annotations

import re
from pathlib import Path

from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page, expect
from shared_page import console_errors_fixture, fake_media_browser_fixture, shared_page_fixture

PAGE = "tests/browser/pages/video.html"
CLIP = Path(__file__).with_name("fixtures") / "clip.webm"
browser = fake_media_browser_fixture(autoplay=True)


page = shared_page_fixture(f"/{PAGE}")
_console = console_errors_fixture()


def field(page: Page, elem_id: str):
    return page.locator(f"#{elem_id} textarea, #{elem_id} input")


def upload_clip(page: Page) -> None:
    with page.expect_file_chooser() as chooser:
        page.locator("#clip .blocklite-video-empty").click()
    chooser.value.set_files(
        {"name": "clip.webm", "mimeType": "video/webm", "buffer": CLIP.read_bytes()}
    )


def test_the_fixture_is_small() -> None:
    assert CLIP.read_bytes()[:4] == b"\x1a\x45\xdf\xa3"
    assert CLIP.stat().st_size < 100_000


def test_an_uploaded_webm_plays_and_seeks(page: Page) -> None:
    upload_clip(page)
    expect(field(page, "clip-info")).to_have_value(
        f"webm {CLIP.stat().st_size} bytes .webm", timeout=BOOT_TIMEOUT_MS
    )
    video = page.locator("#clip video.blocklite-video-player")
    page.wait_for_function(
        "() => { const v = document.querySelector('#clip video.blocklite-video-player');"
        " return v.src.startsWith('blob:') && v.readyState >= 1; }",
        timeout=BOOT_TIMEOUT_MS,
    )
    video.evaluate("v => { v.currentTime = 1.2; }")
    page.wait_for_function(
        "() => { const v = document.querySelector('#clip video.blocklite-video-player');"
        " return !v.seeking && Math.abs(v.currentTime - 1.2) < 0.15; }",
        timeout=10_000,
    )
    video.evaluate("v => v.play()")
    expect(field(page, "played")).to_have_value("play end", timeout=BOOT_TIMEOUT_MS)


def test_video_and_subtitles_show_a_vtt_track(page: Page) -> None:
    page.wait_for_function(
        "() => { const t = document.querySelector('#subbed video track');"
        " return t && t.src.startsWith('blob:'); }",
        timeout=BOOT_TIMEOUT_MS,
    )
    vtt = page.locator("#subbed video track").evaluate("t => fetch(t.src).then((r) => r.text())")
    assert vtt.startswith("WEBVTT")
    assert "00:00:00.000 --> 00:00:01.000\nHello" in vtt


def test_streamed_chunks_play_in_sequence(page: Page) -> None:
    page.locator("#go").click()
    page.wait_for_function(
        "() => document.querySelector('#parts').dataset.streamPlayed === '3'",
        timeout=BOOT_TIMEOUT_MS,
    )
    src = page.locator("#parts video.blocklite-video-player").evaluate("v => v.src")
    assert src.startswith("blob:")


def test_a_file_the_browser_cannot_play_is_a_message(page: Page) -> None:
    expect(page.locator("#broken .blocklite-video-message")).to_have_text(
        "This browser cannot play broken.mp4.", timeout=BOOT_TIMEOUT_MS
    )
    expect(page.locator("#broken video.blocklite-video-player")).to_be_hidden()


def test_a_fake_webcam_recording_comes_back_as_webm(page: Page) -> None:
    cam = page.locator("#cam")
    cam.locator(".blocklite-video-record").click()
    expect(cam.locator(".blocklite-video-record-status")).to_contain_text("Recording")
    page.wait_for_timeout(1200)
    cam.locator(".blocklite-video-stop-recording").click()
    expect(field(page, "cam-info")).to_have_value(
        re.compile(r"^webm \d+ bytes \.webm$"), timeout=BOOT_TIMEOUT_MS
    )
    size = int(field(page, "cam-info").input_value().split()[1])
    assert size > 1000
    page.wait_for_function(
        "() => document.querySelector('#cam video.blocklite-video-player').src.startsWith('blob:')",
        timeout=BOOT_TIMEOUT_MS,
    )
