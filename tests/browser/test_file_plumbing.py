"""The files plumbing in the real worker: app-file URLs in Markdown, HTML and the app's CSS load as
blob: URLs (nothing tries the network), and an upload of several megabytes crosses the bridge in
chunks and comes back byte for byte through the file route, whose refusals are 403s."""

from __future__ import annotations

import pytest
from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

PAGE = "tests/browser/pages/file_plumbing.html"
page = shared_page_fixture(f"/{PAGE}")
_console = console_errors_fixture()


def app_root(page: Page) -> str:
    """The app's virtual root URL (where the shim routes to its worker)."""
    return page.evaluate("() => globalThis.__blocklite_shim.routes[0].rootUrl")


@pytest.mark.parametrize("selector", ["#md img", "#html-img"])
def test_markdown_and_html_images_of_app_files_show(page: Page, selector: str) -> None:
    page.wait_for_function(
        """(sel) => { const img = document.querySelector(sel);
            return img && img.src.startsWith('blob:') && img.complete && img.naturalWidth === 6; }""",
        arg=selector,
        timeout=BOOT_TIMEOUT_MS,
    )


def test_css_url_of_an_app_file_becomes_a_blob(page: Page) -> None:
    page.wait_for_function(
        "() => { const el = document.getElementById('tiled');"
        " return el && getComputedStyle(el).backgroundImage.includes('blob:'); }",
        timeout=BOOT_TIMEOUT_MS,
    )


def test_no_request_for_a_file_left_the_page(page: Page) -> None:
    expect(page.locator("#md img")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    names = page.evaluate(
        "() => performance.getEntriesByType('resource').map((e) => e.name)"
        ".filter((n) => n.includes('file='))"
    )
    assert names == []


def test_a_chat_message_file_and_avatar_from_the_app_show_as_blobs(page: Page) -> None:
    page.locator("#picture").click()
    shown = page.locator("#chat .blocklite-chat-file img")
    expect(shown).to_have_attribute("alt", "green", timeout=BOOT_TIMEOUT_MS)
    page.wait_for_function(
        """() => [...document.querySelectorAll('#chat .blocklite-chat-file img,'
                 + ' #chat .blocklite-chat-avatar img')]
            .filter((img) => img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0)
            .length === 2""",
        timeout=BOOT_TIMEOUT_MS,
    )


UPLOAD_ROUND_TRIP = """async (root) => {
  const size = 3 * 1024 * 1024 + 12345;           // more than three bridge chunks
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 11)) & 255;
  const form = new FormData();
  form.append("files", new File([bytes], "big.bin"));
  const answer = await fetch(root + "gradio_api/upload", {method: "POST", body: form});
  const paths = await answer.json();
  const back = new Uint8Array(await (await fetch(root + "gradio_api/file=" + paths[0])).arrayBuffer());
  let same = back.length === size;
  for (let i = 0; same && i < size; i++) same = back[i] === bytes[i];
  const ranged = await fetch(root + "gradio_api/file=" + paths[0], {headers: {Range: "bytes=1048570-1048580"}});
  const part = new Uint8Array(await ranged.arrayBuffer());
  return {status: answer.status, same, ranged: ranged.status, partOk: part.every((b, i) => b === bytes[1048570 + i]) && part.length === 11};
}"""


def test_a_multi_megabyte_upload_round_trips_byte_for_byte(page: Page) -> None:
    expect(page.locator("#md img")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    result = page.evaluate(UPLOAD_ROUND_TRIP, app_root(page))
    assert result == {"status": 200, "same": True, "ranged": 206, "partOk": True}


REFUSED = """async ([root, folder]) => {
  const out = {};
  for (const path of ["/etc/passwd", folder + "/../../etc/passwd", folder + "/.hidden", "/tmp"]) {
    const r = await fetch(root + "gradio_api/file=" + path);
    out[path] = [r.status, (await r.json()).detail];
  }
  return out;
}"""


def test_the_file_route_refuses_what_it_may_not_serve(page: Page) -> None:
    expect(page.locator("#md img")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    folder = "/tmp/plumbing"  # the app's allowed folder; it holds a real `.hidden` file
    result = page.evaluate(REFUSED, [app_root(page), folder])
    for path, (status, detail) in result.items():
        assert status == 403, path
        assert detail.startswith("File not allowed"), path


BIG_UPLOAD = """async (root) => {
  const size = 50 * 1024 * 1024;
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 4096) bytes[i] = (i >> 12) & 255;
  const form = new FormData();
  form.append("files", new File([bytes], "fifty.bin"));
  const id = "big" + Date.now();
  const updates = [];
  const progress = new EventSource(root + "gradio_api/upload_progress?upload_id=" + id);
  const finished = new Promise((resolve) => {
    progress.onmessage = (ev) => {
      const msg = JSON.parse(ev.data);
      if (msg.msg === "update") updates.push(msg.chunk_size);
      if (msg.msg === "done") { progress.close(); resolve(); }
    };
  });
  let ticks = 0;
  const timer = setInterval(() => ticks++, 20);
  const answer = await fetch(root + "gradio_api/upload?upload_id=" + id, {method: "POST", body: form});
  const [path] = await answer.json();
  await finished;
  clearInterval(timer);
  const head = await fetch(root + "gradio_api/file=" + path, {method: "HEAD"});
  return {status: answer.status, updates: updates.length, total: updates.reduce((a, b) => a + b, 0),
          ticks, length: Number(head.headers.get("content-length"))};
}"""


def test_a_50_mb_upload_reports_progress_and_the_page_keeps_running(page: Page) -> None:
    expect(page.locator("#md img")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    result = page.evaluate(BIG_UPLOAD, app_root(page))
    size = 50 * 1024 * 1024
    assert result["status"] == 200 and result["length"] == size
    assert result["total"] == size  # every byte reported, in several updates
    assert result["updates"] >= 5
    assert result["ticks"] >= 3  # the page's own timers ran while the worker took the bytes
