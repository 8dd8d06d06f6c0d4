"""gr.BrowserState in Chromium: values survive a reload; another secret's value is ignored."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Page, expect


def test_values_survive_a_reload(page: Page, static_server: StaticServer) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/browser_state.html")
    expect(control(page, "count")).to_have_value("1", timeout=BOOT_TIMEOUT_MS)
    control(page, "user").fill("ann")
    control(page, "word").fill("pw")
    page.locator("#save").click()
    page.wait_for_function("() => localStorage.getItem('bl-test-login') !== null")

    open_app(page, page.url)  # a reload: Python starts afresh, the browser remembers
    expect(control(page, "count")).to_have_value("2", timeout=BOOT_TIMEOUT_MS)
    expect(control(page, "user")).to_have_value("ann")
    expect(control(page, "word")).to_have_value("pw")

    # A value written under another secret is not this app's: the default is used.
    page.evaluate(
        """() => {
          const entry = JSON.parse(localStorage.getItem('bl-test-login'));
          entry.tag = 'other';
          localStorage.setItem('bl-test-login', JSON.stringify(entry));
        }"""
    )
    open_app(page, page.url)
    expect(control(page, "count")).to_have_value("3", timeout=BOOT_TIMEOUT_MS)
    expect(control(page, "user")).to_have_value("")
