"""Button icons (only safe URLs) and the Textbox copy button (clipboard and the copy event)."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Page, expect


def test_button_icon_shows_safe_urls_only(page: Page, static_server: StaticServer) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/button_textbox.html")
    icon = page.locator("#iconic img.blocklite-button-icon")
    expect(icon).to_have_count(1)
    assert (icon.get_attribute("src") or "").startswith("data:image/svg+xml")
    expect(page.locator("#iconic")).to_have_text("With icon")
    expect(page.locator("#bad-icon img")).to_have_count(0)
    expect(page.locator("#bad-icon")).to_have_text("Bad icon")


def test_copy_button_copies_and_fires_copy(page: Page, static_server: StaticServer) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_app(page, f"{static_server.url}/tests/browser/pages/button_textbox.html")
    copy = page.locator("#copyable .blocklite-copy-button")
    expect(copy).to_be_visible()
    copy.click()
    expect(copy).to_have_text("Copied")
    assert page.evaluate("() => navigator.clipboard.readText()") == "copy me"
    expect(control(page, "copies")).to_have_value("1", timeout=BOOT_TIMEOUT_MS)
