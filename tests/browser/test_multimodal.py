"""gr.MultimodalTextbox in a multimodal ChatInterface, in Chromium: files attached through the
paperclip's file picker upload to the worker, show as a chip or a thumbnail (from a blob: URL),
can be removed, are refused when not of `file_types` or over `max_file_size`, and go with the text on Enter: the chat shows
the files and the reply naming them, and the box is empty again."""

from __future__ import annotations

import struct
import zlib
from typing import Any

from a11y_support import accessible_names, duplicate_ids, unnamed_controls
from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Locator, Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

page = shared_page_fixture("/tests/browser/pages/multimodal.html")
_console = console_errors_fixture()

REPLY = ".blocklite-chat-assistant .blocklite-chat-content"
USER_FILES = ".blocklite-chat-user .blocklite-chat-file"


def png(width: int, height: int) -> bytes:
    """A small PNG made with the standard library."""
    raw = zlib.compress((b"\x00" + b"\x20\xa0\x40" * width) * height)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def box(page: Page) -> Locator:
    return page.locator("#mm-chat")


def attached(page: Page) -> Locator:
    """The files attached (uploaded), not the chips of uploads still on their way."""
    return box(page).locator(".blocklite-mm-shown > [role=listitem]")


def pick(page: Page, *files: dict[str, Any]) -> None:
    """Click the paperclip and choose `files` in the file chooser it opens."""
    with page.expect_file_chooser() as chooser:
        box(page).get_by_role("button", name="Attach files").click()
    assert chooser.value.is_multiple()  # file_count="multiple"
    chooser.value.set_files(list(files))


def start_empty(page: Page) -> None:
    expect(box(page).locator("textarea")).to_be_editable(timeout=BOOT_TIMEOUT_MS)
    if page.locator(".blocklite-chat-message").count():
        page.get_by_role("button", name="Clear conversation").click()
    expect(page.locator(".blocklite-chat-message")).to_have_count(0)
    expect(box(page).locator(".blocklite-mm-uploading")).to_have_count(0, timeout=BOOT_TIMEOUT_MS)
    while attached(page).count():
        attached(page).first.get_by_role("button").click()
    expect(attached(page)).to_have_count(0)


def test_a_picked_file_goes_with_the_message_and_the_reply_names_it(page: Page) -> None:
    start_empty(page)
    pick(page, {"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hello notes"})
    expect(attached(page)).to_have_count(1, timeout=BOOT_TIMEOUT_MS)
    expect(attached(page).first).to_contain_text("notes.txt")
    expect(attached(page).first).to_contain_text("11.0 B")
    text = box(page).locator("textarea")
    text.fill("what is this?")
    text.press("Enter")
    expect(page.locator(REPLY).last).to_have_text(
        "text='what is this?' files=[\"notes.txt:b'hello notes'\"] history=0",
        timeout=BOOT_TIMEOUT_MS,
    )
    # The user's message shows the file (a download link for a text file) and the text.
    expect(page.locator(USER_FILES)).to_have_count(1)
    expect(page.locator(USER_FILES).first).to_contain_text("notes.txt")
    expect(page.locator(".blocklite-chat-user").last).to_contain_text("what is this?")
    # The box is cleared for the next message, files and text.
    expect(text).to_be_editable(timeout=BOOT_TIMEOUT_MS)
    expect(text).to_have_value("")
    expect(attached(page)).to_have_count(0)


def test_an_image_shows_as_a_thumbnail_and_in_the_chat(page: Page) -> None:
    start_empty(page)
    pick(
        page,
        {"name": "dot.png", "mimeType": "image/png", "buffer": png(5, 3)},
        {"name": "b.txt", "mimeType": "text/plain", "buffer": b"bee"},
    )
    expect(attached(page)).to_have_count(2, timeout=BOOT_TIMEOUT_MS)
    thumb = box(page).locator("img.blocklite-mm-thumb-img")
    expect(thumb).to_have_attribute("alt", "dot.png")
    page.wait_for_function(
        """() => { const img = document.querySelector('#mm-chat img.blocklite-mm-thumb-img');
            return img && img.src.startsWith('blob:') && img.complete && img.naturalWidth === 5; }""",
        timeout=BOOT_TIMEOUT_MS,
    )
    box(page).locator("textarea").press("Enter")  # files alone are a message
    expect(page.locator(REPLY).last).to_contain_text("dot.png", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator(REPLY).last).to_contain_text("b.txt:b'bee'")
    shown = page.locator(".blocklite-chat-user .blocklite-chat-file img")
    expect(shown).to_have_count(1)
    page.wait_for_function(
        """() => { const img = document.querySelector('.blocklite-chat-user .blocklite-chat-file img');
            return img && img.src.startsWith('blob:') && img.naturalWidth === 5; }""",
        timeout=BOOT_TIMEOUT_MS,
    )


def test_a_file_can_be_removed_before_sending(page: Page) -> None:
    start_empty(page)
    pick(
        page,
        {"name": "keep.txt", "mimeType": "text/plain", "buffer": b"keep"},
        {"name": "drop.txt", "mimeType": "text/plain", "buffer": b"drop"},
    )
    expect(attached(page)).to_have_count(2, timeout=BOOT_TIMEOUT_MS)
    box(page).get_by_role("button", name="Remove drop.txt").click()
    expect(attached(page)).to_have_count(1)
    text = box(page).locator("textarea")
    text.fill("one left")
    box(page).get_by_role("button", name="Submit").click()
    expect(page.locator(REPLY).last).to_have_text(
        "text='one left' files=[\"keep.txt:b'keep'\"] history=0", timeout=BOOT_TIMEOUT_MS
    )


