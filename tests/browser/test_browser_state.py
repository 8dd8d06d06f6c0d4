"""gr.BrowserState in Chromium: values survive a reload, sealed with their secret, one namespace per app."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Page, expect

LOGIN_KEY = "blocklite:/tests/browser/pages/browser_state.html:app-1:bl-test-login"


def stored_entry(page: Page) -> dict:
    return page.evaluate("(key) => JSON.parse(localStorage.getItem(key))", LOGIN_KEY)


def test_values_survive_a_reload_encrypted_with_their_secret(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/browser_state.html")
    expect(control(page, "count")).to_have_value("1", timeout=BOOT_TIMEOUT_MS)
    expect(control(page, "seen")).to_have_value("untouched")
    control(page, "user").fill("ann")
    control(page, "word").fill("pw-secret-1234")
    page.locator("#save").click()
    page.wait_for_function("(key) => localStorage.getItem(key) !== null", arg=LOGIN_KEY)

    # At rest the value is ciphertext: neither the user nor the password appears in storage.
    raw = page.evaluate("(key) => localStorage.getItem(key)", LOGIN_KEY)
    assert "pw-secret-1234" not in raw and "ann" not in raw
    entry = stored_entry(page)
    assert entry["blocklite_browser_state"] == 2
    assert set(entry["sealed"]) == {"salt", "iv", "data"}
    # Nothing is stored under the bare storage_key, where another app on the origin would look.
    assert page.evaluate("() => localStorage.getItem('bl-test-login')") is None

    open_app(page, page.url)  # a reload: Python starts afresh, the browser remembers
    expect(control(page, "count")).to_have_value("2", timeout=BOOT_TIMEOUT_MS)
    expect(control(page, "user")).to_have_value("ann")
    expect(control(page, "word")).to_have_value("pw-secret-1234")
    # The second app with the same storage_key still sees its own default.
    expect(control(page, "seen")).to_have_value("untouched")


def test_an_altered_or_foreign_entry_reads_as_the_default(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/browser_state.html")
    expect(control(page, "count")).to_have_value("1", timeout=BOOT_TIMEOUT_MS)
    control(page, "user").fill("bob")
    page.locator("#save").click()
    page.wait_for_function("(key) => localStorage.getItem(key) !== null", arg=LOGIN_KEY)

    # Flip one byte of the ciphertext: authentication fails, the default is used, nothing breaks.
    page.evaluate(
        """(key) => {
          const entry = JSON.parse(localStorage.getItem(key));
          const bytes = atob(entry.sealed.data).split('');
          bytes[0] = String.fromCharCode(bytes[0].charCodeAt(0) ^ 1);
          entry.sealed.data = btoa(bytes.join(''));
          localStorage.setItem(key, JSON.stringify(entry));
        }""",
        LOGIN_KEY,
    )
    open_app(page, page.url)
    expect(control(page, "count")).to_have_value("2", timeout=BOOT_TIMEOUT_MS)
    expect(control(page, "user")).to_have_value("")

    # A plain-text entry (as an app without the secret would write) is not trusted either.
    page.evaluate(
        "(key) => localStorage.setItem(key, JSON.stringify({blocklite_browser_state: 1, value: ['eve', 'x']}))",
        LOGIN_KEY,
    )
    open_app(page, page.url)
    expect(control(page, "count")).to_have_value("3", timeout=BOOT_TIMEOUT_MS)
    expect(control(page, "user")).to_have_value("")
