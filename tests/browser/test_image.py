"""gr.Image in the real worker (no numpy or PIL there: the default type falls back to file paths):
a PNG made with the standard library shows from a blob: URL; an image picked, pasted, dropped
or taken with Chromium's fake webcam is uploaded and a processed one comes back; clear fires
`clear`; a click reports the pixel under it."""

from __future__ import annotations

import base64

from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page, expect
from png_support import png
from shared_page import console_errors_fixture, fake_media_browser_fixture, shared_page_fixture

PAGE = "tests/browser/pages/image.html"
browser = fake_media_browser_fixture()


page = shared_page_fixture(f"/{PAGE}")
_console = console_errors_fixture()


def shown_blob(page: Page, selector: str, width: int) -> None:
    """Wait until the `<img>` under `selector` shows a `width`-wide picture from a blob: URL."""
    page.wait_for_function(
        """([sel, width]) => { const img = document.querySelector(sel + ' img');
            return img && !img.hidden && img.src.startsWith('blob:') && img.complete
              && img.naturalWidth === width; }""",
        arg=[selector, width],
        timeout=BOOT_TIMEOUT_MS,
    )


def test_a_standard_library_png_shows_with_its_alt_text_and_download(page: Page) -> None:
    shown_blob(page, "#shown", 6)
    image = page.locator("#shown img")
    expect(image).to_have_attribute("alt", "a red dot")
    link = page.locator("#shown a.blocklite-image-download")
    expect(link).to_have_attribute("download", "shown.png")
    assert link.get_attribute("href").startswith("blob:")
    assert page.locator("#shown .blocklite-image-clear").is_hidden()  # not interactive


def test_an_image_picked_in_the_dialog_comes_back_processed(page: Page) -> None:
    with page.expect_file_chooser() as chooser:
        page.locator("#input .blocklite-image-empty").click()
    chooser.value.set_files({"name": "photo.png", "mimeType": "image/png", "buffer": png(8, 6)})
    expect(page.locator("#info textarea, #info input")).to_have_value(
        "photo.png 8x6", timeout=BOOT_TIMEOUT_MS
    )
    shown_blob(page, "#input", 8)
    shown_blob(page, "#output", 8)


DISPATCH = """async ([selector, kind, b64, name]) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const data = new DataTransfer();
  data.items.add(new File([bytes], name, {type: "image/png"}));
  const target = document.querySelector(selector);
  const event = kind === "paste"
    ? new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true})
    : new DragEvent(kind, {dataTransfer: data, bubbles: true, cancelable: true});
  target.dispatchEvent(event);
  return event.defaultPrevented;
}"""


def give(page: Page, selector: str, kind: str, image: bytes, name: str) -> bool:
    return page.evaluate(DISPATCH, [selector, kind, base64.b64encode(image).decode(), name])