def test_a_dropped_file_is_attached(page: Page) -> None:
    start_empty(page)
    page.evaluate(
        """() => {
          const data = new DataTransfer();
          data.items.add(new File(["dropped!"], "dropped.txt", {type: "text/plain"}));
          const target = document.querySelector('#mm-chat .blocklite-mm-box');
          for (const type of ["dragover", "drop"]) {
            target.dispatchEvent(new DragEvent(type, {dataTransfer: data, bubbles: true, cancelable: true}));
          }
        }"""
    )
    expect(attached(page)).to_have_count(1, timeout=BOOT_TIMEOUT_MS)
    expect(attached(page).first).to_contain_text("dropped.txt")


PASTE = """([kind, payload]) => {
  const data = new DataTransfer();
  if (kind === "file") data.items.add(new File([payload], "pasted.png", {type: "image/png"}));
  else data.setData("text/plain", payload);
  const text = document.querySelector('#mm-chat textarea');
  text.focus();
  const event = new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true});
  return text.dispatchEvent(event);  // false: the box took it (not pasted as text)
}"""


def test_pasted_files_and_long_text_become_attachments(page: Page) -> None:
    start_empty(page)
    text = box(page).locator("textarea")
    assert page.evaluate(PASTE, ["text", "short text"]) is True  # left to the browser
    assert page.evaluate(PASTE, ["text", "x" * 1001]) is False  # over max_plain_text_length
    expect(attached(page)).to_have_count(1, timeout=BOOT_TIMEOUT_MS)
    expect(attached(page).first).to_contain_text("pasted_text.txt")
    expect(attached(page).first).to_contain_text("1001.0 B")
    assert page.evaluate(PASTE, ["file", "not really a png"]) is False
    expect(attached(page)).to_have_count(2, timeout=BOOT_TIMEOUT_MS)
    expect(text).to_have_value("")


def test_a_file_of_another_type_is_refused_with_gradios_message(page: Page) -> None:
    start_empty(page)
    pick(page, {"name": "table.csv", "mimeType": "text/csv", "buffer": b"a,b"})
    alert = page.get_by_role("alert").filter(has_text="Invalid file type")
    expect(alert).to_contain_text("['image', '.txt']", timeout=BOOT_TIMEOUT_MS)
    expect(attached(page)).to_have_count(0)


def test_a_file_over_max_file_size_is_refused_before_it_is_sent(page: Page) -> None:
    start_empty(page)
    pick(page, {"name": "huge.txt", "mimeType": "text/plain", "buffer": b"x" * (6 * 1024 * 1024)})
    alert = page.get_by_role("alert").filter(has_text="File size exceeds")
    expect(alert).to_contain_text("5.0 MB: huge.txt", timeout=BOOT_TIMEOUT_MS)
    expect(box(page).locator(".blocklite-mm-uploading")).to_have_count(0)
    expect(attached(page)).to_have_count(0)
    # The box still works: a small file goes through.
    pick(page, {"name": "small.txt", "mimeType": "text/plain", "buffer": b"ok"})
    expect(attached(page)).to_have_count(1, timeout=BOOT_TIMEOUT_MS)


def test_shift_enter_is_a_new_line(page: Page) -> None:
    start_empty(page)
    text = box(page).locator("textarea")
    text.fill("line one")
    text.press("Shift+Enter")
    text.press_sequentially("line two")
    expect(text).to_have_value("line one\nline two")
    expect(page.locator(".blocklite-chat-message")).to_have_count(0)
    two_lines = text.bounding_box()
    text.fill("1\n2\n3\n4\n5\n6")
    six_lines = text.bounding_box()
    assert two_lines and six_lines and six_lines["height"] > two_lines["height"] + 40  # it grows
    text.fill("1\n" * 60)
    tall = text.bounding_box()
    assert tall and tall["height"] < 20 * 30  # up to max_lines (20), then it scrolls
    text.fill("")


#: Hold every upload for a while (the page's uploads call the shimmed global fetch).
SLOW_UPLOADS = """() => {
  const original = window.fetch;
  window.__restoreFetch = () => { window.fetch = original; };
  window.fetch = async (input, init) => {
    if (String(input).includes("gradio_api/upload?") && init && init.method === "POST") {
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    return original(input, init);
  };
}"""


def test_enter_during_an_upload_sends_the_message_once_it_is_in(page: Page) -> None:
    start_empty(page)
    page.evaluate(SLOW_UPLOADS)
    try:
        big = bytes(range(256)) * (8 * 1024)  # 2 MB: several bridge chunks
        pick(page, {"name": "big.txt", "mimeType": "text/plain", "buffer": big})
        expect(box(page).locator("progress.blocklite-mm-progress")).to_have_count(1)
        text = box(page).locator("textarea")
        text.fill("wait for it")
        text.press("Enter")  # while the upload is held
        page.wait_for_timeout(500)
        expect(page.locator(".blocklite-chat-message")).to_have_count(0)  # not sent without it
        expect(page.locator(REPLY).last).to_contain_text(
            "text='wait for it' files=[\"big.txt:", timeout=BOOT_TIMEOUT_MS
        )
        expect(page.locator(".blocklite-chat-user")).to_have_count(1)
        expect(box(page).locator(".blocklite-mm-uploading")).to_have_count(0)
    finally:
        page.evaluate("() => window.__restoreFetch()")


def test_every_control_is_named_and_ids_are_unique(page: Page) -> None:
    start_empty(page)
    pick(page, {"name": "named.txt", "mimeType": "text/plain", "buffer": b"n"})
    expect(attached(page)).to_have_count(1, timeout=BOOT_TIMEOUT_MS)
    assert unnamed_controls(page) == []
    assert duplicate_ids(page) == []
    names = [name for _, _, name in accessible_names(page)]
    assert "Attach files" in names and "Remove named.txt" in names and "Submit" in names
