"""NaN and Infinity typed by a user never freeze the app (blocklite issue 11): they show what
Gradio 6.31 shows and the next event is answered normally.

What Gradio shows, checked here on real Gradio 6.31 serving the same page source
(`test_real_gradio_shows_the_same`; tests/py/server/test_gradio_wire.py compares the wire values):
`float("nan")`, `float("inf")` and `float("1e999")` reach the page as `null`, so gr.Number shows an
empty field; text like `NaN` returned to gr.JSON is a gr.Error, "Invalid JSON string: ...", shown
as an error toast.
"""

from __future__ import annotations

from typing import Any

import pytest
from browser_support import BOOT_TIMEOUT_MS, REPO, control
from gradio_server import gradio_app
from playwright.sync_api import Browser, Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

PAGE = "tests/browser/pages/non_json_values.html"
page = shared_page_fixture(f"/{PAGE}")
_console = console_errors_fixture()


def to_number(page: Page, typed: str) -> None:
    control(page, "text").fill(typed)
    page.locator("#to-number").click()


@pytest.mark.parametrize("typed", ["NaN", "nan", "inf", "1e999"])
def test_a_non_finite_number_shows_empty_and_the_next_event_is_answered(
    page: Page, typed: str
) -> None:
    to_number(page, "3")
    expect(control(page, "number")).to_have_value("3", timeout=BOOT_TIMEOUT_MS)
    to_number(page, typed)
    expect(control(page, "number")).to_have_value("", timeout=BOOT_TIMEOUT_MS)
    to_number(page, "2.5")
    expect(control(page, "number")).to_have_value("2.5", timeout=BOOT_TIMEOUT_MS)


@pytest.mark.parametrize("typed", ["NaN", "nan", "Infinity", "1e999"])
def test_non_json_text_for_gr_json_is_an_error_toast_and_the_app_goes_on(
    page: Page, typed: str
) -> None:
    control(page, "text").fill(typed)
    page.locator("#to-json").click()
    toast = page.get_by_role("alert").filter(has_text="Invalid JSON string")
    expect(toast.first).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    control(page, "text").fill('{"answer": 42}')
    page.locator("#to-json").click()
    expect(page.locator("#shown")).to_contain_text("answer", timeout=BOOT_TIMEOUT_MS)
    expect(page.locator("#shown")).to_contain_text("42")
    to_number(page, "7")
    expect(control(page, "number")).to_have_value("7", timeout=BOOT_TIMEOUT_MS)


def test_real_gradio_shows_the_same(browser: Browser, browser_context_args: dict[str, Any]) -> None:
    """The same source on real Gradio's own page: the empty Number and the toast asserted above.
    (Its page is not policed for console errors: it is Gradio's, not ours.)"""
    with gradio_app(REPO / PAGE) as url:
        context = browser.new_context(**browser_context_args)
        try:
            theirs = context.new_page()
            theirs.goto(url)
            field = theirs.locator("#number input")
            for typed in ["NaN", "nan", "inf", "1e999"]:
                theirs.locator("#text textarea").fill("3")
                theirs.locator("#to-number").click()
                expect(field).to_have_value("3", timeout=BOOT_TIMEOUT_MS)
                theirs.locator("#text textarea").fill(typed)
                theirs.locator("#to-number").click()
                expect(field).to_have_value("", timeout=BOOT_TIMEOUT_MS)
            theirs.locator("#text textarea").fill("NaN")
            theirs.locator("#to-json").click()
            toast = theirs.locator(".toast-body").filter(has_text="Invalid JSON string")
            expect(toast.first).to_be_visible(timeout=BOOT_TIMEOUT_MS)
        finally:
            context.close()
