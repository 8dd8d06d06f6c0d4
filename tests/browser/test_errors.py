"""Errors have a place to go: handler exceptions become toasts, app-code exceptions replace the app."""

from __future__ import annotations

import pytest
from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Page, expect


@pytest.mark.allow_console_errors  # the traceback goes to the console on purpose
def test_handler_exception_shows_a_toast_and_the_app_keeps_working(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, f"{static_server.url}/tests/browser/pages/handler_errors.html")
    control(page, "a").fill("1")
    control(page, "b").fill("-1")
    page.locator("#divide").click()
    toast = page.get_by_role("alert")
    expect(toast).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(toast).to_contain_text("Error")
    expect(toast).not_to_contain_text("hidden internal detail")  # show_error is off
    # Still usable: the next click computes.
    control(page, "b").fill("4")
    page.locator("#divide").click()
    expect(control(page, "out")).to_have_value("0.25", timeout=BOOT_TIMEOUT_MS)


@pytest.mark.allow_console_errors
def test_gr_error_message_and_title_reach_the_toast(
    page: Page, static_server: StaticServer
) -> None:
    logs: list[str] = []
    page.on("console", lambda message: logs.append(message.text))
    open_app(page, f"{static_server.url}/tests/browser/pages/handler_errors.html")
    control(page, "a").fill("1")
    control(page, "b").fill("0")
    page.locator("#divide").click()
    toast = page.get_by_role("alert").filter(has_text="Cannot divide by zero")
    expect(toast).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    expect(toast).to_contain_text("Math")


@pytest.mark.allow_console_errors
def test_traceback_goes_to_the_console(page: Page, static_server: StaticServer) -> None:
    logs: list[str] = []
    page.on("console", lambda message: logs.append(message.text))
    open_app(page, f"{static_server.url}/tests/browser/pages/handler_errors.html")
    control(page, "a").fill("1")
    control(page, "b").fill("-2")
    page.locator("#divide").click()
    expect(page.get_by_role("alert")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    page.wait_for_function("() => true")
    assert any("ValueError: hidden internal detail" in line for line in logs), logs


@pytest.mark.allow_console_errors
def test_syntax_error_in_app_code_is_shown_with_its_line(
    page: Page, static_server: StaticServer
) -> None:
    page.goto(f"{static_server.url}/tests/browser/pages/syntax_error.html")
    app = page.locator(".blocklite-app")
    expect(app).to_contain_text("SyntaxError", timeout=BOOT_TIMEOUT_MS)
    expect(app).to_contain_text("line 3")  # counted from the first line of code
    expect(app.locator("pre")).to_be_visible()


@pytest.mark.allow_console_errors
def test_unknown_attribute_is_shown_with_traceback(page: Page, static_server: StaticServer) -> None:
    page.goto(f"{static_server.url}/tests/browser/pages/unknown_attribute.html")
    app = page.locator(".blocklite-app")
    expect(app).to_contain_text("AttributeError", timeout=BOOT_TIMEOUT_MS)
    expect(app).to_contain_text("Slidr")
    expect(app).to_contain_text("line 5")