def test_a_pasted_image_is_uploaded(page: Page) -> None:
    expect(page.locator("#input .blocklite-image-frame")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    page.locator("#input .blocklite-image-frame").focus()
    assert give(page, "#input .blocklite-image-frame", "paste", png(5, 3, (1, 2, 3)), "")
    expect(page.locator("#info textarea, #info input")).to_have_value(
        "clipboard.png 5x3", timeout=BOOT_TIMEOUT_MS
    )
    shown_blob(page, "#output", 5)


def test_a_dropped_image_is_uploaded(page: Page) -> None:
    expect(page.locator("#input .blocklite-image-frame")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    assert give(page, "#input .blocklite-image-frame", "dragover", png(1, 1), "x.png")
    assert give(page, "#input .blocklite-image-frame", "drop", png(7, 2, (9, 9, 9)), "drop.png")
    expect(page.locator("#info textarea, #info input")).to_have_value(
        "drop.png 7x2", timeout=BOOT_TIMEOUT_MS
    )
    shown_blob(page, "#input", 7)


def test_clear_empties_the_image_and_fires_clear(page: Page) -> None:
    give(page, "#input .blocklite-image-frame", "drop", png(4, 4), "four.png")
    expect(page.locator("#info textarea, #info input")).to_have_value(
        "four.png 4x4", timeout=BOOT_TIMEOUT_MS
    )
    page.locator("#input .blocklite-image-clear").click()
    expect(page.locator("#info textarea, #info input")).to_have_value("cleared")
    expect(page.locator("#input img")).to_be_hidden()
    expect(page.locator("#input .blocklite-image-empty")).to_be_visible()
    # the empty frame is a button (named by its prompt) that Enter opens, as a click does
    frame = page.locator("#input").get_by_role("button", name="Drop an image here")
    with page.expect_file_chooser():
        frame.press("Enter")


def test_a_click_reports_the_pixel_under_it(page: Page) -> None:
    shown_blob(page, "#select", 8)
    box = page.locator("#select img").bounding_box()
    assert box is not None
    # the centre of pixel (6, 1) of the 8x6 picture, wherever the picture sits in its box
    scale = max(8 / box["width"], 6 / box["height"])
    left = (box["width"] - 8 / scale) / 2
    top = (box["height"] - 6 / scale) / 2
    page.locator("#select img").click(position={"x": left + 6.5 / scale, "y": top + 1.5 / scale})
    expect(page.locator("#spot textarea, #spot input")).to_have_value(
        "6,1", timeout=BOOT_TIMEOUT_MS
    )


def test_a_webcam_capture_from_the_fake_device(page: Page) -> None:
    page.locator("#cam .blocklite-image-empty").click()
    capture = page.locator("#cam .blocklite-image-capture")
    expect(capture).to_be_enabled(timeout=BOOT_TIMEOUT_MS)
    page.wait_for_function(
        "() => document.querySelector('#cam video').videoWidth > 0", timeout=BOOT_TIMEOUT_MS
    )
    size = page.evaluate(
        "() => { const v = document.querySelector('#cam video');"
        " return v.videoWidth + 'x' + v.videoHeight; }"
    )
    capture.click()
    expect(page.locator("#captured textarea, #captured input")).to_have_value(
        size, timeout=BOOT_TIMEOUT_MS
    )
    shown_blob(page, "#cam", int(size.split("x")[0]))
    tracks = page.evaluate("() => document.querySelector('#cam video').srcObject")
    assert tracks is None  # the camera is off once the frame is taken


def test_a_file_that_is_no_image_is_refused_on_the_page(page: Page) -> None:
    expect(page.locator("#input .blocklite-image-frame")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    refused = page.evaluate(
        """() => { const data = new DataTransfer();
            data.items.add(new File(["just text"], "notes.txt", {type: "text/plain"}));
            const frame = document.querySelector('#input .blocklite-image-frame');
            const drop = new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true});
            frame.dispatchEvent(drop);
            return drop.defaultPrevented; }"""
    )
    assert refused
    toast = page.get_by_role("alert").filter(has_text="Invalid file type")
    expect(toast).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(toast).to_contain_text("Please upload an image file.")


def test_a_corrupt_image_is_a_clear_error_and_the_app_stays_usable(page: Page) -> None:
    give(page, "#input .blocklite-image-frame", "drop", b"no image at all", "broken.png")
    toast = page.get_by_role("alert").filter(has_text="broken.png is not an image")
    expect(toast).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    give(page, "#input .blocklite-image-frame", "drop", png(3, 3), "fine.png")
    expect(page.locator("#info textarea, #info input")).to_have_value(
        "fine.png 3x3", timeout=BOOT_TIMEOUT_MS
    )


def test_a_gr_image_as_chat_content_shows_from_a_blob(page: Page) -> None:
    shown_blob(page, "#chat", 8)  # the Chatbot shows it as an image file, as Gradio does


FRAMES = "#frames textarea, #frames input"


def test_a_streaming_webcam_sends_frames_until_stopped(page: Page) -> None:
    page.locator("#stream .blocklite-image-empty").click()
    button = page.locator("#stream .blocklite-image-capture")
    expect(button).to_have_text("Start streaming", timeout=BOOT_TIMEOUT_MS)
    expect(button).to_be_enabled(timeout=BOOT_TIMEOUT_MS)
    page.wait_for_function(
        "() => document.querySelector('#stream video').videoWidth > 0", timeout=BOOT_TIMEOUT_MS
    )
    button.click()
    page.wait_for_function(
        """(sel) => /^([3-9]|\\d\\d+) frames, \\d+x\\d+$/.test(document.querySelector(sel).value)""",
        arg=FRAMES,
        timeout=BOOT_TIMEOUT_MS,
    )
    expect(page.locator("#stream video")).to_be_visible()  # the preview stays while streaming
    button.click()
    expect(button).to_have_text("Start streaming")
    page.wait_for_timeout(700)  # a frame already on its way may still land
    settled = page.locator(FRAMES).input_value()
    page.wait_for_timeout(1500)
    assert page.locator(FRAMES).input_value() == settled
