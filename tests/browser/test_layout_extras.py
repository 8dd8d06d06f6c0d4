"""fill_height, Textbox submit/stop buttons, and property updates on Tabs and Accordion."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Page, expect


def test_fill_height_submit_stop_and_layout_updates(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/layout_extras.html")
    app = page.locator(".blocklite-app")
    expect(app).to_have_class(__import__("re").compile(r"\bblocklite-fill-height\b"))
    height = page.evaluate(
        "() => document.querySelector('.blocklite-app').getBoundingClientRect().height"
    )
    assert height >= page.viewport_size["height"] - 1  # type: ignore[index]

    control(page, "ask").fill("hello")
    page.locator("#ask .blocklite-textbox-submit").click()
    expect(page.locator("#ask .blocklite-textbox-submit")).to_have_text("Send")
    expect(control(page, "log")).to_have_value("submitted hello", timeout=BOOT_TIMEOUT_MS)
    page.locator("#ask .blocklite-textbox-stop").click()
    expect(control(page, "log")).to_have_value("stopped", timeout=BOOT_TIMEOUT_MS)

    expect(page.locator("#first-md")).to_be_visible()
    expect(page.locator("#second-md")).to_be_hidden()
    expect(page.locator("#inside")).to_be_hidden()
    page.locator("#switch").click()
    expect(page.locator("#second-md")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#first-md")).to_be_hidden()
    expect(page.locator("#inside")).to_be_visible()
    expect(page.locator("#acc")).to_contain_text("Opened")
