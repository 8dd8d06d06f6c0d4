"""gr.Gallery in the real worker: a handler's images (PNGs made with the standard library) show
from blob: URLs with their captions; a click selects one (the select event gets its index and
item) and opens the preview, which arrows move and Esc closes; an upload grows an interactive
gallery and reaches the handler as (path, caption) pairs."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page, expect
from png_support import png
from shared_page import console_errors_fixture, shared_page_fixture

PAGE = "tests/browser/pages/gallery.html"
page = shared_page_fixture(f"/{PAGE}")
_console = console_errors_fixture()


def event(page: Page):
    return page.locator("#event textarea, #event input")


def test_images_show_with_captions_and_select_opens_the_preview(page: Page) -> None:
    page.locator("#show").click()
    thumbs = page.locator("#colours .blocklite-gallery-thumb img")
    expect(thumbs).to_have_count(3, timeout=BOOT_TIMEOUT_MS)
    page.wait_for_function(
        """() => [...document.querySelectorAll('#colours .blocklite-gallery-thumb img')]
            .every((img) => img.src.startsWith('blob:') && img.complete && img.naturalWidth >= 8)""",
        timeout=BOOT_TIMEOUT_MS,
    )
    expect(page.locator("#colours .blocklite-gallery-caption")).to_have_text(
        ["red", "green", "blue"]
    )
    page.get_by_role("button", name="green").first.click()
    expect(event(page)).to_have_value("selected 1: green")
    preview = page.locator("#colours .blocklite-gallery-preview")
    expect(preview).to_be_visible()
    expect(preview.locator(".blocklite-gallery-stage img")).to_have_attribute("alt", "green")
    preview.press("ArrowRight")
    expect(event(page)).to_have_value("selected 2: blue")
    expect(preview.locator(".blocklite-gallery-stage img")).to_have_attribute("alt", "blue")
    preview.press("Escape")
    expect(preview).to_be_hidden()
    expect(event(page)).to_have_value("closed")


def test_an_upload_grows_the_gallery_and_reaches_the_handler(page: Page) -> None:
    with page.expect_file_chooser() as chooser:
        page.locator("#mine .blocklite-file-drop").click()
    chooser.value.set_files([
        {"name": "one.png", "mimeType": "image/png", "buffer": png(4, 4, (1, 2, 3))},
        {"name": "two.png", "mimeType": "image/png", "buffer": png(5, 3, (9, 8, 7))},
    ])  # fmt: skip
    summary = page.locator("#summary textarea, #summary input")
    expect(summary).to_have_value("2 item(s): one.png, two.png", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#mine .blocklite-gallery-thumb img")).to_have_count(2)
