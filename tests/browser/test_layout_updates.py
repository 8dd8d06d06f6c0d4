"""Row equal_height, and property updates on Sidebar (open) and Group (visible)."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS, StaticServer, open_app
from playwright.sync_api import Page, expect


def test_equal_height_row_and_sidebar_group_updates(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/layout_updates.html")
    short, tall = page.locator("#short").bounding_box(), page.locator("#tall").bounding_box()
    assert short is not None and tall is not None
    assert abs(short["height"] - tall["height"]) < 2  # equal_height stretches the short one
    expect(page.locator("#side-md")).to_be_visible()
    expect(page.locator("#grouped")).to_be_visible()
    page.locator("#hide").click()
    expect(page.locator("#grp")).to_be_hidden(timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#side-md")).to_be_hidden(timeout=BOOT_TIMEOUT_MS)
