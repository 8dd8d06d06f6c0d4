"""File, Files, UploadButton and DownloadButton in the real worker: a file picked in the page is
uploaded, processed by Python and comes back as a file the user downloads byte for byte; drops,
removals and selections fire Gradio's events; a refused type or size is a toast and loses nothing."""

from __future__ import annotations

from pathlib import Path

from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

PAGE = "tests/browser/pages/files.html"
page = shared_page_fixture(f"/{PAGE}")
_console = console_errors_fixture()

#: Bytes a text decoder would mangle, so a byte-for-byte comparison means something.
PAYLOAD = bytes(range(256)) * 40 + "naïve ☃\n".encode()


def pick(page: Page, target: str, files: list[dict[str, object]]) -> None:
    """Click `target` and answer the file chooser it opens."""
    with page.expect_file_chooser() as chooser:
        page.locator(target).click()
    chooser.value.set_files(files)  # type: ignore[arg-type]


def test_an_upload_is_processed_and_the_result_downloads_byte_for_byte(
    page: Page, tmp_path: Path
) -> None:
    pick(page, "#source .blocklite-file-drop", [
        {"name": "data.bin", "mimeType": "application/octet-stream", "buffer": PAYLOAD}
    ])  # fmt: skip
    link = page.locator("#result .blocklite-file-download a")
    expect(page.locator("#result .blocklite-file-name")).to_have_text(
        "reversed-data.bin", timeout=BOOT_TIMEOUT_MS
    )
    expect(link).not_to_have_attribute("aria-disabled", "true")
    assert (link.get_attribute("href") or "").startswith("blob:")
    with page.expect_download() as download:
        link.click()
    saved = tmp_path / "got.bin"
    download.value.save_as(saved)
    assert download.value.suggested_filename == "reversed-data.bin"
    assert saved.read_bytes() == PAYLOAD[::-1]
    # the same file, handed to a DownloadButton, downloads the same bytes
    with page.expect_download() as again:
        page.locator("#save").click()
    again.value.save_as(tmp_path / "again.bin")
    assert (tmp_path / "again.bin").read_bytes() == PAYLOAD[::-1]


def test_files_list_remove_and_select_fire_their_events(page: Page) -> None:
    pick(page, "#several .blocklite-file-drop", [
        {"name": "a.txt", "mimeType": "text/plain", "buffer": b"A"},
        {"name": "b.txt", "mimeType": "text/plain", "buffer": b"B"},
    ])  # fmt: skip
    expect(page.locator("#names textarea, #names input")).to_have_value(
        "a.txt, b.txt", timeout=BOOT_TIMEOUT_MS
    )
    page.get_by_role("button", name="Remove a.txt").click()
    expect(page.locator("#event textarea, #event input")).to_have_value("deleted a.txt")
    expect(page.locator("#names textarea, #names input")).to_have_value("b.txt")
    page.locator("#several .blocklite-file-select").first.click()
    expect(page.locator("#event textarea, #event input")).to_have_value("selected 0: b.txt")


def test_a_dropped_file_is_uploaded(page: Page) -> None:
    page.evaluate(
        """() => {
          const data = new DataTransfer();
          data.items.add(new File(["dropped"], "c.txt", {type: "text/plain"}));
          const zone = document.querySelector('#several');
          for (const type of ['dragenter', 'dragover', 'drop'])
            zone.dispatchEvent(new DragEvent(type, {dataTransfer: data, bubbles: true, cancelable: true}));
        }"""
    )
    expect(page.locator("#names textarea, #names input")).to_have_value(
        "b.txt, c.txt", timeout=BOOT_TIMEOUT_MS
    )


def test_a_wrong_type_and_a_too_large_file_are_toasts_and_change_nothing(page: Page) -> None:
    names = page.locator("#names textarea, #names input")
    before = names.input_value()
    page.evaluate(
        """() => {
          const data = new DataTransfer();
          data.items.add(new File(["x"], "photo.png", {type: "image/png"}));
          document.querySelector('#several').dispatchEvent(
            new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
        }"""
    )
    toast = page.get_by_role("alert").filter(has_text="Invalid file type")
    expect(toast).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(toast).to_contain_text("['.txt']")
    pick(page, "#pick", [
        {"name": "huge.txt", "mimeType": "text/plain", "buffer": b"x" * (1024 * 1024 + 1)}
    ])  # fmt: skip
    expect(page.get_by_role("alert").filter(has_text="exceeds the maximum")).to_be_visible()
    assert names.input_value() == before
    # and the app still works
    pick(page, "#pick", [{"name": "small.txt", "mimeType": "text/plain", "buffer": b"fits"}])
    expect(page.locator("#picked textarea, #picked input")).to_have_value("small.txt fits")
