"""The ImageEditor's webcam source with Chromium's fake camera: started only when the user asks,
Capture makes the frame the background and the camera stops; `upload` fires with it."""

from __future__ import annotations

import re

from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page, expect
from shared_page import console_errors_fixture, fake_media_browser_fixture, shared_page_fixture

PAGE = "tests/browser/pages/image_editor.html"
browser = fake_media_browser_fixture()


page = shared_page_fixture(f"/{PAGE}")
_console = console_errors_fixture()


def test_a_webcam_frame_becomes_the_background(page: Page) -> None:
    editor = page.locator("#shown")
    editor.scroll_into_view_if_needed()
    assert page.evaluate("() => document.querySelector('#shown video').srcObject") is None
    editor.locator("button[data-source='webcam']").click()
    capture = editor.locator(".blocklite-image-capture")
    expect(capture).to_be_enabled(timeout=BOOT_TIMEOUT_MS)
    page.wait_for_function(
        "() => document.querySelector('#shown video').videoWidth > 0", timeout=BOOT_TIMEOUT_MS
    )
    capture.click()
    info = page.locator("#shown-info textarea, #shown-info input")
    expect(info).to_have_value(
        re.compile(r"^\d+x\d+ dark=\d+ layers=1 background=yes$"), timeout=BOOT_TIMEOUT_MS
    )
    size = page.evaluate(
        "() => { const v = document.querySelector('#shown video');"
        " const c = document.querySelector('#shown canvas.blocklite-editor-canvas');"
        " return [c.width, c.height, v.srcObject === null]; }"
    )
    assert size[0] > 100 and size[1] > 100 and size[2] is True  # the camera is off again
    assert info.input_value().startswith(f"{size[0]}x{size[1]} ")
